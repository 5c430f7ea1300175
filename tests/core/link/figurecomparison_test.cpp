#include <gtest/gtest.h>

#include "core/link/disagreement.h"
#include "core/link/figurecomparison.h"
#include "linkfixtures.h"

namespace claimdesk::link {
namespace {

using testing::claim;
using testing::figure;

// A figure with its frame.
Quantity framed(Quantity q, std::string measure, std::string subject = {}, std::string period = {},
                PeriodKind kind = PeriodKind::Said, bool cumulative = false) {
    q.frame = {std::move(measure), std::move(subject), std::move(period), kind, cumulative};
    return q;
}

Quantity exact(double v, std::string unit) { return figure(v, std::nullopt, std::nullopt, false, std::move(unit)); }
Quantity about(double v, std::string unit) { return figure(v, std::nullopt, std::nullopt, true, std::move(unit)); }
Quantity moreThan(double v, std::string unit) { return figure(v, v, std::nullopt, false, std::move(unit)); }

ComparedFigure only(Quantity q) { return comparedFigures(claim(1, "A", "x", "", {std::move(q)})).front(); }

TEST(FigureComparison, TheSameThingCountedDifferentlyConflicts) {
    EXPECT_EQ(relate(only(framed(moreThan(40, "pirates"), "killed")), only(framed(about(12, "attackers"), "killed"))),
              FigureRelation::Conflict);
    EXPECT_EQ(relate(only(framed(about(5, "crew"), "missing")), only(framed(exact(6, "crew"), "missing"))),
              FigureRelation::Agree);
}

TEST(FigureComparison, DifferentSubjectsAreNotCompared) {
    // Russian casualties against North Korean ones: no conflict however far apart.
    EXPECT_EQ(relate(only(framed(about(6000, "troops"), "casualties", "Russian")),
                     only(framed(exact(300, "troops"), "casualties", "North Korean"))),
              FigureRelation::Unrelated);
    // A demonym and its country are one subject.
    EXPECT_EQ(relate(only(framed(exact(9, "sailors"), "killed", "Lumeran")),
                     only(framed(exact(30, "sailors"), "killed", "Lumera"))),
              FigureRelation::Conflict);
    // Sailors are no pirates (another unit group) even unnamed.
    EXPECT_EQ(relate(only(framed(exact(9, "sailors"), "killed")), only(framed(exact(40, "pirates"), "killed"))),
              FigureRelation::Unrelated);
}

TEST(FigureComparison, DifferentMeasuresAreNotComparedButAPartCannotExceedItsTotal) {
    EXPECT_EQ(relate(only(framed(exact(12000, "troops"), "deployed")), only(framed(exact(300, "troops"), "killed"))),
              FigureRelation::Unrelated);
    // ~300 killed is consistent with more than 3,000 killed or wounded ...
    EXPECT_EQ(relate(only(framed(about(300, "troops"), "killed")), only(framed(moreThan(3000, "troops"), "casualties"))),
              FigureRelation::Unrelated);
    // ... but 4,000 killed cannot be part of about 1,100 killed or wounded.
    EXPECT_EQ(relate(only(framed(exact(4000, "troops"), "killed")), only(framed(about(1100, "troops"), "casualties"))),
              FigureRelation::Conflict);
}

TEST(FigureComparison, KilledAndWoundedAddUpToCasualties) {
    LinkClaim parts = claim(1, "A", "navy", "9 killed and 31 wounded",
                            {framed(exact(9, "sailors"), "killed", "Lumeran"), framed(exact(31, "sailors"), "wounded")});
    const auto figures = comparedFigures(parts);
    ASSERT_EQ(figures.size(), 3u);
    const ComparedFigure& sum = figures.back();
    EXPECT_EQ(sum.measure, "casualties");
    EXPECT_EQ(sum.quantity.value, 40);
    EXPECT_EQ(sum.quantity.frame.subject, "Lumeran");
    EXPECT_EQ(sum.parts, "9 killed + 31 wounded");
    EXPECT_EQ(relate(sum, only(framed(about(40, "sailors"), "casualties"))), FigureRelation::Agree);
    EXPECT_EQ(relate(sum, only(framed(moreThan(100, "sailors"), "casualties", "Lumeran"))), FigureRelation::Conflict);
}

TEST(FigureComparison, WhatHappenedInDifferentPeriodsIsNotCompared) {
    EXPECT_EQ(relate(only(framed(about(6000, "troops"), "casualties", "", "2024-09", PeriodKind::During)),
                     only(framed(exact(300, "troops"), "casualties", "", "2024-12", PeriodKind::During))),
              FigureRelation::Unrelated);
    // The same day, once as a day and once with its night.
    EXPECT_EQ(relate(only(framed(exact(9, "sailors"), "killed", "", "2025-05-07", PeriodKind::During)),
                     only(framed(moreThan(100, "sailors"), "killed", "", "2025-05-07", PeriodKind::During))),
              FigureRelation::Conflict);
}

TEST(FigureComparison, ARunningCountGrowingOverDaysIsAProgression) {
    const ComparedFigure friday = only(framed(exact(14, "pirates"), "captured", "", "2025-05-09", PeriodKind::AsOf, true));
    const ComparedFigure tuesday = only(framed(exact(23, "pirates"), "captured", "", "2025-05-13", PeriodKind::AsOf, true));
    EXPECT_EQ(relate(friday, tuesday), FigureRelation::Progression);
    EXPECT_EQ(relate(tuesday, friday), FigureRelation::Progression);
    // Falling is no progression of a running total.
    const ComparedFigure lower = only(framed(exact(5, "pirates"), "captured", "", "2025-05-13", PeriodKind::AsOf, true));
    EXPECT_EQ(relate(friday, lower), FigureRelation::Conflict);
    // Without a running count, figures said on different days are compared.
    EXPECT_EQ(relate(only(framed(exact(4000, "soldiers"), "killed", "", "2025-02-06")),
                     only(framed(moreThan(300, "soldiers"), "killed", "", "2025-01"))),
              FigureRelation::Conflict);
}

TEST(FigureComparison, TheReasonNamesBothFramesInOneLine) {
    LinkClaim navy = claim(1, "A", "navy", "", {framed(exact(9, "sailors"), "killed", "Lumeran", "2025-05-07",
                                                       PeriodKind::During),
                                                framed(exact(31, "sailors"), "wounded", "", "2025-05-07",
                                                       PeriodKind::During)});
    const ComparedFigure sum = comparedFigures(navy).back();
    const ComparedFigure cha = only(framed(moreThan(100, "sailors"), "casualties", "Lumeran", "2025-05-07",
                                           PeriodKind::During));
    EXPECT_EQ(conflictReason(cha, "Cha Min-gyu, 2025-05-09", sum, "navy"),
              "Lumeran sailors killed or wounded, on 2025-05-07: \xE2\x89\xA5 100 (Cha Min-gyu, 2025-05-09) vs 40 = 9 "
              "killed + 31 wounded (navy)");
    const ComparedFigure friday = only(framed(exact(14, "pirates"), "captured", "", "2025-05-09", PeriodKind::AsOf, true));
    const ComparedFigure tuesday = only(framed(exact(23, "pirates"), "captured", "", "2025-05-13", PeriodKind::AsOf, true));
    EXPECT_EQ(progressionReason(tuesday, "coast guard", friday, "spokesman"),
              "progression: pirates captured, 14 (as of 2025-05-09; spokesman) \xE2\x86\x92 23 (as of 2025-05-13; coast "
              "guard)");
}

TEST(Disagreement, ARunningCountThatGrewIsShownAsAProgressionNotAFlag) {
    LinkClaim a = claim(1, "A", "spokesman", "detained 14 by Friday",
                        {framed(exact(14, "pirates"), "captured", "", "2025-05-09", PeriodKind::AsOf, true)});
    LinkClaim b = claim(2, "B", "coast guard", "detained 23 since the clash",
                        {framed(exact(23, "pirates"), "captured", "", "2025-05-13", PeriodKind::AsOf, true)});
    const Disagreement d = findDisagreement({&a, &b});
    EXPECT_FALSE(d.found);
    EXPECT_TRUE(d.progression);
    EXPECT_EQ(d.reason.rfind("progression: pirates captured", 0), 0u) << d.reason;
}

TEST(Disagreement, OnlyTheMembersInConflictAreParties) {
    LinkClaim a = claim(1, "A", "ministry", "more than 40 pirates killed", {framed(moreThan(40, "pirates"), "killed")});
    LinkClaim b = claim(2, "B", "centre", "about 12 attackers killed", {framed(about(12, "attackers"), "killed")});
    LinkClaim c = claim(3, "C", "harbour office", "the clash near the island", {});
    const Disagreement d = findDisagreement({&a, &b, &c});
    EXPECT_TRUE(d.found);
    EXPECT_EQ(d.parties, (std::vector<std::size_t>{0, 1}));
}

// The demo's "We closed the intake within the hour" shared a cluster with
// the residents' claim that the water authority denied: the denial answers
// the residents, not the authority's own spokeswoman.
TEST(Disagreement, ADenialDisputesWhatItAnswersNotEveryMember) {
    LinkClaim spokeswoman = claim(1, "Kestrel Wire", "agnes moravec", "we closed the intake within the hour", {},
                                  "told", 100);
    LinkClaim residentsThere = claim(1, "Kestrel Wire", "local residents", "they had noticed a smell of fuel", {},
                                     "said", 400);
    LinkClaim residents = claim(2, "Saltmarsh Courier", "local residents",
                                "they had reported a smell of fuel more than an hour before the intake was closed", {},
                                "claimed", 100);
    LinkClaim denial = claim(2, "Saltmarsh Courier", "ovwa", "that", {}, "denied", 250);
    const Disagreement d = findDisagreement({&spokeswoman, &residentsThere, &residents, &denial});
    EXPECT_TRUE(d.found);
    EXPECT_EQ(d.parties, (std::vector<std::size_t>{1, 2, 3}));
    EXPECT_EQ(d.reason, "ovwa denied what local residents reported");
}

TEST(Disagreement, AClaimNotMadeTakesNoPart) {
    LinkClaim a = claim(1, "A", "ministry", "more than 40 pirates killed", {framed(moreThan(40, "pirates"), "killed")});
    LinkClaim b = claim(2, "B", "administration", "12 fighters were buried", {framed(exact(12, "pirates"), "killed")},
                        "has not confirmed");
    b.polarity = Polarity::Negated;
    EXPECT_FALSE(findDisagreement({&a, &b}).found);
}

}  // namespace
}  // namespace claimdesk::link
