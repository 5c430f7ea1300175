#include "core/text/tokens.h"

#include <algorithm>
#include <charconv>
#include <memory>
#include <string>

#include "core/text/utf8.h"

namespace claimdesk::text {
namespace {

// Spaces that may group thousands ("12 000"); an ordinary space may not,
// since "in 2024 300 soldiers" must stay two numbers.
bool isGroupingSpace(char32_t c) { return c == 0xA0 || c == 0x2009 || c == 0x202F; }

// The lower-case forms of the pieces, written one after another into a
// buffer sized for the worst case up front (a lower-case letter takes at
// most one byte more than its capital; typography folds to fewer bytes).
class LowerWriter {
public:
    explicit LowerWriter(std::size_t bytes) : m_buffer(new char[bytes * 2 + 16]) {}

    std::uint32_t size() const { return static_cast<std::uint32_t>(m_at); }
    void ascii(unsigned char b) { m_buffer[m_at++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b); }
    // The spelling lexicons compare: typographic apostrophes, quotation
    // marks and dashes as their ASCII forms, the ellipsis as three stops.
    void codePoint(char32_t c) {
        if (c < 0x80) {
            ascii(static_cast<unsigned char>(c));
            return;
        }
        switch (c) {
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
            m_buffer[m_at++] = '\'';
            return;
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
            m_buffer[m_at++] = '"';
            return;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
            m_buffer[m_at++] = '-';
            return;
        case 0x2026:
            for (int k = 0; k < 3; ++k)
                m_buffer[m_at++] = '.';
            return;
        default:
            break;
        }
        std::string utf8;
        appendUtf8(utf8, toLower(c));
        for (char b : utf8)
            m_buffer[m_at++] = b;
    }
    std::unique_ptr<char[]> release() { return std::move(m_buffer); }

private:
    std::unique_ptr<char[]> m_buffer;
    std::size_t m_at = 0;
};

// Where a piece's lower-case form lies in the buffer, until the views can be set.
struct PieceExtra {
    std::uint32_t lowerStart = 0;
    std::uint32_t lowerEnd = 0;
};

// Whether a word has two letters or more with case, all upper case.
bool allCaps(std::string_view utf8) {
    int cased = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const Decoded d = decodeUtf8(utf8, i);
        i += d.length;
        if (isLower(d.codePoint))
            return false;
        cased += isUpper(d.codePoint);
    }
    return cased >= 2;
}

struct LineBreakRun {
    std::size_t beforePiece = 0;  // the piece it precedes (pieces.size() at the end)
    std::int64_t start = 0;       // its first line break
    std::uint32_t byteStart = 0;
    int breaks = 0;
};

class Tokenizer {
public:
    Tokenizer(std::string_view text, std::size_t begin, std::size_t end, std::int64_t codePoint,
              std::vector<Piece>& pieces, std::vector<Token>& tokens)
        : m_text(text.substr(0, end)), m_bytes(reinterpret_cast<const unsigned char*>(text.data())), m_at(begin),
          m_codePoint(codePoint), m_pieces(pieces), m_tokens(tokens), m_lower(end - begin) {}

    void run() {
        readPieces();
        groupTokens();
    }
    // Sets the views of pieces and tokens; returns the buffer they point into.
    std::unique_ptr<char[]> setViews();
    std::int64_t endCodePoint() const { return m_codePoint; }

private:
    // The code point at byte `at` (0 past the end).
    Decoded at(std::size_t at) const { return at < m_text.size() ? decodeUtf8(m_text, at) : Decoded{0, 1}; }
    void advance(const Decoded& d) {
        m_at += d.length;
        ++m_codePoint;
    }
    void readPieces();
    void readLetters(Piece& piece, char32_t first);
    bool cliticAt(std::size_t byte) const;
    void readNumber(Piece& piece, char32_t first);
    void groupTokens();
    std::size_t wordEnd(std::size_t i) const;
    void pushParagraph(const LineBreakRun& run, std::size_t nextPiece);
    void pushToken(std::size_t first, std::size_t end, TokenKind kind, QuoteRole quote);

    bool isAlnum(std::size_t i) const {
        return i < m_pieces.size() && m_pieces[i].kind != PieceKind::Punct;
    }
    bool glued(std::size_t i) const { return i < m_pieces.size() && !m_pieces[i].spaceBefore; }
    bool punctIs(std::size_t i, char32_t c) const {
        return i < m_pieces.size() && m_pieces[i].kind == PieceKind::Punct && m_pieces[i].first == c;
    }
    bool singleLetter(std::size_t i) const {
        return i < m_pieces.size() && m_pieces[i].kind == PieceKind::Letters && m_pieces[i].end - m_pieces[i].start == 1;
    }

    std::string_view m_text;  // cut at the stretch's end
    const unsigned char* m_bytes;
    std::size_t m_at;
    std::int64_t m_codePoint;
    std::vector<Piece>& m_pieces;
    std::vector<Token>& m_tokens;
    LowerWriter m_lower;
    std::vector<PieceExtra> m_extra;
    std::vector<LineBreakRun> m_breaks;
};

void Tokenizer::readPieces() {
    bool space = true;
    int lines = 2;  // the stretch's start counts as a paragraph's
    LineBreakRun run;
    bool inRun = false;
    m_extra.reserve(m_pieces.capacity());
    while (m_at < m_text.size()) {
        const std::size_t byte = m_at;
        const std::int64_t codePoint = m_codePoint;
        const Decoded d = decodeUtf8(m_text, m_at);
        const char32_t c = d.codePoint;
        const std::uint8_t properties = detail::propertiesOf(c);
        if (properties & detail::kSpace) {
            advance(d);
            space = true;
            continue;
        }
        if (properties & detail::kLineBreak) {
            advance(d);
            if (c == U'\r' && m_at < m_text.size() && m_bytes[m_at] == '\n')
                advance({U'\n', 1});  // CR LF is one break
            if (!inRun) {
                run = LineBreakRun{m_pieces.size(), codePoint, static_cast<std::uint32_t>(byte), 0};
                inRun = true;
            }
            const int count = c == 0x2029 ? 2 : 1;
            run.breaks += count;
            lines += count;
            space = true;
            continue;
        }
        if (inRun) {
            m_breaks.push_back(run);
            inRun = false;
        }
        Piece piece;
        PieceExtra extra;
        piece.start = codePoint;
        piece.byteStart = static_cast<std::uint32_t>(byte);
        piece.spaceBefore = space;
        piece.lineBefore = lines > 0;
        piece.blankLineBefore = lines > 1;
        piece.first = c;
        extra.lowerStart = m_lower.size();
        advance(d);
        if (!space && !m_pieces.empty() && m_pieces.back().kind == PieceKind::Letters && cliticAt(byte)) {
            piece.kind = PieceKind::Letters;  // "'s" after a word
            m_lower.codePoint(c);
            m_lower.ascii(m_bytes[m_at]);
            advance({U's', 1});
        } else if (properties & detail::kLetter) {
            readLetters(piece, c);
        } else if (properties & detail::kDigit) {
            readNumber(piece, c);
        } else {
            piece.kind = PieceKind::Punct;
            m_lower.codePoint(c);
        }
        piece.end = m_codePoint;
        piece.byteEnd = static_cast<std::uint32_t>(m_at);
        extra.lowerEnd = m_lower.size();
        m_pieces.push_back(piece);
        m_extra.push_back(extra);
        space = false;
        lines = 0;
    }
    if (inRun)
        m_breaks.push_back(run);
}

// The possessive or contracted "'s" ("Russia's", "today’s", "it's") at an
// apostrophe: a piece of its own, so that grammars see "today" and names
// "Russia", while the word keeps "Russia's" whole.
bool Tokenizer::cliticAt(std::size_t byte) const {
    const Decoded apostrophe = at(byte);
    if (apostrophe.codePoint != U'\'' && apostrophe.codePoint != 0x2019)
        return false;
    const std::size_t s = byte + apostrophe.length;
    if (s >= m_text.size() || (m_bytes[s] != 's' && m_bytes[s] != 'S'))
        return false;
    return !isLetter(at(s + 1).codePoint);
}

void Tokenizer::readLetters(Piece& piece, char32_t first) {
    piece.kind = PieceKind::Letters;
    piece.capitalised = isUpper(first);
    m_lower.codePoint(first);
    while (m_at < m_text.size()) {
        const unsigned char b = m_bytes[m_at];
        if (b < 0x80) {
            // ASCII letters, the common case, without decoding.
            if (detail::kAsciiProperties[b] & detail::kLetter) {
                m_lower.ascii(b);
                ++m_at;
                ++m_codePoint;
                continue;
            }
            // "don't": an apostrophe between letters (not a clitic "'s").
            if (b == '\'' && isLetter(at(m_at + 1).codePoint) && !cliticAt(m_at)) {
                m_lower.ascii(b);
                advance({U'\'', 1});
                continue;
            }
            break;
        }
        const Decoded d = decodeUtf8(m_text, m_at);
        if (isLetter(d.codePoint)) {
            m_lower.codePoint(d.codePoint);
            advance(d);
            continue;
        }
        if (d.codePoint == 0x2019 && isLetter(at(m_at + d.length).codePoint) && !cliticAt(m_at)) {  // "don’t"
            m_lower.codePoint(d.codePoint);
            advance(d);
            continue;
        }
        break;
    }
}

void Tokenizer::readNumber(Piece& piece, char32_t first) {
    piece.kind = PieceKind::Number;
    // The digits as ASCII, for the value: from_chars rounds a decimal as
    // written ("0.3"), which adding digit by digit would not.
    std::string digits(1, static_cast<char>('0' + digitValue(first)));
    m_lower.codePoint(first);
    auto takeDigits = [&]() {
        for (Decoded d = at(m_at); m_at < m_text.size() && isDigit(d.codePoint); d = at(m_at)) {
            digits.push_back(static_cast<char>('0' + digitValue(d.codePoint)));
            m_lower.codePoint(d.codePoint);
            advance(d);
        }
    };
    takeDigits();
    // Thousands groups: exactly three digits after a comma or a grouping space.
    while (m_at < m_text.size()) {
        const Decoded sep = at(m_at);
        if (sep.codePoint != U',' && !isGroupingSpace(sep.codePoint))
            break;
        std::size_t probe = m_at + sep.length;
        int groupDigits = 0;
        for (Decoded d = at(probe); probe < m_text.size() && isDigit(d.codePoint) && groupDigits <= 3; d = at(probe)) {
            probe += d.length;
            ++groupDigits;
        }
        if (groupDigits != 3)
            break;
        m_lower.codePoint(sep.codePoint);
        advance(sep);
        takeDigits();
        piece.grouped = true;
    }
    const std::size_t integerDigits = digits.size();
    // A decimal part: a stop and digits.
    if (m_at < m_text.size() && m_bytes[m_at] == '.' && isDigit(at(m_at + 1).codePoint)) {
        m_lower.ascii('.');
        advance({U'.', 1});
        digits.push_back('.');
        takeDigits();
        piece.decimal = true;
    }
    double value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);  // ignores the process locale
    piece.value = value;
    piece.integerDigits = static_cast<std::uint8_t>(std::min<std::size_t>(integerDigits, 255));
}

// One past the last piece of the word starting at piece i (letters or a
// number): glued letters and digits ("G7", "1990s"), a hyphen between them
// ("twenty-five", "F-16"), a comma or stop between digits ("30,5"), and the
// stops of an initialism ("U.S", "a.m"; not the final one).
std::size_t Tokenizer::wordEnd(std::size_t i) const {
    std::size_t j = i + 1;
    while (j < m_pieces.size() && glued(j)) {
        const Piece& p = m_pieces[j];
        if (p.kind != PieceKind::Punct) {
            ++j;
            continue;
        }
        const bool next = isAlnum(j + 1) && glued(j + 1);
        if (isHyphen(p.first) && next) {
            j += 2;
            continue;
        }
        const Piece& before = m_pieces[j - 1];
        if ((p.first == U',' || p.first == U'.') && next && before.kind == PieceKind::Number &&
            m_pieces[j + 1].kind == PieceKind::Number) {
            j += 2;
            continue;
        }
        const bool initialSoFar = (j == i + 1 && singleLetter(i)) ||
                                  (j >= i + 3 && singleLetter(j - 1) && punctIs(j - 2, U'.'));
        if (p.first == U'.' && next && singleLetter(j + 1) && !(isAlnum(j + 2) && glued(j + 2)) && initialSoFar) {
            j += 2;
            continue;
        }
        break;
    }
    return j;
}

void Tokenizer::pushToken(std::size_t first, std::size_t end, TokenKind kind, QuoteRole quote) {
    Token t;
    const Piece& a = m_pieces[first];
    const Piece& b = m_pieces[end - 1];
    t.start = a.start;
    t.end = b.end;
    t.byteStart = a.byteStart;
    t.byteEnd = b.byteEnd;
    t.firstPiece = static_cast<std::uint32_t>(first);
    t.endPiece = static_cast<std::uint32_t>(end);
    t.first = a.first;
    t.kind = kind;
    t.quote = quote;
    t.spaceBefore = a.spaceBefore;
    if (kind == TokenKind::Word) {
        t.capitalised = a.capitalised;
        t.numeric = a.kind == PieceKind::Number;
        // Only a capitalised word can be all capitals: most are not looked at.
        t.allCaps = t.capitalised && allCaps(m_text.substr(t.byteStart, b.byteEnd - t.byteStart));
    }
    const auto index = static_cast<std::uint32_t>(m_tokens.size());
    for (std::size_t k = first; k < end; ++k)
        m_pieces[k].token = index;
    m_tokens.push_back(t);
}

void Tokenizer::pushParagraph(const LineBreakRun& run, std::size_t nextPiece) {
    Token t;
    t.kind = TokenKind::Paragraph;
    t.start = run.start;
    t.byteStart = run.byteStart;
    if (nextPiece < m_pieces.size()) {
        t.end = m_pieces[nextPiece].start;
        t.byteEnd = m_pieces[nextPiece].byteStart;
    } else {
        t.end = m_codePoint;
        t.byteEnd = static_cast<std::uint32_t>(m_text.size());
    }
    t.firstPiece = t.endPiece = static_cast<std::uint32_t>(nextPiece);
    t.first = U'\n';
    t.spaceBefore = true;
    t.blankLineBefore = run.breaks > 1;
    m_tokens.push_back(t);
}

void Tokenizer::groupTokens() {
    m_tokens.reserve(m_pieces.size() + m_breaks.size());
    std::size_t nextBreak = 0;
    std::size_t i = 0;
    while (i < m_pieces.size()) {
        while (nextBreak < m_breaks.size() && m_breaks[nextBreak].beforePiece <= i)
            pushParagraph(m_breaks[nextBreak++], i);
        const Piece& p = m_pieces[i];
        if (p.kind != PieceKind::Punct) {
            const std::size_t j = wordEnd(i);
            pushToken(i, j, TokenKind::Word, QuoteRole::None);
            i = j;
            continue;
        }
        if (p.first == U'.') {
            std::size_t j = i + 1;
            while (punctIs(j, U'.') && glued(j))
                ++j;
            pushToken(i, j, TokenKind::Punct, QuoteRole::None);
            i = j;
            continue;
        }
        // Some papers write a quotation between two apostrophes, or as
        // ``this'' (typewriter and Penn Treebank style).
        if (p.first == U'\'' && punctIs(i + 1, U'\'') && glued(i + 1)) {
            pushToken(i, i + 2, TokenKind::Quote, QuoteRole::Either);
            i += 2;
            continue;
        }
        if (p.first == U'`' && punctIs(i + 1, U'`') && glued(i + 1)) {
            pushToken(i, i + 2, TokenKind::Quote, QuoteRole::Open);
            i += 2;
            continue;
        }
        const QuoteRole role = quoteRole(p.first);
        pushToken(i, i + 1, role == QuoteRole::None ? TokenKind::Punct : TokenKind::Quote, role);
        ++i;
    }
    while (nextBreak < m_breaks.size())
        pushParagraph(m_breaks[nextBreak++], m_pieces.size());
}

std::unique_ptr<char[]> Tokenizer::setViews() {
    std::unique_ptr<char[]> buffer = m_lower.release();
    const char* lower = buffer.get();
    for (std::size_t k = 0; k < m_pieces.size(); ++k)
        m_pieces[k].lower = std::string_view(lower + m_extra[k].lowerStart, m_extra[k].lowerEnd - m_extra[k].lowerStart);
    for (Token& t : m_tokens) {
        t.text = m_text.substr(t.byteStart, t.byteEnd - t.byteStart);
        if (t.kind == TokenKind::Paragraph)
            continue;
        const std::uint32_t from = m_extra[t.firstPiece].lowerStart;
        t.lower = std::string_view(lower + from, m_extra[t.endPiece - 1].lowerEnd - from);
    }
    return buffer;
}

}  // namespace

TokenStream::TokenStream(std::string_view text, std::size_t byteBegin, std::size_t byteEnd,
                         std::int64_t codePointBegin)
    : m_document(text) {
    byteEnd = std::min(byteEnd, text.size());
    byteBegin = std::min(byteBegin, byteEnd);
    m_byteBegin = byteBegin;
    m_pieces.reserve((byteEnd - byteBegin) / 4 + 4);
    Tokenizer tokenizer(text, byteBegin, byteEnd, codePointBegin, m_pieces, m_tokens);
    tokenizer.run();
    m_lower = tokenizer.setViews();
    m_region = {codePointBegin, tokenizer.endCodePoint()};
}

std::size_t TokenStream::firstTokenAtOrAfter(std::int64_t offset) const {
    auto it = std::lower_bound(m_tokens.begin(), m_tokens.end(), offset,
                               [](const Token& t, std::int64_t o) { return t.start < o; });
    return static_cast<std::size_t>(it - m_tokens.begin());
}

std::size_t TokenStream::tokenEndAtOrBefore(std::int64_t offset) const {
    auto it = std::upper_bound(m_tokens.begin(), m_tokens.end(), offset,
                               [](std::int64_t o, const Token& t) { return o < t.end; });
    return static_cast<std::size_t>(it - m_tokens.begin());
}

std::size_t TokenStream::firstPieceAtOrAfter(std::int64_t offset) const {
    auto it = std::lower_bound(m_pieces.begin(), m_pieces.end(), offset,
                               [](const Piece& p, std::int64_t o) { return p.start < o; });
    return static_cast<std::size_t>(it - m_pieces.begin());
}

std::size_t TokenStream::pieceEndAtOrBefore(std::int64_t offset) const {
    auto it = std::upper_bound(m_pieces.begin(), m_pieces.end(), offset,
                               [](std::int64_t o, const Piece& p) { return o < p.end; });
    return static_cast<std::size_t>(it - m_pieces.begin());
}

std::size_t TokenStream::byteOf(std::int64_t offset) const {
    offset = std::clamp(offset, m_region.start, m_region.end);
    // From the last token starting at or before the offset; past its end
    // the text is whitespace, walked code point by code point.
    const std::size_t after = firstTokenAtOrAfter(offset + 1);
    std::size_t byte = m_byteBegin;
    std::int64_t cp = m_region.start;
    if (after > 0) {
        const Token& t = m_tokens[after - 1];
        const bool past = t.end <= offset;
        byte = past ? t.byteEnd : t.byteStart;
        cp = past ? t.end : t.start;
    }
    while (cp < offset && byte < m_document.size()) {
        byte += decodeUtf8(m_document, byte).length;
        ++cp;
    }
    return byte;
}

std::string_view TokenStream::slice(Span span) const {
    const std::size_t b = byteOf(span.start);
    const std::size_t e = std::max(b, byteOf(std::max(span.start, span.end)));
    return m_document.substr(b, e - b);
}

}  // namespace claimdesk::text
