#include <gtest/gtest.h>

#include <map>
#include <string>

#include "core/extract/timex/timexfinder.h"
#include "core/text/utf8.h"

namespace claimdesk::extract {
namespace {

struct Found {
    TimexFindings findings;
    std::string text;
    std::string slice(const Span& span) const {
        const text::OffsetMap map(text);
        return text::sliceCodePoints(text, map, span.start, span.end);
    }
    // The values of every timex whose text is `extent`, in text order.
    std::vector<std::string> values(const std::string& extent) const {
        std::vector<std::string> out;
        for (const Timex& timex : findings.timexes)
            if (timex.text.text == extent)
                out.push_back(timex.value);
        return out;
    }
};

Found analyse(std::string text, const std::string& anchor) {
    const text::OffsetMap map(text);
    Found found{findTimexes(text, map, Span{0, map.codePointCount()}, anchor), std::move(text)};
    return found;
}

// An interview quoted over several paragraphs: "Yesterday (31 January)"
// shows it was given on 1 February, two days before publication.
TEST(SpeechDates, InsertDatesAQuoteRunningOverParagraphs) {
    const Found found = analyse(
        "The president spoke to a news agency.\n\n"
        "Quote: \"Yesterday (31 January), our forces hit the command post.\n\n"
        "It was a legitimate military target.\n\n"
        "I believe they lost dozens of officers yesterday.\"\n\n"
        "Details: He also highlighted that reinforcements had not arrived today.\n\n"
        "Background: The General Staff published its figures today.",
        "2025-02-03");
    ASSERT_EQ(found.findings.speechDates.size(), 1u);
    const DatedRegion& region = found.findings.speechDates[0];
    EXPECT_EQ(region.date, "2025-02-01");
    EXPECT_EQ(found.slice(region.span).rfind("Quote: \"Yesterday", 0), 0u);
    EXPECT_NE(found.slice(region.span).find("arrived today."), std::string::npos);
    EXPECT_EQ(found.slice(region.span).find("Background"), std::string::npos);
    EXPECT_EQ(found.values("Yesterday (31 January)"), std::vector<std::string>{"2025-01-31"});
    EXPECT_EQ(found.values("yesterday"), std::vector<std::string>{"2025-01-31"});
    // Said on 1 February inside the speech; the narrative's "today" is the publication day.
    EXPECT_EQ(found.values("today"), (std::vector<std::string>{"2025-02-01", "2025-02-03"}));
}

// Speech closed by "- NAME said." with the insert after the words it dates.
TEST(SpeechDates, InsertDatesTheWholeParagraphAndReportedSpeechAfterIt) {
    const Found found = analyse(
        "Forces have recently advanced, the agency reports.\n\n"
        "As for yesterday and the day before yesterday, our guys advanced. Today (February 6 - ed.) they lost "
        "230 people - Zelensky said.\n\n"
        "He also noted that the enemy hid them.\n\n"
        "\"Today's offensive, which started at night, again included them. But this night they used them,\" the "
        "President said.\n\n"
        "He spoke about the goals of the operation today.",
        "2025-02-08");
    ASSERT_EQ(found.findings.speechDates.size(), 1u);
    EXPECT_EQ(found.findings.speechDates[0].date, "2025-02-06");
    EXPECT_EQ(found.values("yesterday"), std::vector<std::string>{"2025-02-05"});
    EXPECT_EQ(found.values("the day before yesterday"), std::vector<std::string>{"2025-02-04"});
    EXPECT_EQ(found.values("Today (February 6 - ed.)"), std::vector<std::string>{"2025-02-06"});
    EXPECT_EQ(found.values("Today"), std::vector<std::string>{"2025-02-06"});
    EXPECT_EQ(found.values("night"), std::vector<std::string>{"2025-02-06TNI"});
    EXPECT_EQ(found.values("this night"), std::vector<std::string>{"2025-02-06TNI"});
    // The narrative paragraph after the speech is back on the publication date.
    EXPECT_EQ(found.values("today"), std::vector<std::string>{"2025-02-08"});
}

TEST(SpeechDates, TomorrowInsertAndTwoStretches) {
    const Found found = analyse(
        "\"Tomorrow (10 March) we sign the deal,\" the minister said.\n\n"
        "Local officials were not available.\n\n"
        "\"Yesterday (March 3) we lost power,\" a resident said. \"Today it is back.\"",
        "2025-03-12");
    ASSERT_EQ(found.findings.speechDates.size(), 2u);
    EXPECT_EQ(found.findings.speechDates[0].date, "2025-03-09");
    EXPECT_EQ(found.findings.speechDates[1].date, "2025-03-04");
    EXPECT_LT(found.findings.speechDates[0].span.end, found.findings.speechDates[1].span.start);
    EXPECT_EQ(found.values("Today"), std::vector<std::string>{"2025-03-04"});
}

TEST(SpeechDates, WeekdayInsert) {
    // Published on Saturday 8 February; "today (Thursday)" was the 6th.
    const Found found = analyse("\"Today (Thursday) they attacked again, and yesterday too,\" he said.", "2025-02-08");
    ASSERT_EQ(found.findings.speechDates.size(), 1u);
    EXPECT_EQ(found.findings.speechDates[0].date, "2025-02-06");
    EXPECT_EQ(found.values("Today (Thursday)"), std::vector<std::string>{"2025-02-06"});
    EXPECT_EQ(found.values("yesterday"), std::vector<std::string>{"2025-02-05"});
}

TEST(SpeechDates, NoInsertNoStretch) {
    const Found found = analyse("\"Yesterday we lost power,\" a resident said (in a message).", "2025-03-12");
    EXPECT_TRUE(found.findings.speechDates.empty());
    EXPECT_EQ(found.values("Yesterday"), std::vector<std::string>{"2025-03-11"});
}

}  // namespace
}  // namespace claimdesk::extract
