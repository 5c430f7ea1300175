#pragma once

// The tokens the quantity finder reads: words, numbers and single
// punctuation marks of one stretch of UTF-8 text, each with its byte range
// and whether whitespace separates it from the token before.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimdesk::extract::quantity {

enum class TokenKind { Word, Number, Punct };

struct Token {
    TokenKind kind = TokenKind::Punct;
    std::size_t begin = 0;           // byte offsets into the whole text
    std::size_t end = 0;
    std::string lower;               // words: ASCII-lowercased; punct: the mark; numbers: as written
    bool spaceBefore = true;         // whitespace (or the start) before this token
    bool capitalized = false;        // words: starts with an uppercase ASCII letter
    double number = 0;               // numbers: the value ("12,000" -> 12000)
    bool grouped = false;            // numbers: written with thousands separators
    bool decimal = false;            // numbers: has a decimal point
    int integerDigits = 0;           // numbers: digits before the decimal point
};

// Tokenizes text[begin, end). Apostrophes between letters stay inside a
// word ("don't", "Russia's"); hyphens are tokens of their own, so
// "twenty-five" is three tokens with no space between them. A comma or a
// no-break/thin space followed by exactly three digits groups thousands.
std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace claimdesk::extract::quantity
