#include "core/extract/timex/timextokens.h"

namespace claimdesk::extract::timex {
namespace {

// Decodes the code point at `i` (valid UTF-8 assumed; a stray byte reads
// as itself) and sets `length`.
char32_t decodeAt(std::string_view s, std::size_t i, std::size_t& length) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        length = 1;
        return b;
    }
    std::size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (i + n > s.size())
        n = 1;
    if (n == 1) {
        length = 1;
        return b;
    }
    char32_t cp = b & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    length = n;
    return cp;
}

bool isSpace(char32_t c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == 0xA0 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// Non-ASCII punctuation worth telling apart; everything else non-ASCII
// counts as a letter (accented names, other scripts).
char foldPunct(char32_t c) {
    switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x2032: return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return '-';
    case 0x2026: return '.';
    default: return 0;
    }
}

bool isAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end) {
    std::vector<Token> tokens;
    tokens.reserve((end - begin) / 5 + 4);
    bool space = true;
    int newlines = 2;  // the region's start counts as a paragraph start
    std::size_t i = begin;
    while (i < end) {
        std::size_t length = 1;
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == ' ') {  // the common case, before any decoding
            space = true;
            ++i;
            continue;
        }
        const char32_t c = byte < 0x80 ? byte : decodeAt(text, i, length);
        // A NUL separates like a space: as a word it would end where it
        // starts, and a token that takes no bytes never lets the loop on.
        if (isSpace(c) || c == 0) {
            space = true;
            if (c == '\n')
                ++newlines;
            i += length;
            continue;
        }
        Token token;
        token.begin = i;
        token.spaceBefore = space;
        token.lineBefore = newlines > 0;
        token.paragraphBefore = newlines > 1;
        space = false;
        newlines = 0;
        if (c >= '0' && c <= '9') {
            std::size_t j = i;
            while (j < end && text[j] >= '0' && text[j] <= '9')
                ++j;
            token.kind = TokenKind::Number;
            token.lower.assign(text.substr(i, j - i));
            token.end = j;
        } else if (const char folded = c < 0x80 ? (isAsciiLetter(c) ? 0 : static_cast<char>(c)) : foldPunct(c)) {
            token.kind = TokenKind::Punct;
            token.lower.assign(1, folded);
            token.end = i + length;
        } else {
            token.kind = TokenKind::Word;
            token.capitalised = c >= 'A' && c <= 'Z';
            // Letters run on; the bytes are copied once (a word is one UTF-8
            // slice) and only ASCII capitals change when lowercased.
            std::size_t j = i;
            while (j < end) {
                const auto ascii = static_cast<unsigned char>(text[j]);
                if ((ascii | 0x20) >= 'a' && (ascii | 0x20) <= 'z') {
                    ++j;
                    continue;
                }
                if (ascii < 0x80)
                    break;
                std::size_t n = 1;
                const char32_t d = decodeAt(text, j, n);
                if (isSpace(d) || foldPunct(d))
                    break;
                j += n;
            }
            token.lower.assign(text.substr(i, j - i));
            for (char& ch : token.lower)
                if (ch >= 'A' && ch <= 'Z')
                    ch = static_cast<char>(ch - 'A' + 'a');
            token.end = j;
        }
        i = token.end;
        tokens.push_back(std::move(token));
    }
    return tokens;
}

}  // namespace claimdesk::extract::timex
