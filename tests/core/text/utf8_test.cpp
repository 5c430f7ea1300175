#include <gtest/gtest.h>

#include "core/text/utf8.h"

namespace claimdesk::text {
namespace {

TEST(Utf8, FindsTheFirstMalformedByte) {
    EXPECT_FALSE(findInvalidUtf8("plain ASCII").has_value());
    EXPECT_FALSE(findInvalidUtf8("Зеленський “quoted” 🙂").has_value());
    EXPECT_EQ(findInvalidUtf8("ab\xC3").value(), 2u);          // truncated sequence
    EXPECT_EQ(findInvalidUtf8("ab\xC0\xAF").value(), 2u);      // overlong
    EXPECT_EQ(findInvalidUtf8("\xED\xA0\x80").value(), 0u);    // surrogate
    EXPECT_EQ(findInvalidUtf8("x\xF4\x90\x80\x80").value(), 1u);  // past U+10FFFF
}

TEST(Utf8, CountsCodePointsNotBytes) {
    EXPECT_EQ(codePointCount("abc"), 3);
    EXPECT_EQ(codePointCount("Зе"), 2);
    EXPECT_EQ(codePointCount("🙂x"), 2);
}

TEST(OffsetMap, ConvertsBothWaysAroundMultiByteCharacters) {
    const std::string s = "a’b Зе🙂z";  // ’ is 3 bytes, З/е 2 bytes, 🙂 4 bytes
    const OffsetMap map(s);
    EXPECT_EQ(map.codePointCount(), 8);
    EXPECT_EQ(map.toByte(0), 0u);
    EXPECT_EQ(map.toByte(1), 1u);   // ’
    EXPECT_EQ(map.toByte(2), 4u);   // b
    EXPECT_EQ(map.toByte(4), 6u);   // З
    EXPECT_EQ(map.toByte(6), 10u);  // 🙂
    EXPECT_EQ(map.toByte(7), 14u);  // z
    EXPECT_EQ(map.toByte(8), s.size());
    for (std::int64_t cp = 0; cp <= map.codePointCount(); ++cp)
        EXPECT_EQ(map.toCodePoint(map.toByte(cp)), cp);
    EXPECT_EQ(sliceCodePoints(s, map, 4, 7), "Зе🙂");
}

TEST(OffsetMap, IsTheIdentityOnAscii) {
    const OffsetMap map("hello world");
    EXPECT_EQ(map.toCodePoint(5), 5);
    EXPECT_EQ(map.toByte(11), 11u);
}

TEST(Utf8, RoundTripsThroughUtf32) {
    const std::string s = "Zelenskyy — Зеленський „quote“ 🙂";
    EXPECT_EQ(toUtf8(toUtf32(s)), s);
    EXPECT_EQ(toUtf32(s).size(), static_cast<std::size_t>(codePointCount(s)));
}

}  // namespace
}  // namespace claimdesk::text
