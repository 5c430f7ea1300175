#include <gtest/gtest.h>

#include "core/report/excerpts.h"
#include "core/text/utf8.h"

namespace claimdesk::report {
namespace {

Mark claimMark(std::int64_t start, std::int64_t end, ClaimStatus status = ClaimStatus::Confirmed) {
    return {{start, end}, Mark::Kind::Claim, status, 0};
}

TEST(CutExcerpts, TakesTheLinesHoldingMarksAndMergesNeighbours) {
    const std::string text = "first line\nsecond line\nthird line\n";
    auto out = cutExcerpts(text, {claimMark(11, 17), claimMark(23, 28), {{12, 14}, Mark::Kind::Note, {}, 1}});
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].text, "second line");
    EXPECT_EQ(out[0].marks.size(), 2u);
    EXPECT_EQ(out[0].marks[0].span.start, 0);
    EXPECT_EQ(out[1].text, "third line");
    EXPECT_EQ(out[1].marks[0].span, (Span{0, 5}));
}

TEST(CutExcerpts, CutsLongParagraphsAtWordsAroundTheMarks) {
    std::string text;
    for (int i = 0; i < 400; ++i)
        text += "word ";
    const std::int64_t at = text::codePointCount(text);
    text += "ключ";
    for (int i = 0; i < 400; ++i)
        text += " word";
    auto out = cutExcerpts(text, {claimMark(at, at + 4)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_TRUE(out[0].cutBefore);
    EXPECT_TRUE(out[0].cutAfter);
    EXPECT_LT(text::codePointCount(out[0].text), 600);
    EXPECT_EQ(out[0].text.rfind("word", 0), 0u);
    const std::u32string cps = text::toUtf32(out[0].text);
    const Span m = out[0].marks.at(0).span;
    EXPECT_EQ(text::toUtf8(cps.substr(m.start, m.end - m.start)), "ключ");
}

TEST(CutExcerpts, DropsMarksOutsideTheText) {
    EXPECT_TRUE(cutExcerpts("short", {claimMark(3, 99)}).empty());
}

TEST(Segments, InnermostClaimColoursAndNotesKeepTheClaimsColour) {
    Excerpt e;
    e.text = "aa bb cc dd";
    e.marks = {claimMark(0, 8, ClaimStatus::Rejected), claimMark(6, 8, ClaimStatus::Confirmed),
               {{3, 5}, Mark::Kind::Note, {}, 2}};
    auto s = segments(e);
    ASSERT_EQ(s.size(), 5u);
    EXPECT_EQ(s[0].text, "aa ");
    EXPECT_EQ(s[0].claim, ClaimStatus::Rejected);
    EXPECT_FALSE(s[0].noted);
    EXPECT_EQ(s[1].text, "bb");
    EXPECT_EQ(s[1].claim, ClaimStatus::Rejected);
    EXPECT_TRUE(s[1].noted);
    EXPECT_EQ(s[1].notesAfter, std::vector<int>{2});
    EXPECT_EQ(s[2].text, " ");
    EXPECT_TRUE(s[2].notesAfter.empty());
    EXPECT_EQ(s[3].text, "cc");
    EXPECT_EQ(s[3].claim, ClaimStatus::Confirmed);
    EXPECT_EQ(s[4].text, " dd");
    EXPECT_FALSE(s[4].claim);
}

TEST(Segments, NoteOnItsOwnHasNoColour) {
    Excerpt e;
    e.text = "xyz";
    e.marks = {{{0, 3}, Mark::Kind::Note, {}, 1}};
    auto s = segments(e);
    ASSERT_EQ(s.size(), 1u);
    EXPECT_FALSE(s[0].claim);
    EXPECT_TRUE(s[0].noted);
    EXPECT_EQ(s[0].notesAfter, std::vector<int>{1});
}

}  // namespace
}  // namespace claimdesk::report
