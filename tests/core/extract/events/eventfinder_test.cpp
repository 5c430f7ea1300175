#include <gtest/gtest.h>

#include "analyzed.h"

namespace claimdesk::extract {
namespace {

using testing::analyzeText;

const Event* eventOn(const Analysis& a, const std::string& date) {
    for (const auto& e : a.events)
        if (e.date == date)
            return &e;
    return nullptr;
}

TEST(EventFinder, ADatedHappeningWithItsPlaceAndEvidence) {
    const auto r = analyzeText(
        "date 2025-03-05\nThe barge ran aground near the village of Ossby on March 3, officials said.\n");
    const Event* e = eventOn(r.analysis, "2025-03-03");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->place, "Ossby");
    EXPECT_NE(e->evidence.text.find("ran aground"), std::string::npos);
}

TEST(EventFinder, TheMostSpecificOfNestedDates) {
    const auto r = analyzeText(
        "date 2025-03-05\nThe fishing ban was imposed on the lower river last month, on Feb. 20.\n");
    EXPECT_NE(eventOn(r.analysis, "2025-02-20"), nullptr);
    EXPECT_EQ(eventOn(r.analysis, "2025-02"), nullptr);
}

// Days joined by "and" or "to" are one stretch, dated by its latest day;
// two dates merely in one sentence stay two events.
TEST(EventFinder, CoordinatedDaysAreOneEventDatedByTheLatest) {
    const auto joined = analyzeText(
        "date 2025-03-05\nIn clashes yesterday and today near the dam, the militia lost ten fighters.\n");
    ASSERT_EQ(joined.analysis.events.size(), 1u);
    EXPECT_EQ(joined.analysis.events[0].date, "2025-03-05");
    const auto range = analyzeText(
        "date 2025-03-05\nThe strike ran from March 1 to March 3 across the port.\n");
    ASSERT_EQ(range.analysis.events.size(), 1u);
    EXPECT_EQ(range.analysis.events[0].date, "2025-03-03");
    const auto apart = analyzeText(
        "date 2025-03-05\nThe barge ran aground on March 3, and the ban was imposed on March 4 after it.\n");
    EXPECT_NE(eventOn(apart.analysis, "2025-03-03"), nullptr);
    EXPECT_NE(eventOn(apart.analysis, "2025-03-04"), nullptr);
}

TEST(EventFinder, ASentenceWithoutAnEventWordIsNoEvent) {
    const auto r = analyzeText("date 2025-03-05\nThe weather on March 3 was mild and grey.\n");
    EXPECT_TRUE(r.analysis.events.empty());
}

TEST(EventFinder, AnInterviewWithoutADateTakesItsClaimsDate) {
    const auto r = analyzeText(
        "date 2025-03-12\n"
        "Vellmar water is safe again, mayor says\n\n"
        "The mayor spoke in an interview with Radio Ambra.\n\n"
        "Mayor Ilona Dzhurenko told the station on March 10 that the river was clean.\n");
    const Event* e = eventOn(r.analysis, "2025-03-10");
    ASSERT_NE(e, nullptr);
    bool interview = false;
    for (const auto& ev : r.analysis.events)
        interview |= ev.evidence.text.find("interview") != std::string::npos && ev.date == "2025-03-10";
    EXPECT_TRUE(interview);
}

TEST(EventFinder, AnAdjectiveIsNotAPlace) {
    const auto r = analyzeText("date 2025-03-05\nTroops were deployed in the Russian region on March 1.\n");
    const Event* e = eventOn(r.analysis, "2025-03-01");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->place, "");
}

}  // namespace
}  // namespace claimdesk::extract
