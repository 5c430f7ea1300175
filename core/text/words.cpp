#include "core/text/words.h"

#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace claimdesk::text {

bool isWrappingPunctuation(char32_t c) {
    switch (c) {
    case '"': case '\'': case '(': case ')': case '[': case ']': case '{': case '}': case '<': case '>':
    case ',': case ';': case ':': case '.': case '!': case '?': case '*': case '-': case '|': case '/':
    case 0x2018: case 0x2019: case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
    case 0x2039: case 0x203A: case 0x2013: case 0x2014: case 0x2026: case 0x2022: case 0x00B7:
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF0C:
        return true;
    default:
        return false;
    }
}

std::vector<SpacedWord> spacedWords(const TokenStream& stream, std::size_t firstToken, std::size_t endToken) {
    const auto& tokens = stream.tokens();
    auto wraps = [&](const Token& t) {
        return (t.kind == TokenKind::Punct || t.kind == TokenKind::Quote) && isWrappingPunctuation(t.first);
    };
    std::vector<SpacedWord> words;
    std::size_t i = firstToken;
    while (i < endToken) {
        if (tokens[i].kind == TokenKind::Paragraph) {
            ++i;
            continue;
        }
        // A run of tokens without space between them.
        std::size_t j = i + 1;
        while (j < endToken && !tokens[j].spaceBefore)
            ++j;
        std::size_t b = i;
        std::size_t e = j;
        while (b < e && wraps(tokens[b]))
            ++b;
        while (e > b && wraps(tokens[e - 1]))
            --e;
        if (e > b)
            words.push_back({tokens[b].byteStart, tokens[e - 1].byteEnd});
        i = j;
    }
    return words;
}

std::vector<SpacedWord> spacedWords(std::string_view text) {
    const TokenStream stream(text);
    return spacedWords(stream, 0, stream.tokens().size());
}

std::string_view trimWhitespace(std::string_view text) {
    std::size_t b = 0;
    std::size_t e = text.size();
    while (b < e) {
        const Decoded d = decodeUtf8(text, b);
        if (!isWhitespace(d.codePoint))
            break;
        b += d.length;
    }
    while (e > b) {
        const Decoded d = decodeUtf8Before(text, e);
        if (!isWhitespace(d.codePoint))
            break;
        e -= d.length;
    }
    return text.substr(b, e - b);
}

std::string normalizeForMatching(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const Decoded d = decodeUtf8(text, pos);
        pos += d.length;
        char32_t c = d.codePoint;
        if (isWhitespace(c)) {
            space = !out.empty();
            continue;
        }
        if (space) {
            out.push_back(' ');
            space = false;
        }
        if (c == 0x2018 || c == 0x2019 || c == 0x02BC)
            c = '\'';
        else if (c == 0x201C || c == 0x201D || c == 0x201E)
            c = '"';
        else if (c == 0x2013 || c == 0x2014)
            c = '-';
        if (c < 0x80)
            out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
        else
            out.append(text.substr(start, pos - start));
    }
    return out;
}

}  // namespace claimdesk::text
