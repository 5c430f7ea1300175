// Code points (the engine's offsets) against UTF-16 units (Qt's).
#include <gtest/gtest.h>

#include <vector>

#include <QList>

#include "ui/models/utf16map.h"

namespace claimdesk::ui {
namespace {

struct Case {
    const char* name;
    QString text;
    std::vector<std::pair<std::int64_t, int>> codePointToUtf16;
};

class Utf16MapTest : public ::testing::TestWithParam<Case> {};

TEST_P(Utf16MapTest, ConvertsBothWays) {
    const Case& c = GetParam();
    const Utf16Map map(c.text);
    EXPECT_EQ(map.codePointCount(), static_cast<std::int64_t>(c.text.toUcs4().size()));
    for (const auto& [cp, unit] : c.codePointToUtf16) {
        EXPECT_EQ(map.toUtf16(cp), unit) << "code point " << cp;
        EXPECT_EQ(map.toCodePoint(unit), cp) << "unit " << unit;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Texts, Utf16MapTest,
    ::testing::Values(
        Case{"Empty", QString(), {{0, 0}}},
        Case{"Ascii", QStringLiteral("said"), {{0, 0}, {2, 2}, {4, 4}}},
        // Accents and Cyrillic are one unit each, like ASCII.
        Case{"Bmp", QString::fromUtf8("Zélensky Київ"), {{1, 1}, {2, 2}, {9, 9}, {13, 13}}},
        // U+1F309 BRIDGE AT NIGHT takes two units.
        Case{"OneEmoji", QString::fromUtf8("a\xF0\x9F\x8C\x89" "b"), {{0, 0}, {1, 1}, {2, 3}, {3, 4}}},
        Case{"LeadingEmoji", QString::fromUtf8("\xF0\x9F\x98\x80x"), {{0, 0}, {1, 2}, {2, 3}}},
        // Two astral characters in a row, then a mathematical letter later.
        Case{"SeveralPairs",
             QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x98\x81 ok \xF0\x9D\x94\xB8!"),
             {{1, 2}, {2, 4}, {3, 5}, {6, 8}, {7, 10}, {8, 11}}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Utf16Map, AnIndexInsideASurrogatePairMeansThatCharacter) {
    const Utf16Map map(QString::fromUtf8("a\xF0\x9F\x8C\x89" "b"));
    EXPECT_EQ(map.toCodePoint(2), 1);
}

TEST(Utf16Map, OffsetsOutsideTheTextClampToItsEnds) {
    const Utf16Map map(QString::fromUtf8("\xF0\x9F\x8C\x89z"));
    EXPECT_EQ(map.toUtf16(-3), 0);
    EXPECT_EQ(map.toUtf16(99), 3);
    EXPECT_EQ(map.toCodePoint(-1), 0);
    EXPECT_EQ(map.toCodePoint(99), 2);
}

TEST(Utf16Map, RoundTripsEveryOffsetOfAMixedText) {
    QString text;
    for (int i = 0; i < 200; ++i)
        text += (i % 7 == 0) ? QString::fromUtf8("\xF0\x9F\x93\xB0") : (i % 5 == 0 ? QString::fromUtf8("é") : QStringLiteral("x"));
    const Utf16Map map(text);
    const auto ucs4 = text.toUcs4();
    int unit = 0;
    for (std::int64_t cp = 0; cp <= map.codePointCount(); ++cp) {
        ASSERT_EQ(map.toUtf16(cp), unit) << cp;
        ASSERT_EQ(map.toCodePoint(unit), cp) << unit;
        if (cp < static_cast<std::int64_t>(ucs4.size()))
            unit += QChar::requiresSurrogates(ucs4[cp]) ? 2 : 1;
    }
}

}  // namespace
}  // namespace claimdesk::ui
