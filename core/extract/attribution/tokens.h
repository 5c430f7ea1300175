#pragma once

// The token stream the attribution rules walk: words, numbers, punctuation,
// quotation marks and paragraph breaks, with code-point offsets. Built once
// per document; quotation and sentence structure are laid over it.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimdesk::extract::attribution {

enum class TokenKind : std::uint8_t {
    Word,      // letters, digits, inner apostrophes and hyphens, "U.S"
    Punct,     // one punctuation character (or "..." as one)
    Mark,      // a quotation mark, role decided by the quotation pass
    Paragraph  // a run of line breaks
};

enum class MarkRole : std::uint8_t { None, Open, Close, Either, SingleOpen, SingleClose, SingleEither };

struct Token {
    std::int64_t start = 0;  // code points, absolute in the document
    std::int64_t end = 0;
    TokenKind kind = TokenKind::Word;
    MarkRole mark = MarkRole::None;
    bool capitalized = false;  // first letter upper case
    bool spaceBefore = false;  // whitespace (or a line break) right before it
    char32_t first = 0;        // its first code point
    std::string lower;         // lower-cased text (ASCII folding only)
    // Looked up once in the lexicons (see lexicons.h) so the rules never hash:
    std::uint16_t classes = 0;     // WordClass bits
    std::int8_t cue = -1;          // CueFrame of a cue verb, or -1
    std::uint8_t abbreviation = 0; // Abbreviation
};

// Tokenizes `text` (code points); `base` is the document offset of text[0].
std::vector<Token> tokenize(std::u32string_view text, std::int64_t base);

}  // namespace claimdesk::extract::attribution
