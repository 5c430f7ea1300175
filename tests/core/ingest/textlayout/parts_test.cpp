// The layout reader's parts: dates, bylines, line kinds, wrapped lines,
// degenerate input and speed.

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "core/ingest/layout/byline.h"
#include "core/ingest/layout/classify.h"
#include "core/ingest/layout/dates.h"
#include "core/ingest/layout/segments.h"
#include "core/ingest/layout/textlayout.h"
#include "core/text/utf8.h"
#include "testsupport.h"

namespace claimdesk::ingest {
namespace {

struct DateCase {
    const char* line;
    const char* expected;  // "" for none
};

class DateLines : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateLines, ReadsTheDateAsIso) {
    const auto found = layout::findDate(GetParam().line);
    EXPECT_EQ(found.value_or(""), GetParam().expected) << GetParam().line;
}

INSTANTIATE_TEST_SUITE_P(
    Formats, DateLines,
    ::testing::Values(DateCase{"February 3, 2025 8:54 AM", "2025-02-03"},
                      DateCase{"by Tim Smith Feb. 3, 2025 2 min read", "2025-02-03"},
                      DateCase{"3 February 2025", "2025-02-03"}, DateCase{"Posted on Monday, 21st March 2022", "2022-03-21"},
                      DateCase{"2025-02-03T08:54", ""}, DateCase{"Updated: 2025-02-03 14:02", "2025-02-03"},
                      DateCase{"03.02.2025, 10:15", "2025-02-03"}, DateCase{"Sept 30, 2016", "2016-09-30"},
                      DateCase{"February 30, 2024", ""}, DateCase{"29 February 2023", ""},
                      DateCase{"6:41 AM", ""}, DateCase{"May 2025", ""}, DateCase{"Theresa May 3 votes", ""}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

// Regression (issue 14, found by fuzz_textlayout): a date part that runs on
// in digits was converted whole and overflowed; wrapped round, the day of
// "2025-03-4294967299" read as 3.
TEST(DateLines, APartRunningOnInDigitsIsNoDate) {
    EXPECT_EQ(layout::findDate("date 2025-03-4294967299"), std::nullopt);
    EXPECT_EQ(layout::findDate("date 2025-4294967297-03"), std::nullopt);
    EXPECT_EQ(layout::findDate("date 2025-03-0" + std::string(40, '4')), std::nullopt);
    EXPECT_EQ(layout::findDate("date 2025-03-04"), "2025-03-04");
}

struct BylineCase {
    const char* line;
    std::vector<std::string> names;
};

class Bylines : public ::testing::TestWithParam<BylineCase> {};

TEST_P(Bylines, NamesThePeople) {
    EXPECT_EQ(layout::readByline(GetParam().line), GetParam().names) << GetParam().line;
}

INSTANTIATE_TEST_SUITE_P(
    Forms, Bylines,
    ::testing::Values(BylineCase{"by Tim Smith February 3, 2025 8:54 AM 2 min read", {"Tim Smith"}},
                      BylineCase{"By Jane Roe and John Doe", {"Jane Roe", "John Doe"}},
                      BylineCase{"By Ana Ruiz, Tom Becker and Lea Hahn", {"Ana Ruiz", "Tom Becker", "Lea Hahn"}},
                      BylineCase{"Author: Olena Kravets", {"Olena Kravets"}},
                      BylineCase{"By Jane Roe, Staff Writer", {"Jane Roe"}},
                      BylineCase{"By Maria de la Cruz | Madrid", {"Maria de la Cruz"}},
                      BylineCase{"Reporting by Anna de Vries; Editing by Mark Olsen", {"Anna de Vries"}},
                      BylineCase{"By contrast, the council kept its plan.", {}},
                      BylineCase{"By The Associated Press", {}}, BylineCase{"By Kyiv Independent News Desk", {}},
                      BylineCase{"By Monday, the road was open again.", {}},
                      BylineCase{"The bill was passed by Parliament", {}}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

struct KindCase {
    const char* line;
    layout::Kind kind;
};

class LineKinds : public ::testing::TestWithParam<KindCase> {};

TEST_P(LineKinds, ClassifiesALineAlone) {
    const std::string text = GetParam().line;
    const auto segments = layout::splitSegments(text);
    ASSERT_EQ(segments.size(), 1u);
    EXPECT_EQ(layout::classifySegments(text, segments)[0], GetParam().kind) << text;
}

using layout::Kind;
INSTANTIATE_TEST_SUITE_P(
    Lines, LineKinds,
    ::testing::Values(
        KindCase{"Skip to content", Kind::Furniture}, KindCase{"Most popular", Kind::End},
        KindCase{"Comments", Kind::End}, KindCase{"* indicates required", Kind::Furniture},
        KindCase{"4 min read", Kind::Furniture}, KindCase{"Share this article", Kind::Furniture},
        KindCase{"6:41 AM", Kind::DateLine}, KindCase{"March 12, 2024 6:40 PM", Kind::DateLine},
        KindCase{"By Jane Roe and John Doe", Kind::Byline},
        KindCase{"Firefighters at the scene on Monday. (AP Photo/John Doe)", Kind::Caption},
        KindCase{"Photo: Jane Roe for the Ledger", Kind::Caption},
        KindCase{"Crowds gather outside the court. Photograph: Jane Roe/Reuters", Kind::Caption},
        KindCase{"World Politics Business Culture Sport Travel", Kind::Menu},
        KindCase{"News, Europe, Energy, Gas, Norway", Kind::Menu},
        KindCase{"Details", Kind::Short}, KindCase{"What happens next", Kind::Short},
        KindCase{"The minister said on Monday that the plan would be published within a month.", Kind::Prose},
        KindCase{"Officials Say The Plan Will Be Published Within A Month.", Kind::Short}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

TEST(TextLayoutSegments, JoinsTheLinesOfAHardWrappedText) {
    std::string text;
    for (int p = 0; p < 3; ++p) {
        for (int i = 0; i < 4; ++i)
            text += "the quick brown fox jumps over the lazy dog and runs on and on again\n";
        text += "End of the paragraph.\n\n";
    }
    const auto segments = layout::splitSegments(text);
    ASSERT_EQ(segments.size(), 3u);
    for (const auto& seg : segments)
        EXPECT_TRUE(seg.in(text).ends_with("End of the paragraph."));
}

TEST(TextLayoutSegments, KeepsOneSegmentPerLineWhenLinesAreParagraphs) {
    const std::string text = "Headline here\nA first paragraph that is long enough to be one on its own line.\n"
                             "A second paragraph, also on one line.\n";
    EXPECT_EQ(layout::splitSegments(text).size(), 3u);
}

TEST(TextLayout, EmptyAndBlankTextsHaveAnEmptyBody) {
    EXPECT_TRUE(analyzeTextLayout("").body.empty());
    EXPECT_TRUE(analyzeTextLayout(" \n\t\n  ").body.empty());
}

TEST(TextLayout, ATextWithoutProseIsAllBody) {
    const std::string text = "  Fish\nChips\nPeas  \n";
    const TextLayout layout = analyzeTextLayout(text);
    EXPECT_EQ(layout.body.start, 2);
    EXPECT_EQ(layout.body.end, 17);
}

TEST(TextLayout, CountsCodePointsNotBytes) {
    const std::string text = "Skip to content\n\nКиїв — «Зустріч» відбулася у вівторок, і міністри погодили новий план дій.\n";
    const TextLayout layout = analyzeTextLayout(text);
    EXPECT_EQ(layout.body.start, 17);
    EXPECT_EQ(layout.body.end, 17 + 74);
}

TEST(TextLayout, ReadsAHundredArticlesInLinearTime) {
    std::string article =
        "Skip to content\nNews Politics Sport Culture\n\nTown opens new bridge after two years\n\n"
        "By Jane Roe March 3, 2024 9:00 AM\n\n";
    for (int i = 0; i < 12; ++i)
        article += "The new bridge, which cost 30 million, carries two lanes of traffic and a cycle path "
                   "across the river, the town's mayor said at the opening on Saturday.\n\n";
    article += "Most popular\n\nComments\n\n";
    std::string small;
    for (int i = 0; i < 100; ++i)
        small += article;
    std::string large;
    for (int i = 0; i < 8; ++i)
        large += small;
    auto seconds = [](const std::string& text) {
        const auto t0 = std::chrono::steady_clock::now();
        const TextLayout layout = analyzeTextLayout(text);
        EXPECT_FALSE(layout.body.empty());
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    };
    seconds(small);  // loads the word lists
    const double t1 = seconds(small);
    const double t8 = seconds(large);
    // Eight times the text may take at most a few times eight times as long.
    // A ratio, not a time: the sanitizer build runs several times slower,
    // and speed itself is measured in bench/.
    EXPECT_LT(t8, 24 * t1 + 0.05) << "small " << t1 << " s, large " << t8 << " s";
}

}  // namespace
}  // namespace claimdesk::ingest

namespace claimdesk::ingest {
namespace {

TEST(TextLayout, ReadsWindowsLineEndingsAsUnixOnes) {
    const std::string unix = claimdesk::testing::readFile(claimdesk::testing::sourceDir() / "tests" / "core" /
                                                          "ingest" / "textlayout" / "fixtures" /
                                                          "web_menu_byline_teaser.txt");
    std::string windows;
    for (char c : unix) {
        if (c == '\n')
            windows += '\r';
        windows += c;
    }
    const TextLayout a = analyzeTextLayout(unix);
    const TextLayout b = analyzeTextLayout(windows);
    const text::OffsetMap ma(unix);
    const text::OffsetMap mb(windows);
    EXPECT_EQ(text::sliceCodePoints(unix, ma, a.body.start, a.body.end),
              [&] {
                  std::string s = text::sliceCodePoints(windows, mb, b.body.start, b.body.end);
                  std::erase(s, '\r');
                  return s;
              }());
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.authors, b.authors);
    EXPECT_EQ(a.published, b.published);
}

TEST(TextLayout, SubheadingsOfATightlySetArticleStayInItsBody) {
    const std::string text =
        "Skip to content\n"
        "Council votes to close the old bridge to cars\n"
        "By Jane Roe\n"
        "The council voted on Tuesday to close the old bridge to cars from May, after engineers found cracks in two of its piers.\n"
        "What the engineers found in the piers\n"
        "The cracks run through the lower third of the piers, according to a report published last week by the city.\n"
        "Why the vote matters for commuters\n"
        "About 9,000 cars cross the bridge on a weekday, and the nearest other crossing is four kilometres downstream.\n"
        "Comments\n";
    const TextLayout layout = analyzeTextLayout(text);
    const text::OffsetMap map(text);
    const std::string body = text::sliceCodePoints(text, map, layout.body.start, layout.body.end);
    EXPECT_TRUE(body.starts_with("The council voted on Tuesday")) << body;
    EXPECT_TRUE(body.ends_with("four kilometres downstream.")) << body;
    EXPECT_EQ(layout.title, "Council votes to close the old bridge to cars");
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Jane Roe"});
}

}  // namespace
}  // namespace claimdesk::ingest

namespace claimdesk::ingest {
namespace {

// The same page copied without blank lines between paragraphs: teasers
// can no longer be told by their spacing, only by what follows them.
class TightCopies : public ::testing::TestWithParam<std::string> {};

TEST_P(TightCopies, FindTheSameBody) {
    const std::string spaced = claimdesk::testing::readFile(claimdesk::testing::sourceDir() / "tests" / "core" /
                                                            "ingest" / "textlayout" / "fixtures" / GetParam());
    std::string tight;
    for (char c : spaced)
        if (!(c == '\n' && !tight.empty() && tight.back() == '\n'))
            tight += c;
    auto bodyOf = [](const std::string& text) {
        const TextLayout layout = analyzeTextLayout(text);
        const text::OffsetMap map(text);
        std::string body = text::sliceCodePoints(text, map, layout.body.start, layout.body.end);
        std::erase(body, '\n');
        return body;
    };
    EXPECT_EQ(bodyOf(tight), bodyOf(spaced));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, TightCopies,
                         ::testing::Values("web_menu_byline_teaser.txt", "author_box_no_date.txt",
                                           "glued_wire_date.txt", "header_author_label.txt"),
                         [](const auto& info) { return "case" + std::to_string(info.index); });

}  // namespace
}  // namespace claimdesk::ingest
