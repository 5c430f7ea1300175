#include "core/ingest/html/byline.h"

#include <set>
#include <utility>

#include "core/ingest/html/classhints.h"
#include "core/text/lexicon.h"

namespace claimdesk::ingest::html {
namespace {

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
                out.joiners.push_back(" " + asciiLower(e.key) + " ");
            else
                out.openers.push_back(asciiLower(e.key));
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
            out.insert(asciiLower(e.key));
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
        const bool known = dateWords().count(asciiLower(word)) > 0;
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
    const std::string low = asciiLower(s);
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
        std::string low = asciiLower(rest);
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
            (outlet.empty() || asciiLower(part) != asciiLower(outlet)))
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
            (asciiLower(attribute(n.gumbo, "itemprop")).find("name") != std::string::npos ||
             asciiLower(attribute(n.gumbo, "rel")) == "author" || hintMatches(n.hint, HintKind::Name) ||
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

}  // namespace claimdesk::ingest::html
