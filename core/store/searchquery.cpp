#include "core/store/searchquery.h"

#include <vector>

namespace claimdesk::store {
namespace {

struct Term {
    std::string text;     // a word or a phrase, as typed
    bool prefix = false;  // word*
    bool title = false;   // title:word
};

// Terms joined by OR; the query is these groups joined by AND, each
// required or left out.
struct Group {
    std::vector<Term> alternatives;
    bool excluded = false;
};

// White space and every other control character (a NUL inside a quoted
// string makes FTS5 refuse the whole expression) separate terms.
bool isSpace(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u <= ' ' || u == 0x7F;
}

// Whether `text` holds something the index tokenizes: an ASCII letter or
// digit, or any non-ASCII character (letters of other scripts).
bool searchable(std::string_view text) {
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') || u >= 0x80)
            return true;
    }
    return false;
}

// The typed text split into words and "phrases"; an unclosed quote runs to
// the end. Parentheses separate.
std::vector<std::pair<std::string, bool>> lex(std::string_view text) {
    std::vector<std::pair<std::string, bool>> out;  // (text, quoted)
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (isSpace(c) || c == '(' || c == ')') {
            ++i;
        } else if (c == '"') {
            const std::size_t end = text.find('"', i + 1);
            std::string phrase(text.substr(i + 1, end == std::string_view::npos ? end : end - i - 1));
            for (char& p : phrase)
                if (isSpace(p))
                    p = ' ';  // a control character inside is a space between the phrase's words
            out.emplace_back(std::move(phrase), true);
            i = end == std::string_view::npos ? text.size() : end + 1;
        } else {
            std::size_t j = i;
            while (j < text.size() && !isSpace(text[j]) && text[j] != '"' && text[j] != '(' && text[j] != ')')
                ++j;
            out.emplace_back(std::string(text.substr(i, j - i)), false);
            i = j;
        }
    }
    return out;
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (const char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::vector<Group> parse(std::string_view text) {
    std::vector<Group> groups;
    bool joinNext = false, excludeNext = false, titleNext = false;
    for (auto [word, isPhrase] : lex(text)) {
        if (!isPhrase && (word == "OR" || word == "AND" || word == "NOT")) {
            joinNext = word == "OR" && !groups.empty();
            excludeNext = word == "NOT";
            continue;
        }
        // "-" and "title:" right before a "phrase" apply to it.
        if (!isPhrase && (word == "-" || word == "title:" || word == "-title:")) {
            excludeNext = excludeNext || word[0] == '-';
            titleNext = word != "-";
            continue;
        }
        Term term;
        term.title = titleNext;
        titleNext = false;
        bool excluded = excludeNext;
        if (!isPhrase) {
            if (word.size() > 1 && word[0] == '-') {
                excluded = true;
                word.erase(0, 1);
            }
            if (word.rfind("title:", 0) == 0) {
                term.title = true;
                word.erase(0, 6);
            }
            while (!word.empty() && word.back() == '*') {
                term.prefix = true;
                word.pop_back();
            }
        }
        term.text = std::move(word);
        excludeNext = false;
        if (!searchable(term.text)) {
            joinNext = false;
            continue;
        }
        if (joinNext && !excluded && !groups.back().excluded) {
            groups.back().alternatives.push_back(std::move(term));
        } else {
            groups.push_back({{std::move(term)}, excluded});
        }
        joinNext = false;
    }
    return groups;
}

// One group as FTS5 for a table with (or without) a title column; empty
// when none of its terms can apply there.
std::string groupExpression(const Group& group, bool hasTitle) {
    std::string out;
    for (const Term& t : group.alternatives) {
        if (t.title && !hasTitle)
            continue;
        std::string term = quoted(t.text) + (t.prefix ? " *" : "");
        if (t.title)
            term = "title : " + term;
        out += (out.empty() ? "" : " OR ") + term;
    }
    return out.empty() ? out : "(" + out + ")";
}

// The groups as one FTS5 expression: required ones joined by AND, then
// each left-out one by NOT. Empty when a required group cannot apply.
std::string expression(const std::vector<Group>& groups, bool hasTitle) {
    std::string positive;
    for (const Group& g : groups) {
        if (g.excluded)
            continue;
        const std::string e = groupExpression(g, hasTitle);
        if (e.empty())
            return {};
        positive += (positive.empty() ? "" : " AND ") + e;
    }
    if (positive.empty())
        return {};
    std::string out = "(" + positive + ")";
    for (const Group& g : groups)
        if (g.excluded)
            if (const std::string e = groupExpression(g, hasTitle); !e.empty())
                out = "(" + out + " NOT " + e + ")";
    return out;
}

}  // namespace

Result<SearchQuery> parseSearchQuery(std::string_view text) {
    const std::vector<Group> groups = parse(text);
    if (groups.empty())
        return makeError("nothing to search for in \"" + std::string(text) +
                         "\": type words, \"a phrase\", prefix*, OR, -word or title:word");
    SearchQuery query{expression(groups, true), expression(groups, false)};
    if (query.documents.empty())
        return makeError("\"" + std::string(text) + "\" only leaves words out: say what to search for, too");
    return query;
}

}  // namespace claimdesk::store
