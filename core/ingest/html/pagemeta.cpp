#include "core/ingest/html/pagemeta.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "core/ingest/html/classhints.h"
#include "core/ingest/html/maincontent.h"
#include "core/text/lexicon.h"

namespace claimdesk::ingest::html {
namespace {

using nlohmann::json;

std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool looksLikeUrl(std::string_view s) {
    return s.starts_with("http://") || s.starts_with("https://") || s.starts_with("//") ||
           s.starts_with("www.") || s.find("://") != std::string_view::npos;
}

// Schema.org types whose node describes the article itself.
bool isArticleType(std::string_view type) {
    return type.ends_with("Article") || type.ends_with("Posting") || type == "Report" ||
           type == "APIReference";
}

bool hasArticleType(const json& node) {
    auto it = node.find("@type");
    if (it == node.end())
        return false;
    if (it->is_string())
        return isArticleType(it->get_ref<const std::string&>());
    if (it->is_array())
        for (const json& t : *it)
            if (t.is_string() && isArticleType(t.get_ref<const std::string&>()))
                return true;
    return false;
}

std::string stringOf(const json& v) {
    if (v.is_string())
        return collapseSpaces(v.get_ref<const std::string&>());
    if (v.is_array() && !v.empty())
        return stringOf(v.front());
    return {};
}

bool typeIs(const json& node, std::string_view type) {
    auto it = node.find("@type");
    return it != node.end() && it->is_string() && it->get_ref<const std::string&>() == type;
}

struct JsonLd {
    std::string headline;
    std::string name;
    std::vector<std::string> authors;
    std::string published;
    std::string publisher;
    std::map<std::string, std::string> namesById;  // @id -> name, to resolve references
    bool found = false;
};

void authorNames(const json& v, const JsonLd& ld, std::vector<std::string>& out) {
    if (v.is_string()) {
        const std::string s = collapseSpaces(v.get_ref<const std::string&>());
        if (!s.empty() && !looksLikeUrl(s))
            out.push_back(s);
    } else if (v.is_array()) {
        for (const json& a : v)
            authorNames(a, ld, out);
    } else if (v.is_object()) {
        if (typeIs(v, "Organization") || typeIs(v, "NewsMediaOrganization"))
            return;
        std::string name = v.contains("name") ? stringOf(v["name"]) : std::string();
        if (name.empty() && v.contains("@id") && v["@id"].is_string()) {
            auto it = ld.namesById.find(v["@id"].get<std::string>());
            if (it != ld.namesById.end())
                name = it->second;
        }
        if (!name.empty() && !looksLikeUrl(name))
            out.push_back(name);
    }
}

void collectIds(const json& v, JsonLd& ld) {
    if (v.is_array()) {
        for (const json& x : v)
            collectIds(x, ld);
    } else if (v.is_object()) {
        if (v.contains("@id") && v["@id"].is_string() && v.contains("name")) {
            const std::string name = stringOf(v["name"]);
            if (!name.empty())
                ld.namesById.emplace(v["@id"].get<std::string>(), name);
        }
        if (v.contains("@graph"))
            collectIds(v["@graph"], ld);
    }
}

void readArticleNode(const json& v, JsonLd& ld) {
    if (v.is_array()) {
        for (const json& x : v)
            readArticleNode(x, ld);
        return;
    }
    if (!v.is_object())
        return;
    if (v.contains("@graph"))
        readArticleNode(v["@graph"], ld);
    if (ld.found || !hasArticleType(v))
        return;
    ld.found = true;
    if (v.contains("headline"))
        ld.headline = stringOf(v["headline"]);
    if (v.contains("name"))
        ld.name = stringOf(v["name"]);
    if (v.contains("author"))
        authorNames(v["author"], ld, ld.authors);
    if (v.contains("datePublished"))
        ld.published = stringOf(v["datePublished"]);
    else if (v.contains("dateCreated"))
        ld.published = stringOf(v["dateCreated"]);
    if (v.contains("publisher")) {
        const json& p = v["publisher"];
        if (p.is_object()) {
            if (p.contains("name"))
                ld.publisher = stringOf(p["name"]);
            else if (p.contains("@id") && p["@id"].is_string()) {
                auto it = ld.namesById.find(p["@id"].get<std::string>());
                if (it != ld.namesById.end())
                    ld.publisher = it->second;
            }
        } else {
            ld.publisher = stringOf(p);
        }
    }
}

void readJsonLd(std::string_view raw, JsonLd& ld) {
    // Some pages wrap the script in a CDATA section or an HTML comment.
    std::string text(raw);
    for (std::string_view marker : {"<![CDATA[", "]]>", "<!--", "-->"}) {
        for (std::size_t at; (at = text.find(marker)) != std::string::npos;)
            text.erase(at, marker.size());
    }
    std::string_view body = text;
    const std::size_t open = body.find_first_of("{[");
    const std::size_t close = body.find_last_of("}]");
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return;
    body = body.substr(open, close - open + 1);
    json doc = json::parse(body, nullptr, false);
    if (doc.is_discarded())
        return;
    collectIds(doc, ld);
    readArticleNode(doc, ld);
}

std::string textOfChildren(const GumboNode* g) {
    std::string out;
    const GumboVector& children = g->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(children.data[i]);
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA || c->type == GUMBO_NODE_WHITESPACE)
            out += c->v.text.text;
    }
    return out;
}

std::size_t wordCount(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        const bool space = c == ' ';
        if (!space && !in)
            ++n;
        in = !space;
    }
    return n;
}

constexpr std::array<std::string_view, 8> kTitleSeparators = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                                               " \\ ", " / ", " > ", " \xC2\xBB "};

// Readability's reading of a <title>: the part before the last separator
// (or after the first when that leaves too little), else the part after a
// colon, else the page's only <h1> when the title is odd.
std::string cleanDocumentTitle(const std::string& original, const std::vector<std::string>& h1s,
                               const std::vector<std::string>& headings) {
    std::string cur = original;
    bool hierarchical = false;
    std::size_t lastSep = std::string::npos, firstSep = std::string::npos, firstLen = 0;
    for (std::string_view sep : kTitleSeparators) {
        const std::size_t f = original.find(sep);
        if (f == std::string::npos)
            continue;
        const std::size_t l = original.rfind(sep);
        if (lastSep == std::string::npos || l > lastSep)
            lastSep = l;
        if (firstSep == std::string::npos || f < firstSep) {
            firstSep = f;
            firstLen = sep.size();
        }
        if (sep == " \\ " || sep == " / " || sep == " > " || sep == " \xC2\xBB ")
            hierarchical = true;
    }
    if (lastSep != std::string::npos) {
        cur = original.substr(0, lastSep);
        if (wordCount(cur) < 3)
            cur = original.substr(firstSep + firstLen);
    } else if (original.find(": ") != std::string::npos) {
        bool matchesHeading = false;
        for (const std::string& h : headings)
            matchesHeading = matchesHeading || h == original;
        if (!matchesHeading) {
            cur = original.substr(original.rfind(": ") + 2);
            if (wordCount(cur) < 3)
                cur = original.substr(original.find(": ") + 2);
            else if (wordCount(original.substr(0, original.find(": "))) > 5)
                cur = original;
        }
    } else if ((original.size() > 150 || original.size() < 15) && h1s.size() == 1) {
        cur = h1s.front();
    }
    cur = collapseSpaces(cur);
    const std::size_t words = wordCount(cur);
    if (words <= 4 && (!hierarchical || words != wordCount(original) - 1))
        cur = original;
    return cur;
}

// Drops a trailing (or leading) " | Site Name" segment naming the outlet
// (or another name the page states).
std::string withoutSiteName(std::string title, std::string_view outlet) {
    if (outlet.empty())
        return title;
    const std::string site = lowered(outlet);
    for (std::string_view sep : kTitleSeparators) {
        const std::size_t l = title.rfind(sep);
        if (l != std::string::npos && lowered(title.substr(l + sep.size())) == site)
            return title.substr(0, l);
        const std::size_t f = title.find(sep);
        if (f != std::string::npos && lowered(title.substr(0, f)) == site)
            return title.substr(f + sep.size());
    }
    return title;
}

struct BylineWords {
    std::vector<std::string> openers;  // "by", "par", ...
    std::vector<std::string> joiners;  // " and ", " & ", ... (with their spaces)
};

const BylineWords& bylineWords() {
    static const BylineWords words = [] {
        BylineWords out;
        for (const auto& e : text::lexicon("html-byline-words")) {
            const std::string kind = e.fields.empty() ? "opener" : e.fields[0];
            if (kind == "joiner")
                out.joiners.push_back(" " + lowered(e.key) + " ");
            else
                out.openers.push_back(lowered(e.key));
        }
        out.joiners.push_back(", ");
        out.joiners.push_back("; ");
        return out;
    }();
    return words;
}

const std::set<std::string>& dateWords() {
    static const std::set<std::string> words = [] {
        std::set<std::string> out;
        for (const auto& e : text::lexicon("html-date-words"))
            out.insert(lowered(e.key));
        return out;
    }();
    return words;
}

// "Sunday", "Updated Feb": a part of a date line, not a name.
bool onlyDateWords(std::string_view s) {
    std::string word;
    bool any = false;
    auto flush = [&]() {
        if (word.empty())
            return true;
        any = true;
        const bool known = dateWords().count(lowered(word)) > 0;
        word.clear();
        return known;
    };
    for (char c : s) {
        if (c == ' ' || c == '.' || c == ',') {
            if (!flush())
                return false;
        } else {
            word.push_back(c);
        }
    }
    return flush() && any;
}

bool hasDigit(std::string_view s) {
    for (char c : s)
        if (c >= '0' && c <= '9')
            return true;
    return false;
}

// "Jane Doe March 11, 2015 3:46 PM" -> "Jane Doe": a byline's names end
// where its date starts (a number, or a month or weekday name before one).
std::string beforeDate(const std::string& s) {
    std::vector<std::pair<std::size_t, std::string>> words;  // start, word
    for (std::size_t i = 0; i < s.size();) {
        while (i < s.size() && s[i] == ' ')
            ++i;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ')
            ++i;
        if (i > start)
            words.emplace_back(start, s.substr(start, i - start));
    }
    for (std::size_t k = 1; k < words.size(); ++k) {
        const std::string& w = words[k].second;
        const bool number = hasDigit(w);
        const bool dateWord = onlyDateWords(w) && k + 1 < words.size() && hasDigit(words[k + 1].second);
        if (number || dateWord)
            return s.substr(0, words[k].first);
    }
    return s;
}

void trim(std::string& s, std::string_view chars = " ,;:.-|\xC2\xB7") {
    const std::size_t b = s.find_first_not_of(chars);
    if (b == std::string::npos) {
        s.clear();
        return;
    }
    s = s.substr(b, s.find_last_not_of(chars) - b + 1);
}

}  // namespace

std::optional<std::string> isoDate(std::string_view s) {
    const std::size_t b = s.find_first_not_of(" \t\n");
    if (b == std::string_view::npos)
        return std::nullopt;
    s = s.substr(b);
    auto digits = [&](std::size_t from, std::size_t n) {
        if (from + n > s.size())
            return -1;
        int v = 0;
        for (std::size_t i = from; i < from + n; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    int y = digits(0, 4), m = -1, d = -1;
    if (y < 0)
        return std::nullopt;
    if (s.size() >= 10 && (s[4] == '-' || s[4] == '/' || s[4] == '.') && s[7] == s[4]) {
        m = digits(5, 2);
        d = digits(8, 2);
    } else if (s.size() >= 8) {
        m = digits(4, 2);
        d = digits(6, 2);
    }
    if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31)
        return std::nullopt;
    char buf[11];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return std::string(buf);
}

std::vector<std::string> bylineNames(std::string_view byline, std::string_view outlet) {
    std::string s = collapseSpaces(byline);
    // "Jane Doe (https://example.org/jane)", "Jane Doe <jane@example.org>"
    for (auto [open, close] : {std::pair{'(', ')'}, std::pair{'<', '>'}, std::pair{'[', ']'}}) {
        for (std::size_t at = 0; (at = s.find(open, at)) != std::string::npos;) {
            const std::size_t to = s.find(close, at);
            if (to == std::string::npos)
                break;
            const std::string_view inside = std::string_view(s).substr(at, to - at);
            if (looksLikeUrl(inside.substr(1)) || inside.find('@') != std::string_view::npos ||
                inside.find("www.") != std::string_view::npos)
                s.erase(at, to - at + 1);
            else
                at = to;
        }
    }
    // The byline's first line or segment holds the names; dates, outlets
    // and roles follow a separator.
    for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xE2\x80\xA2 ", " \xC2\xB7 ", "\n"}) {
        const std::size_t at = s.find(sep);
        if (at != std::string::npos && at > 0)
            s = s.substr(0, at);
    }
    s = beforeDate(s);
    trim(s);
    // The opening "By" (and its cousins in other languages).
    const std::string low = lowered(s);
    for (const std::string& w : bylineWords().openers) {
        if (low.size() > w.size() + 1 && low.starts_with(w) && (low[w.size()] == ' ' || low[w.size()] == ':')) {
            s = s.substr(w.size() + 1);
            trim(s);
            break;
        }
    }
    std::vector<std::string> names;
    // Split "A, B and C" / "A & B", case-insensitively (lowercasing keeps
    // ASCII byte offsets).
    std::string rest = s;
    for (const std::string& sep : bylineWords().joiners) {
        std::string low = lowered(rest);
        for (std::size_t at = low.find(sep); at != std::string::npos; at = low.find(sep, at + 1)) {
            rest.replace(at, sep.size(), "\x1F");
            low.replace(at, sep.size(), "\x1F");
        }
    }
    std::size_t start = 0;
    while (start <= rest.size()) {
        std::size_t at = rest.find('\x1F', start);
        std::string part = rest.substr(start, at == std::string::npos ? std::string::npos : at - start);
        trim(part);
        if (!part.empty() && !hasDigit(part) && !onlyDateWords(part) && part.size() < 80 && !looksLikeUrl(part) &&
            (outlet.empty() || lowered(part) != lowered(outlet)))
            names.push_back(part);
        if (at == std::string::npos)
            break;
        start = at + 1;
    }
    return names;
}

std::string bylineElementText(const Dom& dom, int element) {
    const int end = dom[element].end;
    std::string names;
    for (int i = element + 1; i < end;) {
        const DomNode& n = dom[i];
        if (n.hidden) {
            i = n.end;
            continue;
        }
        if (!n.isText && hintMatches(n.hint, HintKind::Role)) {
            i = n.end;
            continue;
        }
        if (!n.isText && n.gumbo->type == GUMBO_NODE_ELEMENT &&
            (lowered(attribute(n.gumbo, "itemprop")).find("name") != std::string::npos ||
             lowered(attribute(n.gumbo, "rel")) == "author" || hintMatches(n.hint, HintKind::Name) ||
             hintMatches(n.hint, HintKind::Byline))) {
            const std::string t = dom.textOf(i);
            if (!t.empty()) {
                if (!names.empty())
                    names += ", ";
                names += t;
            }
            i = n.end;
            continue;
        }
        ++i;
    }
    if (!names.empty())
        return names;
    // Unmarked: the names come first, roles and dates on later lines.
    std::string raw;
    for (int i = element; i < end;) {
        const DomNode& n = dom[i];
        if (n.hidden || (i != element && hintMatches(n.hint, HintKind::Role))) {
            i = n.end;
            continue;
        }
        if (n.isText)
            raw += n.gumbo->v.text.text;
        else if (i != element && (isBlockTag(n.tag) || n.tag == GUMBO_TAG_TIME)) {
            if (raw.find_first_not_of(" \t\r\n") != std::string::npos)
                break;
        }
        ++i;
    }
    return collapseSpaces(raw);
}

PageMeta readPageMeta(const Dom& dom) {
    PageMeta out;
    std::map<std::string, std::string> meta;
    JsonLd ld;
    std::string docTitle;
    std::vector<std::string> h1s, headings, relAuthors;
    std::set<std::string> authorHrefs;
    std::string itempropDate;
    for (int i = 0; i < dom.size(); ++i) {
        const DomNode& n = dom[i];
        if (n.isText || n.gumbo->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboNode* g = n.gumbo;
        switch (n.tag) {
        case GUMBO_TAG_META: {
            const std::string_view content = attribute(g, "content");
            if (content.empty())
                break;
            for (const char* key : {"property", "name", "itemprop"}) {
                const std::string_view k = attribute(g, key);
                if (!k.empty())
                    meta.emplace(lowered(collapseSpaces(k)), collapseSpaces(content));
            }
            break;
        }
        case GUMBO_TAG_SCRIPT:
            if (lowered(attribute(g, "type")) == "application/ld+json")
                readJsonLd(textOfChildren(g), ld);
            break;
        case GUMBO_TAG_TITLE:
            if (docTitle.empty() && !dom.hasAncestor(i, GUMBO_TAG_SVG))
                docTitle = collapseSpaces(textOfChildren(g));
            break;
        case GUMBO_TAG_TIME:
            if (!n.hidden && out.times.size() < 64) {
                if (auto d = isoDate(attribute(g, "datetime")))
                    out.times.push_back({i, *d});
            }
            break;
        default:
            break;
        }
        if (n.hidden)
            continue;
        if (n.tag == GUMBO_TAG_H1 || n.tag == GUMBO_TAG_H2) {
            std::string t = dom.textOf(i);
            if (n.tag == GUMBO_TAG_H1)
                h1s.push_back(t);
            headings.push_back(std::move(t));
        }
        if (itempropDate.empty() && lowered(attribute(g, "itemprop")) == "datepublished") {
            std::string_view v = attribute(g, "content");
            if (v.empty())
                v = attribute(g, "datetime");
            itempropDate = v;
        }
        if (lowered(attribute(g, "rel")) == "author" && relAuthors.size() < 4) {
            // A second link to the same profile ("View my complete profile") names no one new.
            const std::string href(attribute(g, "href"));
            std::string t = dom.textOf(i);
            if (!t.empty() && t.size() < 80 && (href.empty() || authorHrefs.insert(href).second))
                relAuthors.push_back(std::move(t));
        }
    }
    auto metaValue = [&](std::initializer_list<const char*> keys) -> std::string {
        for (const char* k : keys) {
            auto it = meta.find(k);
            if (it != meta.end() && !it->second.empty())
                return it->second;
        }
        return {};
    };

    out.outlet = metaValue({"og:site_name"});
    if (out.outlet.empty())
        out.outlet = ld.publisher;
    if (out.outlet.empty())
        out.outlet = metaValue({"application-name", "publisher", "dc.publisher"});

    std::string title = !ld.headline.empty() ? ld.headline : ld.name;
    if (!ld.headline.empty() && !ld.name.empty() && ld.headline != ld.name && !docTitle.empty()) {
        // Some pages name the article in one field and describe it in the
        // other: keep the one the page's <title> repeats.
        if (textSimilarity(docTitle, ld.name) > 0.75 && textSimilarity(docTitle, ld.headline) <= 0.75)
            title = ld.name;
    }
    if (title.empty())
        title = metaValue({"og:title", "twitter:title", "dc.title", "dcterm:title", "title", "parsely-title",
                           "sailthru.title", "headline"});
    if (title.empty() && !docTitle.empty())
        title = cleanDocumentTitle(docTitle, h1s, headings);
    if (title.empty() && !h1s.empty())
        title = h1s.front();
    out.title = withoutSiteName(collapseSpaces(title), out.outlet);

    std::vector<std::string> authors = ld.authors;
    if (authors.empty()) {
        for (const char* key : {"author", "dc.creator", "dcterm:creator", "article:author", "parsely-author",
                                "sailthru.author", "byl"}) {
            const std::string v = metaValue({key});
            if (v.empty() || v.starts_with("http") || v.starts_with("@"))
                continue;
            authors.push_back(v);
            break;
        }
    }
    for (const std::string& a : authors)
        for (std::string& name : bylineNames(a, out.outlet))
            if (std::find(out.authors.begin(), out.authors.end(), name) == out.authors.end())
                out.authors.push_back(std::move(name));

    // "Headline | Jane Doe": the author's name is no part of the headline.
    for (const std::string& name : out.authors)
        out.title = withoutSiteName(out.title, name);

    for (const std::string& a : relAuthors)
        for (std::string& name : bylineNames(a, out.outlet))
            if (std::find(out.authorLinks.begin(), out.authorLinks.end(), name) == out.authorLinks.end())
                out.authorLinks.push_back(std::move(name));

    for (const std::string& stamp :
         {metaValue({"article:published_time", "og:article:published_time", "og:published_time"}), ld.published,
          itempropDate, metaValue({"datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date",
                                   "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date",
                                   "parsely-pub-date", "article.published", "publication_date",
                                   "citation_publication_date", "citation_date"})}) {
        if (auto d = isoDate(stamp)) {
            out.published = d;
            break;
        }
    }
    return out;
}

}  // namespace claimdesk::ingest::html
