#pragma once

// The body's tokens as speaker resolution reads them: the one token stream
// of core/text, with possessive endings as tokens of their own ("Ukraine",
// "'s"; "officials", "'"), the full stop of an abbreviation or initial kept
// with it ("Mr.", "U.S.", "D."), and names written with inner stops or
// ampersands kept whole ("Ph.D.", "AT&T"). Regrouped from the stream's
// tokens and pieces, never read from the text again; sentences, paragraphs
// and quotations are the stream's.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/span.h"
#include "core/text/annotatedtext.h"

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
    std::string_view text;   // UTF-8 as written
    std::string_view lower;  // lower case (core/text's lower forms)
    std::uint8_t flags = 0;
    int sentence = 0;
    int paragraph = 0;

    bool is(Flag f) const { return (flags & f) != 0; }
    bool word() const { return is(Word); }
};

class TokenizedText {
public:
    // The tokens of `body` between code points `range.start` and `range.end`.
    // `body` must outlive this.
    TokenizedText(const text::AnnotatedText& body, Span range, const SpeakerLexicon& lexicon);

    const std::vector<Token>& tokens() const { return m_tokens; }
    const Token& operator[](std::size_t i) const { return m_tokens[i]; }
    std::size_t size() const { return m_tokens.size(); }
    // Index of the first token starting at or after `offset`.
    std::size_t firstAtOrAfter(std::int64_t offset) const;
    // Index one past the last token ending at or before `offset`.
    std::size_t endAtOrBefore(std::int64_t offset) const;
    // The text between two offsets as one line (line breaks as spaces).
    std::string slice(std::int64_t start, std::int64_t end) const;

private:
    std::size_t readWord(std::size_t i, std::size_t end);
    std::size_t readMark(std::size_t i);
    void push(std::size_t firstPiece, std::size_t endPiece, std::uint8_t flags, std::size_t streamToken);
    std::uint8_t wordFlags(std::string_view text, std::uint8_t flags) const;
    void markSentenceStarts();

    const text::AnnotatedText& m_body;
    const SpeakerLexicon& m_lexicon;
    std::vector<Token> m_tokens;
};

}  // namespace claimdesk::extract::speakers
