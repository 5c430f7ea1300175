// Inputs that have stalled or broken readers of text elsewhere (a NUL byte
// once made a tokenizer emit an empty token and loop for ever): every
// token and piece covers at least one code point, offsets only grow, and
// the reading ends.

#include <gtest/gtest.h>

#include <string>

#include "core/text/annotatedtext.h"

namespace claimdesk::text {
namespace {

// Every piece and token is non-empty and they follow each other.
void expectWellFormed(const std::string& text) {
    const AnnotatedText a(text);
    std::int64_t last = 0;
    for (const Piece& p : a.pieces()) {
        EXPECT_LT(p.start, p.end);
        EXPECT_LT(p.byteStart, p.byteEnd);
        EXPECT_GE(p.start, last);
        last = p.end;
    }
    last = 0;
    for (const Token& t : a.tokens()) {
        EXPECT_LT(t.start, t.end);
        EXPECT_GE(t.start, last);
        last = t.end;
    }
    EXPECT_LE(last, codePointCount(text));
    for (std::size_t i = 0; i < a.sentences().size(); ++i)
        EXPECT_LT(a.sentences()[i].begin, a.sentences()[i].end);
    for (std::size_t i = 0; i < a.clauses().size(); ++i)
        EXPECT_LT(a.clauses()[i].begin, a.clauses()[i].end);
}

TEST(Robustness, NulBytes) {
    expectWellFormed(std::string("a\0b \0\0 said\0.", 13));
    expectWellFormed(std::string(1000, '\0'));
    const TokenStream s(std::string("x\0y", 3));
    EXPECT_EQ(s.pieces().size(), 3u);  // a NUL is a mark of its own
}

TEST(Robustness, MalformedUtf8ReadsAsReplacementCharacters) {
    // Lone surrogates encoded (CESU), overlong forms, stray continuation
    // bytes, truncated sequences, bytes that never occur.
    const std::string bad = "a\xED\xA0\x80z \xC0\xAF \x80\x80 \xE2\x80 \xF0\x9F\x99 \xFF\xFE end\xE2";
    expectWellFormed(bad);
    const TokenStream s(bad);
    // "a", U+FFFD x3, "z": each malformed byte one code point.
    EXPECT_EQ(s.text(s.pieces()[0]), "a");
    EXPECT_EQ(s.pieces()[1].first, 0xFFFDu);
    EXPECT_EQ(s.pieces()[1].end - s.pieces()[1].start, 1);
    EXPECT_EQ(s.text(s.pieces()[4]), "z");
    EXPECT_EQ(s.pieces()[4].start, 4);
    EXPECT_EQ(s.region().end, codePointCount(bad));
}

TEST(Robustness, AFiveThousandDigitNumberIsOnePiece) {
    const std::string digits(5000, '7');
    expectWellFormed(digits + " troops");
    const TokenStream s(digits + " troops");
    ASSERT_EQ(s.pieces().size(), 2u);
    EXPECT_EQ(s.pieces()[0].integerDigits, 255);  // saturates
    EXPECT_EQ(s.pieces()[0].end, 5000);
}

TEST(Robustness, MarksAndSpacesOnly) {
    expectWellFormed("\"\"\"''''\xE2\x80\x9C\xE2\x80\x9C\xE2\x80\x9D(((");
    expectWellFormed("   \n\n\t \xC2\xA0\xE2\x80\x8B  ");
    expectWellFormed("");
    expectWellFormed("...........!!!???");
}

TEST(Robustness, ATwentyMegabyteSingleLineIsReadInOnePass) {
    // A quadratic reader would not finish here; a linear one reads it once.
    std::string line;
    const std::string unit = "word, \"quoted\" 12,000 U.S. mid-May\xE2\x80\x94 ";
    line.reserve(20u << 20);
    while (line.size() < (20u << 20))
        line += unit;
    const AnnotatedText a(line);
    EXPECT_GT(a.tokens().size(), line.size() / 8);
    EXPECT_EQ(a.tokens().back().end, codePointCount(line) - 1);  // the last space
    EXPECT_GE(a.sentences().size(), 1u);
}

}  // namespace
}  // namespace claimdesk::text
