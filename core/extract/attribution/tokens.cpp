#include "core/extract/attribution/tokens.h"

#include <unicode/uchar.h>

#include "core/extract/attribution/lexicons.h"
#include "core/text/utf8.h"

namespace claimdesk::extract::attribution {
namespace {

bool isLineBreak(char32_t c) { return c == U'\n' || c == U'\r' || c == 0x2029 || c == 0x2028 || c == 0x85; }

bool isSpace(char32_t c) {
    return c == U' ' || c == U'\t' || c == 0xA0 || c == 0x200B || c == 0xFEFF || c == 0x3000 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x0B || c == 0x0C;
}

bool isWordChar(char32_t c) {
    if (c < 0x80)
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
    return u_isalnum(static_cast<UChar32>(c)) || u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_GENERAL_CATEGORY) ==
                                                     U_NON_SPACING_MARK;
}

bool isLetter(char32_t c) { return isWordChar(c) && !(c >= U'0' && c <= U'9'); }
bool isDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool isApostrophe(char32_t c) { return c == U'\'' || c == 0x2019; }

std::string lowerOf(std::u32string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char32_t c : s) {
        if (c == 0x2019)
            c = U'\'';
        if (c < 0x80)
            out.push_back(static_cast<char>(c >= U'A' && c <= U'Z' ? c + 32 : c));
        else
            text::appendUtf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
    }
    return out;
}

// End of the word starting at i: inner apostrophes ("don't"), hyphens and
// digit separators ("4,000", "2.5") stay inside, and dotted initialisms
// ("U.S", "a.m") are one word whose final stop is left to the caller.
std::size_t wordEnd(std::u32string_view s, std::size_t i) {
    const std::size_t n = s.size();
    std::size_t j = i;
    while (j < n) {
        if (isWordChar(s[j])) {
            ++j;
            continue;
        }
        const char32_t c = s[j];
        const bool next = j + 1 < n && isWordChar(s[j + 1]);
        if (isApostrophe(c) && next && j > i && isLetter(s[j - 1]) && isLetter(s[j + 1])) {
            ++j;
            continue;
        }
        if ((c == U'-' || c == 0x2010 || c == 0x2011) && next && j > i) {
            ++j;
            continue;
        }
        if ((c == U',' || c == U'.') && next && j > i && isDigit(s[j - 1]) && isDigit(s[j + 1])) {
            ++j;
            continue;
        }
        // "U.S", "D.C", "a.m": single letters joined by stops.
        if (c == U'.' && next && isLetter(s[j + 1]) && (j + 2 >= n || !isWordChar(s[j + 2])) &&
            (j == i + 1 || (j >= i + 2 && s[j - 2] == U'.'))) {
            ++j;
            continue;
        }
        break;
    }
    return j;
}

}  // namespace

std::vector<Token> tokenize(std::u32string_view s, std::int64_t base) {
    const auto& lex = lexicons();
    std::vector<Token> tokens;
    tokens.reserve(s.size() / 4 + 8);
    const std::size_t n = s.size();
    bool space = true;
    std::size_t i = 0;
    while (i < n) {
        const char32_t c = s[i];
        if (isLineBreak(c)) {
            std::size_t j = i;
            while (j < n && (isLineBreak(s[j]) || isSpace(s[j])))
                ++j;
            Token t;
            t.kind = TokenKind::Paragraph;
            t.start = base + static_cast<std::int64_t>(i);
            t.end = base + static_cast<std::int64_t>(j);
            t.spaceBefore = true;
            tokens.push_back(std::move(t));
            space = true;
            i = j;
            continue;
        }
        if (isSpace(c)) {
            space = true;
            ++i;
            continue;
        }
        Token t;
        t.start = base + static_cast<std::int64_t>(i);
        t.spaceBefore = space;
        t.first = c;
        std::size_t j = i + 1;
        if (isWordChar(c)) {
            j = wordEnd(s, i);
            t.kind = TokenKind::Word;
            t.capitalized = u_isupper(static_cast<UChar32>(c)) != 0;
            t.lower = lowerOf(s.substr(i, j - i));
            lex.annotate(t);
        } else if (c == U'\'' && i + 1 < n && s[i + 1] == U'\'') {
            // NYT writes quotations between two apostrophes.
            j = i + 2;
            t.kind = TokenKind::Mark;
            t.mark = MarkRole::Either;
        } else if (MarkRole role = lex.markRole(c); role != MarkRole::None) {
            t.kind = TokenKind::Mark;
            t.mark = role;
        } else {
            t.kind = TokenKind::Punct;
            if (c == U'.')
                while (j < n && s[j] == U'.')
                    ++j;
            t.lower = lowerOf(s.substr(i, j - i));
        }
        t.end = base + static_cast<std::int64_t>(j);
        tokens.push_back(std::move(t));
        space = false;
        i = j;
    }
    return tokens;
}

}  // namespace claimdesk::extract::attribution
