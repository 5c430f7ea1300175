#include "core/ingest/layout/byline.h"

#include <array>

#include "core/ingest/layout/lexicons.h"
#include "core/text/chars.h"
#include "core/text/utf8.h"
#include "core/text/words.h"

namespace claimdesk::ingest::layout {
namespace {

constexpr std::array<std::string_view, 11> kBylineOpeners = {
    "by ", "written by ", "words by ", "reporting by ", "story by ", "text by ", "posted by ",
    "author: ", "authors: ", "author ", "reported by "};

constexpr std::array<std::string_view, 17> kParticles = {
    "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "ibn", "ter", "del", "dos", "das"};

// Capitalised words a byline goes on with that are not names.
constexpr std::array<std::string_view, 14> kNotNames = {
    "published", "updated", "posted", "last", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday", "photo"};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& list, std::string_view word) {
    const std::string lower = asciiLower(word);
    for (auto w : list)
        if (w == lower)
            return true;
    return false;
}

bool startsUpper(std::string_view w) {
    if (w.empty())
        return false;
    std::size_t p = 0;
    return text::isUpper(text::nextCodePoint(w, p));
}

bool startsDigit(std::string_view w) {
    return !w.empty() && w[0] >= '0' && w[0] <= '9';
}

// A word that can be part of a name: capitalised, letters with inner
// apostrophes, hyphens or periods ("O'Neil", "Jean-Luc", "J.").
bool nameWord(std::string_view w) {
    if (!startsUpper(w))
        return false;
    std::size_t p = 0;
    while (p < w.size()) {
        const char32_t c = text::nextCodePoint(w, p);
        if (!(text::isLetter(c) || c == '\'' || c == 0x2019 || c == '-' || c == '.'))
            return false;
    }
    return true;
}

std::string joinName(const std::vector<std::string_view>& parts) {
    std::string name;
    for (auto p : parts) {
        if (!name.empty())
            name += ' ';
        name += p;
    }
    return name;
}

}  // namespace

std::vector<std::string> readByline(std::string_view line) {
    const LayoutLexicons& lex = layoutLexicons();
    line = text::trimWhitespace(line);
    const std::string lower = asciiLower(line.substr(0, 16));
    std::size_t skip = 0;
    for (auto opener : kBylineOpeners)
        if (lower.compare(0, opener.size(), opener) == 0) {
            skip = opener.size();
            break;
        }
    if (skip == 0)
        return {};
    const std::string_view rest = line.substr(skip);
    const std::vector<text::SpacedWord> words = text::spacedWords(rest);
    if (words.size() > 30)
        return {};

    std::vector<std::string> names;
    std::vector<std::string_view> current;
    bool hasRole = false;
    auto finish = [&] {
        // "By The Associated Press", "By Kyiv Independent": an outlet, not a person.
        if (current.size() >= 2 && current.size() <= 5 && !hasRole && current.front() != "The" &&
            !lex.isOutletName(joinName(current)))
            names.push_back(joinName(current));
        current.clear();
        hasRole = false;
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view w = rest.substr(words[i].begin, words[i].end - words[i].begin);
        // What separates this word from the next one.
        const std::string_view gap =
            rest.substr(words[i].end, (i + 1 < words.size() ? words[i + 1].begin : rest.size()) - words[i].end);
        const std::string lw = asciiLower(w);
        if (lw == "and" || lw == "&") {
            finish();
            continue;
        }
        if (startsDigit(w) || among(kNotNames, w))
            break;
        if (lex.month(w) && i + 1 < words.size() &&
            startsDigit(rest.substr(words[i + 1].begin, words[i + 1].end - words[i + 1].begin)))
            break;
        if (nameWord(w)) {
            if (lex.isRole(w))
                hasRole = true;
            current.push_back(w);
        } else if (!current.empty() && among(kParticles, w)) {
            current.push_back(w);
        } else {
            break;
        }
        const bool separated = gap.find_first_of(",;|/") != std::string_view::npos ||
                               gap.find("\xE2\x80\x94") != std::string_view::npos ||
                               gap.find("\xE2\x80\x93") != std::string_view::npos ||
                               gap.find("\xC2\xB7") != std::string_view::npos ||
                               gap.find("\xE2\x80\xA2") != std::string_view::npos;
        if (separated) {
            finish();
            // "Jane Roe | Reuters", "Jane Roe, Staff Writer": stop at a bar, a
            // dash or a role.
            if (gap.find_first_of("|/") != std::string_view::npos || gap.find("\xE2\x80") != std::string_view::npos)
                break;
        }
    }
    finish();
    return names;
}

bool isNameLine(std::string_view line) {
    const LayoutLexicons& lex = layoutLexicons();
    line = text::trimWhitespace(line);
    const std::vector<text::SpacedWord> words = text::spacedWords(line);
    if (words.size() < 2 || words.size() > 4)
        return false;
    int particles = 0;
    for (const text::SpacedWord& w : words) {
        const std::string_view word = line.substr(w.begin, w.end - w.begin);
        if (among(kParticles, word)) {
            ++particles;
            continue;
        }
        if (!nameWord(word) || lex.isStopword(asciiLower(word)) || lex.isRole(word) || lex.month(word))
            return false;
    }
    // Nothing but the words: no punctuation in between.
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (text::trimWhitespace(line.substr(words[i].end, words[i + 1].begin - words[i].end)).size() > 0)
            return false;
    return particles + 2 <= static_cast<int>(words.size());
}

}  // namespace claimdesk::ingest::layout
