#pragma once

// Words and punctuation of a stretch of text, with code-point offsets and
// sentence numbers: what speaker resolution reads instead of raw text.
// Possessive endings are their own tokens ("Ukraine", "'s"); abbreviations
// and initials keep their full stop ("Mr.", "U.S.", "D.").

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/span.h"

namespace claimdesk::extract::speakers {

struct SpeakerLexicon;

struct Token {
    enum Flag : std::uint8_t {
        Word = 1,
        Capitalised = 2,     // first letter upper case
        AllCaps = 4,         // two letters or more, all upper case
        Initial = 8,         // "D." in "Paul D. Ryan"
        Possessive = 16,     // "'s", "’s", or a lone apostrophe after a plural
        SentenceStart = 32,  // first word of a sentence or paragraph
        Digit = 64,          // starts with a digit
        InQuote = 128,       // inside quotation marks
    };
    std::int64_t start = 0;  // code points into the document text
    std::int64_t end = 0;
    std::string text;        // UTF-8 as written
    std::string lower;       // lower case, otherwise as written
    std::uint8_t flags = 0;
    int sentence = 0;
    int paragraph = 0;

    bool is(Flag f) const { return (flags & f) != 0; }
    bool word() const { return is(Word); }
};

class TokenizedText {
public:
    // Tokenizes `text` (UTF-32, the whole document) between code points
    // `range.start` and `range.end`.
    TokenizedText(std::u32string_view text, Span range, const SpeakerLexicon& lexicon);

    const std::vector<Token>& tokens() const { return m_tokens; }
    const Token& operator[](std::size_t i) const { return m_tokens[i]; }
    std::size_t size() const { return m_tokens.size(); }
    // Index of the first token starting at or after `offset`.
    std::size_t firstAtOrAfter(std::int64_t offset) const;
    // Index one past the last token ending at or before `offset`.
    std::size_t endAtOrBefore(std::int64_t offset) const;

private:
    std::vector<Token> m_tokens;
};

}  // namespace claimdesk::extract::speakers
