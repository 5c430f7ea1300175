#include <gtest/gtest.h>

#include "analyzed.h"

namespace claimdesk::extract {
namespace {

using testing::analyzeText;
using testing::claimWith;

// The frame of the figure whose text contains `figure`, in the claim whose
// content contains `words`.
FigureFrame frameOf(const Analysis& a, const std::string& words, const std::string& figure) {
    const Claim* c = claimWith(a, words);
    EXPECT_NE(c, nullptr) << words;
    if (c)
        for (const auto& q : c->quantities)
            if (q.text.text.find(figure) != std::string::npos)
                return q.frame;
    ADD_FAILURE() << "no figure " << figure << " in the claim with " << words;
    return {};
}

TEST(FrameReader, KilledAndWoundedOfOneSubjectOnTheirDay) {
    const auto r = analyzeText(
        "date 2025-06-12\nTwelve Varnish soldiers were killed and 40 wounded in fighting near Orlo on Tuesday, "
        "the army said.\n");
    const FigureFrame killed = frameOf(r.analysis, "Varnish soldiers", "Twelve");
    EXPECT_EQ(killed.measure, "killed");
    EXPECT_EQ(killed.subject, "Varnish");
    EXPECT_EQ(killed.period, "2025-06-10");
    EXPECT_EQ(killed.periodKind, PeriodKind::During);
    EXPECT_FALSE(killed.cumulative);
    EXPECT_EQ(frameOf(r.analysis, "Varnish soldiers", "40").measure, "wounded");
}

TEST(FrameReader, KilledOrWoundedIsOneMeasure) {
    const auto r = analyzeText(
        "date 2025-06-12\nThe ministry said upwards of 300 Tessan troops had been killed or wounded.\n");
    const FigureFrame f = frameOf(r.analysis, "Tessan troops", "300");
    EXPECT_EQ(f.measure, "casualties");
    EXPECT_EQ(f.subject, "Tessan");
}

TEST(FrameReader, ADeploymentBelongsToTheClauseAgent) {
    const auto r = analyzeText(
        "date 2025-06-12\nThe defence ministry said that Morvia has deployed about 2,000 troops to the border.\n");
    const FigureFrame f = frameOf(r.analysis, "deployed", "2,000");
    EXPECT_EQ(f.measure, "deployed");
    EXPECT_EQ(f.subject, "Morvia");
}

// Whose losses are the counted noun's own words, not the agent's: the
// pirates killed by Lumeran forces are not Lumeran.
TEST(FrameReader, KillingsAreNotTheAgents) {
    const auto r = analyzeText(
        "date 2025-06-12\nThe navy said Lumeran forces killed 40 pirates near the island.\n");
    const FigureFrame f = frameOf(r.analysis, "pirates", "40");
    EXPECT_EQ(f.measure, "killed");
    EXPECT_EQ(f.subject, "");
}

// What is said of a figure's noun phrase counts, however long the phrase
// before its verb (issue 11: "in our custody" was not read as captured).
TEST(FrameReader, ThePredicateOfALongNounPhraseSaysWhatItCounts) {
    const auto r = analyzeText(
        "date 2025-06-12\nThe group said that 15 sailors from the chartered grain carrier Aster Belle were "
        "\"in our custody\".\n");
    EXPECT_EQ(frameOf(r.analysis, "sailors", "15").measure, "captured");
    const auto held = analyzeText(
        "date 2025-06-12\nThe owner said 12 crew members from the tanker Mira Dawn of Orlo are still being held.\n");
    EXPECT_EQ(frameOf(held.analysis, "crew members", "12").measure, "captured");
    // A predicate that says nothing countable leaves the measure unknown.
    const auto none = analyzeText(
        "date 2025-06-12\nThe owner said 12 crew members from the tanker Mira Dawn were in good spirits.\n");
    EXPECT_EQ(frameOf(none.analysis, "crew members", "12").measure, "");
}

TEST(FrameReader, ARunningCountByADayIsAsOfThatDay) {
    const auto r = analyzeText(
        "date 2025-06-12\nThe coast guard had detained 14 suspects by Friday, a spokesman said.\n");
    const FigureFrame f = frameOf(r.analysis, "detained", "14");
    EXPECT_EQ(f.measure, "captured");
    EXPECT_EQ(f.period, "2025-06-06");
    EXPECT_EQ(f.periodKind, PeriodKind::AsOf);
    EXPECT_TRUE(f.cumulative);
}

TEST(FrameReader, ACountSinceAnEventRunsToTheDayItWasSaid) {
    const auto r = analyzeText(
        "date 2025-06-12\nThe coast guard said on Wednesday that it had detained 23 suspects since the raid.\n");
    const FigureFrame f = frameOf(r.analysis, "detained", "23");
    EXPECT_TRUE(f.cumulative);
    EXPECT_EQ(f.period, "2025-06-11");
    EXPECT_EQ(f.periodKind, PeriodKind::AsOf);
}

TEST(FrameReader, AFigureWithoutADateHoldsOnTheDayItWasSaid) {
    const auto r = analyzeText("date 2025-06-12\nThe agency said 120 households had no water.\n");
    const FigureFrame f = frameOf(r.analysis, "households", "120");
    EXPECT_EQ(f.period, "2025-06-12");
    EXPECT_EQ(f.periodKind, PeriodKind::Said);
    EXPECT_EQ(f.measure, "");
}

// "two of its 11 warships": 11 is the fleet the two come from, not a
// second count of warships withdrawn.
TEST(FrameReader, ThePartitiveWholeCountsNothing) {
    const auto r = analyzeText(
        "date 2025-06-12\nThe navy said it had withdrawn 2 of its 11 warships for repairs.\n");
    EXPECT_EQ(frameOf(r.analysis, "warships", "2").measure, "withdrawn");
    EXPECT_EQ(frameOf(r.analysis, "warships", "11").measure, "whole");
}

}  // namespace
}  // namespace claimdesk::extract
