#include "core/extract/quantity/quantitytokens.h"

#include <charconv>

namespace claimdesk::extract::quantity {
namespace {

// Decodes the code point at `pos` (valid UTF-8 is a precondition of every
// document) and its byte length.
char32_t decodeAt(std::string_view text, std::size_t pos, std::size_t& length) {
    const auto b0 = static_cast<unsigned char>(text[pos]);
    if (b0 < 0x80 || pos + 1 >= text.size()) {
        length = 1;
        return b0;
    }
    auto cont = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(text[pos + i]) & 0x3F); };
    if (b0 < 0xE0) {
        length = 2;
        return (static_cast<char32_t>(b0 & 0x1F) << 6) | cont(1);
    }
    if (b0 < 0xF0 && pos + 2 < text.size()) {
        length = 3;
        return (static_cast<char32_t>(b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2);
    }
    if (pos + 3 < text.size()) {
        length = 4;
        return (static_cast<char32_t>(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
    }
    length = 1;
    return b0;
}

bool isSpace(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// Spaces that may group thousands ("12 000"); an ordinary space may not,
// since "in 2024 300 soldiers" must stay two numbers.
bool isGroupingSpace(char32_t c) { return c == 0xA0 || c == 0x2009 || c == 0x202F; }

bool isDigit(char32_t c) { return c >= '0' && c <= '9'; }

bool isLetter(char32_t c) {
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c < 0xC0 || c == 0xD7 || c == 0xF7)
        return false;
    // General punctuation, currency signs, letterlike symbols, arrows,
    // maths, CJK punctuation and fullwidth forms are marks, not letters.
    if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE6F) ||
        (c >= 0xFF00 && c <= 0xFF20))
        return false;
    return true;
}

bool isApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

std::size_t digitsAt(std::string_view text, std::size_t pos) {
    std::size_t n = 0;
    while (pos + n < text.size() && isDigit(static_cast<unsigned char>(text[pos + n])))
        ++n;
    return n;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end) {
    std::vector<Token> tokens;
    if (end > text.size())
        end = text.size();
    text = text.substr(0, end);   // nothing, not even a digit run, reads past the region
    if (end > begin)
        tokens.reserve((end - begin) / 5 + 1);   // about one token per five bytes of English
    bool space = true;
    std::size_t pos = begin;
    while (pos < end) {
        std::size_t length = 1;
        const char32_t c = decodeAt(text, pos, length);
        if (isSpace(c)) {
            space = true;
            pos += length;
            continue;
        }
        Token token;
        token.begin = pos;
        token.spaceBefore = space;
        space = false;
        if (isDigit(c)) {
            token.kind = TokenKind::Number;
            std::string digits;
            std::size_t p = pos;
            std::size_t n = digitsAt(text, p);
            digits.append(text.substr(p, n));
            token.integerDigits = static_cast<int>(n);
            p += n;
            // Thousands groups: exactly three digits after the separator.
            while (p < end) {
                std::size_t sepLength = 1;
                const char32_t sep = decodeAt(text, p, sepLength);
                if (sep != ',' && !isGroupingSpace(sep))
                    break;
                const std::size_t g = p + sepLength;
                if (g + 3 > end || digitsAt(text, g) != 3)
                    break;
                digits.append(text.substr(g, 3));
                token.integerDigits += 3;
                token.grouped = true;
                p = g + 3;
            }
            if (p + 1 < end && text[p] == '.' && isDigit(static_cast<unsigned char>(text[p + 1]))) {
                const std::size_t f = digitsAt(text, p + 1);
                digits.push_back('.');
                digits.append(text.substr(p + 1, f));
                token.decimal = true;
                p += 1 + f;
            }
            // from_chars ignores the process locale (a UI may set one with a decimal comma).
            std::from_chars(digits.data(), digits.data() + digits.size(), token.number);
            token.end = p;
            token.lower = std::string(text.substr(pos, p - pos));
        } else if (isLetter(c)) {
            token.kind = TokenKind::Word;
            token.capitalized = c >= 'A' && c <= 'Z';
            std::size_t p = pos;
            while (p < end) {
                std::size_t l = 1;
                const char32_t d = decodeAt(text, p, l);
                if (isLetter(d)) {
                    p += l;
                    continue;
                }
                if (isApostrophe(d) && p + l < end) {
                    std::size_t l2 = 1;
                    if (isLetter(decodeAt(text, p + l, l2))) {
                        p += l;
                        continue;
                    }
                }
                break;
            }
            token.end = p;
            token.lower.reserve(p - pos);
            for (std::size_t i = pos; i < p; ++i) {
                char ch = text[i];
                if (ch >= 'A' && ch <= 'Z')
                    ch = static_cast<char>(ch - 'A' + 'a');
                // One spelling for the typographic apostrophe ("Russia’s").
                if (ch == '\xE2' && i + 2 < p && text[i + 1] == '\x80' && text[i + 2] == '\x99') {
                    ch = '\'';
                    i += 2;
                }
                token.lower.push_back(ch);
            }
        } else {
            token.kind = TokenKind::Punct;
            token.end = pos + length;
            token.lower = std::string(text.substr(pos, length));
        }
        pos = token.end;
        tokens.push_back(std::move(token));
    }
    return tokens;
}

}  // namespace claimdesk::extract::quantity
