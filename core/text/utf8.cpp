#include "core/text/utf8.h"

#include <algorithm>

namespace claimdesk::text {
Decoded decodeUtf8Multibyte(std::string_view bytes, std::size_t at) {
    constexpr Decoded kMalformed{0xFFFD, 1};
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data()) + at;
    const std::size_t left = bytes.size() - at;
    const unsigned char lead = p[0];
    auto continuation = [&](std::size_t k) { return k < left && (p[k] & 0xC0) == 0x80; };
    if (lead >= 0xC2 && lead <= 0xDF) {
        if (!continuation(1))
            return kMalformed;
        return {static_cast<char32_t>(((lead & 0x1F) << 6) | (p[1] & 0x3F)), 2};
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (!continuation(1) || !continuation(2))
            return kMalformed;
        // Overlong forms (E0 80..9F) and surrogates (ED A0..BF) are malformed.
        if ((lead == 0xE0 && p[1] < 0xA0) || (lead == 0xED && p[1] > 0x9F))
            return kMalformed;
        return {static_cast<char32_t>(((lead & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F)), 3};
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (!continuation(1) || !continuation(2) || !continuation(3))
            return kMalformed;
        // Overlong forms (F0 80..8F) and values past U+10FFFF (F4 90..).
        if ((lead == 0xF0 && p[1] < 0x90) || (lead == 0xF4 && p[1] > 0x8F))
            return kMalformed;
        return {static_cast<char32_t>(((lead & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) |
                                      (p[3] & 0x3F)),
                4};
    }
    return kMalformed;  // a continuation byte, C0/C1 or F5..FF
}

Decoded decodeUtf8Before(std::string_view bytes, std::size_t end) {
    if (static_cast<unsigned char>(bytes[end - 1]) < 0x80)
        return {static_cast<unsigned char>(bytes[end - 1]), 1};
    // The lead byte is at most three continuation bytes back.
    std::size_t start = end - 1;
    for (int steps = 0; start > 0 && steps < 3 && (static_cast<unsigned char>(bytes[start]) & 0xC0) == 0x80; ++steps)
        --start;
    const Decoded d = decodeUtf8(bytes, start);
    if (start + d.length == end)
        return d;
    return {0xFFFD, 1};
}

std::optional<std::size_t> findInvalidUtf8(std::string_view bytes) {
    for (std::size_t i = 0; i < bytes.size();) {
        if (static_cast<unsigned char>(bytes[i]) < 0x80) {
            ++i;
            continue;
        }
        const Decoded d = decodeUtf8Multibyte(bytes, i);
        if (d.codePoint == 0xFFFD && d.length == 1)
            return i;
        i += d.length;
    }
    return std::nullopt;
}

std::int64_t codePointCount(std::string_view utf8) {
    std::int64_t count = 0;
    for (std::size_t i = 0; i < utf8.size(); ++count)
        i += decodeUtf8(utf8, i).length;
    return count;
}

std::string_view withoutBom(std::string_view bytes) {
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF")
        bytes.remove_prefix(3);
    return bytes;
}

std::u32string toUtf32(std::string_view utf8) {
    std::u32string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const Decoded d = decodeUtf8(utf8, i);
        out.push_back(d.codePoint);
        i += d.length;
    }
    return out;
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string toUtf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char32_t cp : text)
        appendUtf8(out, cp);
    return out;
}

OffsetMap::OffsetMap(std::string_view utf8) : m_bytes(utf8.size()) {
    std::int64_t cp = 0;
    for (std::size_t i = 0; i < utf8.size(); ++cp) {
        const std::size_t len = decodeUtf8(utf8, i).length;
        if (len > 1) {
            m_byteAt.push_back(i);
            m_codePointAt.push_back(cp);
            m_width.push_back(static_cast<std::uint8_t>(len));
        }
        i += len;
    }
    m_codePoints = cp;
}

std::int64_t OffsetMap::toCodePoint(std::size_t byteOffset) const {
    byteOffset = std::min(byteOffset, m_bytes);
    // The last multi-byte code point starting before byteOffset.
    auto it = std::upper_bound(m_byteAt.begin(), m_byteAt.end(), byteOffset);
    if (it == m_byteAt.begin())
        return static_cast<std::int64_t>(byteOffset);
    const std::size_t k = static_cast<std::size_t>(it - m_byteAt.begin()) - 1;
    const std::size_t end = m_byteAt[k] + m_width[k];
    if (byteOffset < end)  // inside a multi-byte sequence: its code point
        return m_codePointAt[k];
    return m_codePointAt[k] + 1 + static_cast<std::int64_t>(byteOffset - end);
}

std::size_t OffsetMap::toByte(std::int64_t codePointOffset) const {
    codePointOffset = std::clamp<std::int64_t>(codePointOffset, 0, m_codePoints);
    auto it = std::upper_bound(m_codePointAt.begin(), m_codePointAt.end(), codePointOffset);
    if (it == m_codePointAt.begin())
        return static_cast<std::size_t>(codePointOffset);
    const std::size_t k = static_cast<std::size_t>(it - m_codePointAt.begin()) - 1;
    if (m_codePointAt[k] == codePointOffset)
        return m_byteAt[k];
    return m_byteAt[k] + m_width[k] + static_cast<std::size_t>(codePointOffset - m_codePointAt[k] - 1);
}

std::string sliceCodePoints(std::string_view utf8, const OffsetMap& map, std::int64_t start, std::int64_t end) {
    const std::size_t b = map.toByte(start);
    const std::size_t e = map.toByte(std::max(start, end));
    return std::string(utf8.substr(b, e - b));
}

QuotedSpan quoteSpan(std::string_view utf8, const OffsetMap& map, std::int64_t start, std::int64_t end,
                     std::int64_t context) {
    return {sliceCodePoints(utf8, map, start, end),
            sliceCodePoints(utf8, map, std::max<std::int64_t>(0, start - context), start),
            sliceCodePoints(utf8, map, end, std::min(map.codePointCount(), end + context))};
}

}  // namespace claimdesk::text
