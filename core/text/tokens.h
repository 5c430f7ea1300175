#pragma once

// The one tokenizer of Claimdesk. A stretch of UTF-8 text becomes two
// aligned sequences, made in one pass:
//
// - pieces, the smallest units: a run of letters ("Kyiv", "don't": an
//   apostrophe between letters stays inside, but a possessive or contracted
//   "'s" is a piece of its own: "Russia" "'s", "today" "'s"), a number
//   (digits with their thousands separators and decimal part: "12,000",
//   "12 000" with a no-break or thin space, "2.5"; value parsed), or one
//   punctuation mark or symbol. Grammars that read dates and figures walk
//   pieces: "mid-January" is "mid" "-" "january", "1990s" is "1990" "s".
// - tokens, the words as a reader sees them: the pieces glued by a hyphen
//   ("twenty-five", "F-16"), a digit separator ("30,5"), letters and digits
//   ("G7", "5th"), a clitic ("Russia's") or the stops of an initialism ("U.S", "a.m": the final
//   stop is a token of its own); one punctuation mark ("..." is one); a
//   quotation mark ("''" and "``" are one each); or a paragraph break (a
//   run of line breaks).
//   Attribution, speakers, events and the sentence and clause structure
//   walk tokens. Each token knows its pieces and each piece its token.
//
// Offsets are code points into the whole document (the tokenizer is given
// where the stretch starts) and bytes into its UTF-8. `lower` is the
// lower-case form (ICU's simple case mapping), with typographic apostrophes,
// quotation marks and dashes written as ' " - and "…" as "...", so lexicon
// lookups compare one spelling. Views point into the document's text (which
// must outlive the tokens) and into the TokenStream's own buffer.
//
// Why not ICU's BreakIterator: UAX #29 word boundaries join "4,000" and
// "U.S" but split "twenty-five" and keep the possessive inside a word, and
// give one level where the grammars need two; its sentence boundaries know
// neither news abbreviations ("Gen.", "Feb.") nor quotations that run over
// paragraphs (see structure.h). Character properties are ICU's (chars.h).
//
// Linear in the text; no input makes an empty token: every piece and every
// token covers at least one code point, so a reader that steps by tokens
// always advances.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/span.h"
#include "core/text/chars.h"

namespace claimdesk::text {

enum class PieceKind : std::uint8_t { Letters, Number, Punct };

struct Piece {
    std::int64_t start = 0;  // code points
    std::int64_t end = 0;
    std::uint32_t byteStart = 0;  // into the document's UTF-8
    std::uint32_t byteEnd = 0;
    std::string_view lower;  // lower case, typography folded (see above)
    double value = 0;        // Number: its value ("12,000" -> 12000)
    std::uint32_t token = 0; // the token it belongs to
    char32_t first = 0;      // its first code point
    PieceKind kind = PieceKind::Punct;
    std::uint8_t integerDigits = 0;  // Number: digits before the decimal point (at most 255)
    bool spaceBefore : 1 = true;     // whitespace (or the stretch's start) right before it
    bool lineBefore : 1 = true;      // a line break (or the stretch's start) before it
    bool blankLineBefore : 1 = true; // two line breaks (or the stretch's start) before it
    bool capitalised : 1 = false;    // Letters: the first letter is upper case
    bool grouped : 1 = false;        // Number: written with thousands separators
    bool decimal : 1 = false;        // Number: has a decimal part

    Span span() const { return {start, end}; }
};

enum class TokenKind : std::uint8_t {
    Word,       // letters and digits with their inner joiners
    Punct,      // one punctuation mark or symbol ("..." as one)
    Quote,      // a quotation mark; its role set by the structure (structure.h)
    Paragraph,  // a run of line breaks (with the spaces among them)
};

struct Token {
    std::int64_t start = 0;  // code points
    std::int64_t end = 0;
    std::uint32_t byteStart = 0;
    std::uint32_t byteEnd = 0;
    std::string_view text;
    std::string_view lower;
    std::uint32_t firstPiece = 0;  // pieces [firstPiece, endPiece); none for a Paragraph
    std::uint32_t endPiece = 0;
    char32_t first = 0;
    TokenKind kind = TokenKind::Word;
    QuoteRole quote = QuoteRole::None;  // Quote: the role as written, then as paired
    bool spaceBefore : 1 = true;        // whitespace (or a line break) right before it
    bool capitalised : 1 = false;       // Word: the first letter is upper case
    bool allCaps : 1 = false;           // Word: two letters or more, all upper case
    bool numeric : 1 = false;           // Word: starts with a digit
    bool blankLineBefore : 1 = false;   // Paragraph: two line breaks or more

    Span span() const { return {start, end}; }
    bool isWord() const { return kind == TokenKind::Word; }
};

// The tokens and pieces of one stretch of a document.
class TokenStream {
public:
    TokenStream() = default;
    // Tokenizes bytes [byteBegin, byteEnd) of `text` (clamped to it; cut back
    // to code-point boundaries); `codePointBegin` is the code-point offset of
    // byteBegin in the document. Malformed UTF-8 reads as U+FFFD (utf8.h).
    TokenStream(std::string_view text, std::size_t byteBegin, std::size_t byteEnd, std::int64_t codePointBegin);
    // The whole of `text`, offsets from 0.
    explicit TokenStream(std::string_view text) : TokenStream(text, 0, text.size(), 0) {}

    TokenStream(const TokenStream&) = delete;  // the views point into m_lower
    TokenStream& operator=(const TokenStream&) = delete;
    TokenStream(TokenStream&&) noexcept = default;
    TokenStream& operator=(TokenStream&&) noexcept = default;

    const std::vector<Token>& tokens() const { return m_tokens; }
    const std::vector<Piece>& pieces() const { return m_pieces; }
    std::string_view document() const { return m_document; }
    Span region() const { return m_region; }

    // Index of the first token (piece) starting at or after `offset`, and one
    // past the last ending at or before it.
    std::size_t firstTokenAtOrAfter(std::int64_t offset) const;
    std::size_t tokenEndAtOrBefore(std::int64_t offset) const;
    std::size_t firstPieceAtOrAfter(std::int64_t offset) const;
    std::size_t pieceEndAtOrBefore(std::int64_t offset) const;

    // A piece as written.
    std::string_view text(const Piece& piece) const {
        return m_document.substr(piece.byteStart, piece.byteEnd - piece.byteStart);
    }
    // The document's UTF-8 between two code-point offsets (clamped to the
    // region), and the byte offset of one.
    std::string_view slice(Span span) const;
    std::size_t byteOf(std::int64_t offset) const;

    // Token mutation for the structure pass only (quotation roles).
    std::vector<Token>& mutableTokens() { return m_tokens; }

private:
    std::string_view m_document;
    Span m_region;
    std::size_t m_byteBegin = 0;
    std::vector<Piece> m_pieces;
    std::vector<Token> m_tokens;
    // The lower-case forms, one after the other (on the heap: moving the
    // stream keeps the buffer the views point into).
    std::unique_ptr<char[]> m_lower;
};

}  // namespace claimdesk::text
