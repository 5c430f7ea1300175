#pragma once

// UTF-8: the one decoder every reader of text goes through, validation,
// and the conversion between byte offsets and the code-point offsets every
// span uses.
//
// One policy for bytes that are not well-formed UTF-8, everywhere: each
// such byte (a stray continuation byte, a lead byte whose sequence is cut
// short or broken, an overlong form, an encoded surrogate, a value past
// U+10FFFF) decodes as one U+FFFD REPLACEMENT CHARACTER and counts as one
// code point; decoding goes on at the next byte. So every byte offset maps
// to exactly one code point, offsets stay monotonic, and no input can
// stall a reader. Ingest refuses text files that are not valid UTF-8 (see
// findInvalidUtf8); the policy is what keeps every other path (pasted
// phrases, HTML and PDF text, fuzzed input) well-defined.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimdesk::text {

// One decoded code point and the number of bytes (1-4) it took.
struct Decoded {
    char32_t codePoint = 0;
    std::uint8_t length = 1;
};

// Decodes the code point starting at byte `at` (< bytes.size()) under the
// policy above. ASCII takes the inline path; the rest is out of line.
Decoded decodeUtf8Multibyte(std::string_view bytes, std::size_t at);
inline Decoded decodeUtf8(std::string_view bytes, std::size_t at) {
    const auto lead = static_cast<unsigned char>(bytes[at]);
    if (lead < 0x80)
        return {lead, 1};
    return decodeUtf8Multibyte(bytes, at);
}

// Decodes the code point at byte `at` and moves `at` past it; 0 (and no
// move) at the end.
inline char32_t nextCodePoint(std::string_view bytes, std::size_t& at) {
    if (at >= bytes.size())
        return 0;
    const Decoded d = decodeUtf8(bytes, at);
    at += d.length;
    return d.codePoint;
}

// The code point that ends right before byte `end` (> 0), decoded under the
// same policy: a byte that does not end a well-formed sequence is one U+FFFD.
Decoded decodeUtf8Before(std::string_view bytes, std::size_t end);

// The byte offset of the first byte that is not well-formed UTF-8 (overlong
// forms, surrogates and code points past U+10FFFF count as malformed), or
// nullopt when the whole string is valid.
std::optional<std::size_t> findInvalidUtf8(std::string_view bytes);

// Number of code points (a malformed byte counts as one).
std::int64_t codePointCount(std::string_view utf8);

// Strips a leading UTF-8 byte-order mark, if any.
std::string_view withoutBom(std::string_view bytes);

// Decodes UTF-8 to UTF-32 (malformed bytes as U+FFFD).
std::u32string toUtf32(std::string_view utf8);
std::string toUtf8(std::u32string_view text);
void appendUtf8(std::string& out, char32_t codePoint);

// Maps byte offsets of one UTF-8 string to code-point offsets and back in
// O(log n), storing only where the text leaves ASCII. The string must
// outlive nothing: the map copies what it needs.
class OffsetMap {
public:
    explicit OffsetMap(std::string_view utf8);

    std::int64_t toCodePoint(std::size_t byteOffset) const;
    std::size_t toByte(std::int64_t codePointOffset) const;
    std::int64_t codePointCount() const { return m_codePoints; }
    std::size_t byteCount() const { return m_bytes; }

private:
    // For every multi-byte code point: its byte offset and its code-point
    // offset. Between two entries the text is one byte per code point.
    std::vector<std::size_t> m_byteAt;
    std::vector<std::int64_t> m_codePointAt;
    std::vector<std::uint8_t> m_width;
    std::int64_t m_codePoints = 0;
    std::size_t m_bytes = 0;
};

// The substring of `utf8` between two code-point offsets.
std::string sliceCodePoints(std::string_view utf8, const OffsetMap& map, std::int64_t start, std::int64_t end);

// A span quoted as a W3C TextQuoteSelector quotes it: its text, and up to
// `context` code points before and after, so it can be found again.
struct QuotedSpan {
    std::string exact, prefix, suffix;
};
inline constexpr std::int64_t kQuoteContext = 32;
QuotedSpan quoteSpan(std::string_view utf8, const OffsetMap& map, std::int64_t start, std::int64_t end,
                     std::int64_t context = kQuoteContext);

}  // namespace claimdesk::text
