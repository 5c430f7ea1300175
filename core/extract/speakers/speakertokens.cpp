#include "core/extract/speakers/speakertokens.h"

#include <algorithm>

#include "core/extract/speakers/speakerlexicon.h"
#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace claimdesk::extract::speakers {
namespace {


bool isPunct(const text::Token& t, char32_t c) { return t.kind == text::TokenKind::Punct && t.first == c; }

// Two stream tokens written together into one piece of text.
std::string_view joined(std::string_view a, std::string_view b) {
    return std::string_view(a.data(), static_cast<std::size_t>(b.data() + b.size() - a.data()));
}

}  // namespace

TokenizedText::TokenizedText(const text::AnnotatedText& body, Span range, const SpeakerLexicon& lexicon)
    : m_body(body), m_lexicon(lexicon) {
    const auto& tokens = body.tokens();
    std::size_t i = body.stream().firstTokenAtOrAfter(range.start);
    const std::size_t end = body.stream().tokenEndAtOrBefore(range.end);
    m_tokens.reserve(end > i ? end - i + 16 : 16);
    while (i < end) {
        const text::Token& t = tokens[i];
        if (t.kind == text::TokenKind::Paragraph)
            ++i;
        else if (t.kind == text::TokenKind::Word)
            i = readWord(i, end);
        else
            i = readMark(i);
    }
    markSentenceStarts();
}

// A word, with the stops and ampersands that join it to the next
// ("Ph.D", "AT&T"), a possessive split off, or an abbreviation's stop kept.
std::size_t TokenizedText::readWord(std::size_t i, std::size_t end) {
    const auto& tokens = m_body.tokens();
    std::size_t last = i;  // the last stream token of the word
    while (last + 2 < end && !tokens[last + 1].spaceBefore && !tokens[last + 2].spaceBefore &&
           (isPunct(tokens[last + 1], U'.') || isPunct(tokens[last + 1], U'&')) && tokens[last + 1].lower.size() == 1 &&
           tokens[last + 2].kind == text::TokenKind::Word)
        last += 2;
    const text::Token& tail = tokens[last];
    // "Ukraine's": the name and its possessive.
    if (tail.endPiece - tail.firstPiece > 1 && m_body.pieces()[tail.endPiece - 1].lower == "'s") {
        const std::size_t clitic = tail.endPiece - 1;
        push(tokens[i].firstPiece, clitic, Token::Word, i);
        push(clitic, clitic + 1, Token::Possessive, last);
        return last + 1;
    }
    // "Mr.", "U.S.", "D.": the full stop belongs to an abbreviation or initial.
    std::size_t after = last + 1;
    if (after < end && isPunct(tokens[after], U'.') && tokens[after].lower.size() == 1 && !tokens[after].spaceBefore) {
        const std::string_view lower = joined(tokens[i].lower, tail.lower);
        const bool initial = last == i && tail.end - tail.start == 1 && tail.capitalised;
        const bool dotted = last > i || lower.find('.') != std::string_view::npos;
        if (initial || dotted || m_lexicon.abbreviations.count(lower)) {
            push(tokens[i].firstPiece, tokens[after].endPiece, Token::Word | (initial ? Token::Initial : 0), i);
            return after + 1;
        }
    }
    push(tokens[i].firstPiece, tail.endPiece, Token::Word, i);
    return last + 1;
}

// A mark: a possessive apostrophe after a plural ("officials' spokesman"),
// else a token of its own.
std::size_t TokenizedText::readMark(std::size_t i) {
    const auto& tokens = m_body.tokens();
    const text::Token& t = tokens[i];
    const bool apostrophe = text::isApostrophe(t.first) && t.end - t.start == 1;
    const bool afterWord = !t.spaceBefore && !m_tokens.empty() && m_tokens.back().word() && m_tokens.back().end == t.start;
    const bool beforeWord = i + 1 < tokens.size() && !tokens[i + 1].spaceBefore && tokens[i + 1].kind == text::TokenKind::Word;
    push(t.firstPiece, t.endPiece, apostrophe && afterWord && !beforeWord ? Token::Possessive : 0, i);
    return i + 1;
}

// Pieces [firstPiece, endPiece) of the stream, written together, as one
// token; `streamToken` is the stream token it starts in.
void TokenizedText::push(std::size_t firstPiece, std::size_t endPiece, std::uint8_t flags, std::size_t streamToken) {
    const text::Piece& a = m_body.pieces()[firstPiece];
    const text::Piece& b = m_body.pieces()[endPiece - 1];
    Token t;
    t.start = a.start;
    t.end = b.end;
    t.text = m_body.text().substr(a.byteStart, b.byteEnd - a.byteStart);
    t.lower = joined(a.lower, b.lower);
    t.flags = (flags & Token::Word) ? wordFlags(t.text, flags) : flags;
    if (m_body.quotationOf(streamToken) >= 0)
        t.flags |= Token::InQuote;
    t.sentence = static_cast<int>(m_body.sentenceOf(streamToken));
    t.paragraph = static_cast<int>(m_body.paragraphOf(streamToken));
    m_tokens.push_back(t);
}

// Capitalised, a digit first, all capitals.
std::uint8_t TokenizedText::wordFlags(std::string_view utf8, std::uint8_t flags) const {
    // Most words are ASCII: their classes without decoding or ICU.
    if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
        const auto letter = [&upper](char c) { return upper(c) || (c >= 'a' && c <= 'z'); };
        if (!utf8.empty() && upper(utf8[0]))
            flags |= Token::Capitalised;
        if (!utf8.empty() && utf8[0] >= '0' && utf8[0] <= '9')
            flags |= Token::Digit;
        const auto letters = std::count_if(utf8.begin(), utf8.end(), letter);
        const bool allUpper = std::none_of(utf8.begin(), utf8.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (letters >= 2 && allUpper)
            flags |= Token::AllCaps;
        return flags;
    }
    const char32_t first = text::decodeUtf8(utf8, 0).codePoint;
    if (text::isUpper(first))
        flags |= Token::Capitalised;
    if (text::isDigit(first))
        flags |= Token::Digit;
    int letters = 0;
    bool allUpper = true;
    for (std::size_t k = 0; k < utf8.size();) {
        const text::Decoded d = text::decodeUtf8(utf8, k);
        k += d.length;
        if (!text::isLetter(d.codePoint) || text::isCaseless(d.codePoint))
            continue;
        ++letters;
        allUpper = allUpper && text::isUpper(d.codePoint);
    }
    if (letters >= 2 && allUpper)
        flags |= Token::AllCaps;
    return flags;
}

// The first word of each sentence.
void TokenizedText::markSentenceStarts() {
    int sentence = -1;
    for (Token& t : m_tokens) {
        if (!t.word() || t.sentence == sentence)
            continue;
        t.flags |= Token::SentenceStart;
        sentence = t.sentence;
    }
}

std::size_t TokenizedText::firstAtOrAfter(std::int64_t offset) const {
    auto it = std::lower_bound(m_tokens.begin(), m_tokens.end(), offset,
                               [](const Token& t, std::int64_t o) { return t.start < o; });
    return static_cast<std::size_t>(it - m_tokens.begin());
}

std::size_t TokenizedText::endAtOrBefore(std::int64_t offset) const {
    auto it = std::upper_bound(m_tokens.begin(), m_tokens.end(), offset,
                               [](std::int64_t o, const Token& t) { return o < t.end; });
    return static_cast<std::size_t>(it - m_tokens.begin());
}

std::string TokenizedText::slice(std::int64_t start, std::int64_t end) const {
    std::string out(m_body.slice({start, end}));
    std::replace(out.begin(), out.end(), '\n', ' ');
    return out;
}

}  // namespace claimdesk::extract::speakers
