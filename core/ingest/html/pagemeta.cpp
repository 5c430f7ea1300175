#include "core/ingest/html/pagemeta.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "core/ingest/html/byline.h"
#include "core/ingest/html/jsonld.h"
#include "core/ingest/html/maincontent.h"

namespace claimdesk::ingest::html {
namespace {

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
    const std::string site = asciiLower(outlet);
    for (std::string_view sep : kTitleSeparators) {
        const std::size_t l = title.rfind(sep);
        if (l != std::string::npos && asciiLower(title.substr(l + sep.size())) == site)
            return title.substr(0, l);
        const std::size_t f = title.find(sep);
        if (f != std::string::npos && asciiLower(title.substr(0, f)) == site)
            return title.substr(f + sep.size());
    }
    return title;
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
                    meta.emplace(asciiLower(collapseSpaces(k)), collapseSpaces(content));
            }
            break;
        }
        case GUMBO_TAG_SCRIPT:
            if (asciiLower(attribute(g, "type")) == "application/ld+json")
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
        if (itempropDate.empty() && asciiLower(attribute(g, "itemprop")) == "datepublished") {
            std::string_view v = attribute(g, "content");
            if (v.empty())
                v = attribute(g, "datetime");
            itempropDate = v;
        }
        if (asciiLower(attribute(g, "rel")) == "author" && relAuthors.size() < 4) {
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
