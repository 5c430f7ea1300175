#include "core/text/utf8.h"

#include <algorithm>

namespace claimdesk::text {
namespace {

// Length of the sequence a lead byte starts, 0 for an invalid lead byte.
int sequenceLength(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

}  // namespace

std::optional<std::size_t> findInvalidUtf8(std::string_view bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        const int len = sequenceLength(p[i]);
        if (len == 0 || i + len > n)
            return i;
        for (int k = 1; k < len; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        // Exclude overlong 3/4-byte forms, surrogates and values past U+10FFFF.
        if (len == 3) {
            if (p[i] == 0xE0 && p[i + 1] < 0xA0) return i;
            if (p[i] == 0xED && p[i + 1] > 0x9F) return i;
        } else if (len == 4) {
            if (p[i] == 0xF0 && p[i + 1] < 0x90) return i;
            if (p[i] == 0xF4 && p[i + 1] > 0x8F) return i;
        }
        i += len;
    }
    return std::nullopt;
}

std::int64_t codePointCount(std::string_view utf8) {
    std::int64_t count = 0;
    for (char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++count;
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
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t n = utf8.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = p[i];
        char32_t cp;
        int len = sequenceLength(c);
        if (len <= 1 || i + len > n) {
            cp = len == 1 ? c : U'\uFFFD';
            len = 1;
        } else if (len == 2) {
            cp = ((c & 0x1F) << 6) | (p[i + 1] & 0x3F);
        } else if (len == 3) {
            cp = ((c & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
        } else {
            cp = ((c & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F);
        }
        out.push_back(cp);
        i += len;
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
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    std::int64_t cp = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        int len = sequenceLength(p[i]);
        if (len == 0 || i + len > utf8.size())
            len = 1;
        if (len > 1) {
            m_byteAt.push_back(i);
            m_codePointAt.push_back(cp);
            m_width.push_back(static_cast<std::uint8_t>(len));
        }
        i += len;
        ++cp;
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
