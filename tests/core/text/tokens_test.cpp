// The one tokenizer: tokens (words as a reader sees them) and their pieces.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/text/tokens.h"

namespace claimdesk::text {
namespace {

std::vector<std::string> tokenTexts(const std::string& utf8) {
    const TokenStream s(utf8);
    std::vector<std::string> out;
    for (const Token& t : s.tokens())
        out.push_back(t.kind == TokenKind::Paragraph ? "<p>" : std::string(t.text));
    return out;
}

std::vector<std::string> pieceTexts(const std::string& utf8) {
    const TokenStream s(utf8);
    std::vector<std::string> out;
    for (const Piece& p : s.pieces())
        out.push_back(std::string(s.text(p)));
    return out;
}

TEST(Tokens, WordsKeepTheirInnerJoiners) {
    EXPECT_EQ(tokenTexts("don't twenty-five F-16 U.S. a.m. 4,000 2.5 G7 1990s Russia\xE2\x80\x99s"),
              (std::vector<std::string>{"don't", "twenty-five", "F-16", "U.S", ".", "a.m", ".", "4,000", "2.5", "G7",
                                        "1990s", "Russia\xE2\x80\x99s"}));
}

TEST(Tokens, PunctuationQuotesAndParagraphs) {
    EXPECT_EQ(tokenTexts("Wait... \"Yes,\" he said.\n\nNext ''line''"),
              (std::vector<std::string>{"Wait", "...", "\"", "Yes", ",", "\"", "he", "said", ".", "<p>", "Next", "''",
                                        "line", "''"}));
    const TokenStream s("a \xE2\x80\x9C" "b\xE2\x80\x9D");
    EXPECT_EQ(s.tokens()[1].kind, TokenKind::Quote);
    EXPECT_EQ(s.tokens()[1].quote, QuoteRole::Open);
    EXPECT_EQ(s.tokens()[3].quote, QuoteRole::Close);
}

TEST(Tokens, PiecesSplitWordsWhereGrammarsLook) {
    EXPECT_EQ(pieceTexts("mid-January 1990s 8:54 a.m. don't today's Russia\xE2\x80\x99s officials' 's"),
              (std::vector<std::string>{"mid", "-", "January", "1990", "s", "8", ":", "54", "a", ".", "m", ".", "don't",
                                        "today", "'s", "Russia", "\xE2\x80\x99s", "officials", "'", "'", "s"}));
}

TEST(Tokens, NumbersWithSeparatorsAreOnePiece) {
    const TokenStream s("12,000 troops, 12\xC2\xA0" "000 more, 2.5 km, 1,2 and 2024, 300 soldiers");
    std::vector<std::string> numbers;
    std::vector<double> values;
    for (const Piece& p : s.pieces())
        if (p.kind == PieceKind::Number) {
            numbers.push_back(std::string(s.text(p)));
            values.push_back(p.value);
        }
    EXPECT_EQ(numbers, (std::vector<std::string>{"12,000", "12\xC2\xA0" "000", "2.5", "1", "2", "2024", "300"}));
    EXPECT_EQ(values, (std::vector<double>{12000, 12000, 2.5, 1, 2, 2024, 300}));
    EXPECT_TRUE(s.pieces()[0].grouped);
    EXPECT_EQ(s.pieces()[0].integerDigits, 5);
}

TEST(Tokens, OffsetsAreCodePointsAndBytes) {
    const std::string text = "\xD0\x97\xD0\xB5 said \xE2\x80\x9Cno\xE2\x80\x9D";  // Зе said “no”
    const TokenStream s(text);
    ASSERT_EQ(s.tokens().size(), 5u);
    EXPECT_EQ(s.tokens()[0].start, 0);
    EXPECT_EQ(s.tokens()[0].end, 2);
    EXPECT_EQ(s.tokens()[0].byteEnd, 4u);
    EXPECT_EQ(s.tokens()[1].start, 3);
    EXPECT_EQ(s.tokens()[3].start, 9);
    EXPECT_EQ(s.tokens()[3].lower, "no");
    EXPECT_EQ(s.slice({3, 7}), "said");
    EXPECT_EQ(s.slice({0, 12}), text);
}

TEST(Tokens, ARegionKeepsDocumentOffsets) {
    const std::string text = "Header line\n\nBody \xE2\x80\x94 text.";
    const TokenStream s(text, 13, text.size(), 13);
    ASSERT_FALSE(s.tokens().empty());
    EXPECT_EQ(s.tokens()[0].text, "Body");
    EXPECT_EQ(s.tokens()[0].start, 13);
    EXPECT_EQ(s.tokens()[1].start, 18);  // the em dash
    EXPECT_EQ(s.tokens()[2].start, 20);
    EXPECT_EQ(s.region(), (Span{13, 25}));
}

TEST(Tokens, LowerFormsFoldTypography) {
    const TokenStream s("Kyiv\xE2\x80\x99s \xC3\x89LAN \xE2\x80\x9C \xE2\x80\x94 \xE2\x80\xA6");
    std::vector<std::string> lower;
    for (const Token& t : s.tokens())
        lower.push_back(std::string(t.lower));
    EXPECT_EQ(lower, (std::vector<std::string>{"kyiv's", "\xC3\xA9lan", "\"", "-", "..."}));
    EXPECT_TRUE(s.tokens()[1].allCaps);
    EXPECT_TRUE(s.tokens()[0].capitalised);
}

TEST(Tokens, SpacesAndLineBreaksAreRecorded) {
    const TokenStream s("a b\nc\n\nd");
    const auto& p = s.pieces();
    ASSERT_EQ(p.size(), 4u);
    EXPECT_TRUE(p[0].spaceBefore && p[0].lineBefore && p[0].blankLineBefore);  // the start
    EXPECT_TRUE(p[1].spaceBefore && !p[1].lineBefore);
    EXPECT_TRUE(p[2].lineBefore && !p[2].blankLineBefore);
    EXPECT_TRUE(p[3].blankLineBefore);
    std::vector<bool> blank;
    for (const Token& t : s.tokens())
        if (t.kind == TokenKind::Paragraph)
            blank.push_back(t.blankLineBefore);
    EXPECT_EQ(blank, (std::vector<bool>{false, true}));
}

TEST(Tokens, EachPieceKnowsItsToken) {
    const TokenStream s("well-known 4,000.");
    for (std::size_t t = 0; t < s.tokens().size(); ++t)
        for (std::uint32_t p = s.tokens()[t].firstPiece; p < s.tokens()[t].endPiece; ++p)
            EXPECT_EQ(s.pieces()[p].token, t);
    EXPECT_EQ(s.tokens()[0].endPiece - s.tokens()[0].firstPiece, 3u);
}

}  // namespace
}  // namespace claimdesk::text
