#include "core/ingest/layout/words.h"

#include <unicode/uchar.h>

namespace claimdesk::ingest::layout {

char32_t decodeAt(std::string_view text, std::size_t& pos) {
    const auto b0 = static_cast<unsigned char>(text[pos]);
    if (b0 < 0x80) {
        ++pos;
        return b0;
    }
    int len = 1;
    char32_t cp = b0;
    if (b0 >= 0xF0 && b0 < 0xF5) {
        len = 4;
        cp = b0 & 0x07;
    } else if (b0 >= 0xE0) {
        len = 3;
        cp = b0 & 0x0F;
    } else if (b0 >= 0xC2 && b0 < 0xE0) {
        len = 2;
        cp = b0 & 0x1F;
    } else if (b0 >= 0x80) {
        ++pos;
        return 0xFFFD;
    }
    if (pos + static_cast<std::size_t>(len) > text.size()) {
        ++pos;
        return 0xFFFD;
    }
    for (int i = 1; i < len; ++i) {
        const auto b = static_cast<unsigned char>(text[pos + static_cast<std::size_t>(i)]);
        if ((b & 0xC0) != 0x80) {
            ++pos;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    pos += static_cast<std::size_t>(len);
    return cp;
}

char32_t decodeBefore(std::string_view text, std::size_t end, std::size_t& start) {
    start = end;
    if (end == 0)
        return 0;
    if (static_cast<unsigned char>(text[end - 1]) < 0x80) {
        start = end - 1;
        return static_cast<unsigned char>(text[end - 1]);
    }
    std::size_t s = end - 1;
    int steps = 0;
    while (s > 0 && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80 && steps < 3) {
        --s;
        ++steps;
    }
    std::size_t p = s;
    const char32_t c = decodeAt(text, p);
    if (p != end) {  // malformed: treat the last byte alone
        start = end - 1;
        return 0xFFFD;
    }
    start = s;
    return c;
}

bool isUpper(char32_t c) {
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

bool isLower(char32_t c) {
    if (c < 0x80)
        return c >= 'a' && c <= 'z';
    return u_islower(static_cast<UChar32>(c));
}

bool isLetter(char32_t c) {
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return u_isalpha(static_cast<UChar32>(c));
}

bool isCaseless(char32_t c) {
    return c >= 0x80 && isLetter(c) && !isUpper(c) && !isLower(c);
}

bool isSpace(char32_t c) {
    if (c < 0x80)
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    return c == 0xA0 || c == 0x2007 || c == 0x202F || u_isUWhiteSpace(static_cast<UChar32>(c)) ||
           c == 0xFEFF || c == 0x200B;
}

bool isWrapPunct(char32_t c) {
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

namespace {

bool asciiSpace(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool asciiWrapPunct(unsigned char c) {
    switch (c) {
    case '"': case '\'': case '(': case ')': case '[': case ']': case '{': case '}': case '<': case '>':
    case ',': case ';': case ':': case '.': case '!': case '?': case '*': case '-': case '|': case '/':
        return true;
    default:
        return false;
    }
}

}  // namespace

std::vector<Word> splitWords(std::string_view text) {
    std::vector<Word> words;
    words.reserve(text.size() / 6 + 1);
    std::size_t pos = 0;
    const std::size_t n = text.size();
    while (pos < n) {
        // Skip spaces (ASCII quickly).
        const auto b = static_cast<unsigned char>(text[pos]);
        if (b < 0x80) {
            if (asciiSpace(b)) {
                ++pos;
                continue;
            }
        } else {
            std::size_t next = pos;
            if (isSpace(decodeAt(text, next))) {
                pos = next;
                continue;
            }
        }
        const std::size_t runStart = pos;
        while (pos < n) {
            const auto c = static_cast<unsigned char>(text[pos]);
            if (c < 0x80) {
                if (asciiSpace(c))
                    break;
                ++pos;
                continue;
            }
            std::size_t next = pos;
            if (isSpace(decodeAt(text, next)))
                break;
            pos = next;
        }
        const std::size_t runEnd = pos;
        // Trim wrapping punctuation on both sides.
        std::size_t wb = runStart;
        while (wb < runEnd) {
            const auto c = static_cast<unsigned char>(text[wb]);
            if (c < 0x80) {
                if (!asciiWrapPunct(c))
                    break;
                ++wb;
                continue;
            }
            std::size_t next = wb;
            if (!isWrapPunct(decodeAt(text, next)))
                break;
            wb = next;
        }
        std::size_t we = runEnd;
        while (we > wb) {
            const auto c = static_cast<unsigned char>(text[we - 1]);
            if (c < 0x80) {
                if (!asciiWrapPunct(c))
                    break;
                --we;
                continue;
            }
            std::size_t start;
            if (!isWrapPunct(decodeBefore(text, we, start)))
                break;
            we = start;
        }
        if (we > wb)
            words.push_back({wb, we});
    }
    return words;
}

std::string normalizeLine(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    bool space = false;
    while (pos < text.size()) {
        const std::size_t start = pos;
        char32_t c = decodeAt(text, pos);
        if (isSpace(c)) {
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
        if (c < 0x80) {
            out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
        } else {
            out.append(text.substr(start, pos - start));
        }
    }
    return out;
}

std::string_view trim(std::string_view text) {
    std::size_t b = 0;
    std::size_t e = text.size();
    while (b < e) {
        std::size_t n = b;
        if (!isSpace(decodeAt(text, n)))
            break;
        b = n;
    }
    while (e > b) {
        std::size_t s;
        if (!isSpace(decodeBefore(text, e, s)))
            break;
        e = s;
    }
    return text.substr(b, e - b);
}

}  // namespace claimdesk::ingest::layout
