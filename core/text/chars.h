#pragma once

// What a code point is to a reader of text: space, line break, letter,
// digit, quotation mark, apostrophe, hyphen or dash, and its case. Every
// reader of text in core asks these, so a character means the same to all
// of them. Answers come from ICU's character properties (General_Category,
// White_Space, Quotation_Mark, Dash), with an ASCII table in front because
// most news text is ASCII.

#include <array>
#include <cstdint>

namespace claimdesk::text {

namespace detail {
enum Property : std::uint8_t { kSpace = 1, kLineBreak = 2, kLetter = 4, kDigit = 8, kUpper = 16, kLower = 32 };
// ASCII answers at compile time: the tokenizer asks for every character,
// and a call per character costs more than the rest of its work.
inline constexpr std::array<std::uint8_t, 0x80> kAsciiProperties = [] {
    std::array<std::uint8_t, 0x80> table{};
    for (char32_t c = 0; c < 0x80; ++c) {
        if (c == U'\n' || c == U'\r')
            table[c] = kLineBreak;
        else if (c == U' ' || c == U'\t' || c == 0x0B || c == 0x0C)
            table[c] = kSpace;
        else if (c >= U'A' && c <= U'Z')
            table[c] = kLetter | kUpper;
        else if (c >= U'a' && c <= U'z')
            table[c] = kLetter | kLower;
        else if (c >= U'0' && c <= U'9')
            table[c] = kDigit;
    }
    return table;
}();
// Any code point (ICU, through a table of the first blocks).
std::uint8_t nonAsciiProperties(char32_t c);
inline std::uint8_t propertiesOf(char32_t c) { return c < 0x80 ? kAsciiProperties[c] : nonAsciiProperties(c); }
}  // namespace detail

// Line breaks: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
inline bool isLineBreak(char32_t c) { return (detail::propertiesOf(c) & detail::kLineBreak) != 0; }
// Horizontal space: White_Space that is not a line break (tab, vertical
// tab and form feed included), plus ZERO WIDTH SPACE and the byte-order
// mark, which separate words as a space does.
inline bool isSpace(char32_t c) { return (detail::propertiesOf(c) & detail::kSpace) != 0; }
inline bool isWhitespace(char32_t c) { return isSpace(c) || isLineBreak(c); }
// The five characters HTML calls ASCII whitespace (tab, LF, FF, CR, space).
bool isAsciiWhitespace(char c);

// Letters of every script (General_Category L*) and the combining marks
// (M*) that belong to them.
inline bool isLetter(char32_t c) { return (detail::propertiesOf(c) & detail::kLetter) != 0; }
// Decimal digits of every script (Nd).
inline bool isDigit(char32_t c) { return (detail::propertiesOf(c) & detail::kDigit) != 0; }
// The value of a decimal digit, -1 for anything else.
int digitValue(char32_t c);
// Case: upper means Lu or Lt (a title-case digraph starts a name too).
inline bool isUpper(char32_t c) { return (detail::propertiesOf(c) & detail::kUpper) != 0; }
inline bool isLower(char32_t c) { return (detail::propertiesOf(c) & detail::kLower) != 0; }
// A letter of a script without case (CJK, Arabic, Hebrew ...).
bool isCaseless(char32_t c);
// The simple lower-case mapping: one code point for one.
char32_t toLower(char32_t c);

// ' (U+0027), ’ (U+2019) and ʼ (U+02BC): the apostrophes that may stand
// inside a word ("don't", "Russia’s", "Kyivʼs").
bool isApostrophe(char32_t c);
// The hyphens that join a compound word: - (U+002D), U+2010, U+2011.
bool isHyphen(char32_t c);
// Every Dash of Unicode (hyphen-minus, en and em dash, minus sign ...).
bool isDash(char32_t c);

// How a quotation mark works. Open and Close always open or close;
// Either decides by its neighbours (ASCII "). The Single variants are
// the same for single marks (‘ ’ ' ‹ ›), which double as apostrophes.
enum class QuoteRole : std::uint8_t { None, Open, Close, Either, SingleOpen, SingleClose, SingleEither };
// Every code point with Unicode's Quotation_Mark property has a role:
// data/lexicons/text-quote-marks.txt names the marks whose role the
// general category does not tell (single marks, and the ASCII ones); the
// rest open when their category is Ps or Pi, close when Pe or Pf, and
// decide by context otherwise. Throws std::runtime_error when the lexicon
// is missing.
QuoteRole quoteRole(char32_t c);
inline bool isSingleQuoteRole(QuoteRole r) {
    return r == QuoteRole::SingleOpen || r == QuoteRole::SingleClose || r == QuoteRole::SingleEither;
}

}  // namespace claimdesk::text
