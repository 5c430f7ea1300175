#include <gtest/gtest.h>

#include "core/link/disagreement.h"
#include "core/link/figurerole.h"
#include "linkfixtures.h"

namespace claimdesk::link {
namespace {

using testing::claim;
using testing::figure;

Disagreement compare(std::vector<Quantity> a, std::vector<Quantity> b) {
    LinkClaim x = claim(1, "A", "mayor", "households lost water", std::move(a));
    LinkClaim y = claim(2, "B", "authority", "households lost water", std::move(b));
    x.statedOn = "2025-03-04";
    return findDisagreement({&x, &y});
}

TEST(Disagreement, IncompatibleFiguresForOneThingDisagreeWithAReason) {
    const Disagreement d = compare({figure(400, 400, std::nullopt, false, "households")},
                                   {figure(120, std::nullopt, std::nullopt, true, "households")});
    EXPECT_TRUE(d.found);
    EXPECT_NE(d.reason.find("(mayor, 2025-03-04) vs"), std::string::npos) << d.reason;
    EXPECT_NE(d.reason.find("(authority)"), std::string::npos) << d.reason;
}

TEST(Disagreement, CompatibleFiguresAgree) {
    EXPECT_FALSE(compare({figure(3000, std::nullopt, std::nullopt, true, "people")},
                         {figure(3000, std::nullopt, 3000, false, "people")})
                     .found);
}

TEST(Disagreement, DozensAgainstTwentyDisagree) {
    EXPECT_TRUE(compare({figure(std::nullopt, 24, std::nullopt, true, "workers")},
                        {figure(20, std::nullopt, std::nullopt, false, "workers")})
                    .found);
}

TEST(Disagreement, FiguresForDifferentThingsAreNotCompared) {
    EXPECT_FALSE(compare({figure(400, std::nullopt, std::nullopt, false, "households")},
                         {figure(20, std::nullopt, std::nullopt, false, "tonnes")})
                     .found);
}

TEST(Disagreement, PairedFiguresAreMatchedBeforeComparing) {
    // "around 12,000 ... more than 4,000" against "approximately 12,000 ... over 4,000".
    EXPECT_FALSE(compare({figure(12000, std::nullopt, std::nullopt, true, "troops"),
                          figure(4000, 4000, std::nullopt, false, "troops")},
                         {figure(12000, std::nullopt, std::nullopt, true, "soldiers"),
                          figure(4000, 4000, std::nullopt, false, "soldiers")})
                     .found);
}

TEST(Disagreement, ClaimsOfOneDocumentAreNotComparedWithEachOther) {
    LinkClaim x = claim(1, "A", "mayor", "x", {figure(400, std::nullopt, std::nullopt, false, "households")});
    LinkClaim y = claim(1, "A", "mayor", "y", {figure(120, std::nullopt, std::nullopt, false, "households")});
    EXPECT_FALSE(findDisagreement({&x, &y}).found);
}

// An article setting one speaker's figure against another's reports their
// dispute: the two are held against each other (issue 11: "more than 800
// marines are deployed", the paper said; the army "is sending up to 300").
TEST(Disagreement, TwoSpeakersOfOneArticleAreComparedWithEachOther) {
    LinkClaim x = claim(1, "A", "herald", "more than 800 marines are deployed",
                        {figure(800, 800, std::nullopt, false, "marines")});
    LinkClaim y = claim(1, "A", "joint chiefs", "it is sending up to 300",
                        {figure(300, std::nullopt, 300, false, "marines")});
    const Disagreement d = findDisagreement({&x, &y});
    EXPECT_TRUE(d.found);
    EXPECT_EQ(d.parties, (std::vector<std::size_t>{0, 1}));
    y.speakerKey.clear();  // an unattributed figure is no second side
    EXPECT_FALSE(findDisagreement({&x, &y}).found);
}

}  // namespace
}  // namespace claimdesk::link

namespace claimdesk::link {
namespace {

Quantity figureAt(const std::string& content, const std::string& text, double value, std::string unit) {
    Quantity q = testing::figure(value, std::nullopt, std::nullopt, false, std::move(unit));
    const auto at = static_cast<std::int64_t>(content.find(text));
    q.text = {{at, at + static_cast<std::int64_t>(text.size())}, text};
    return q;
}

TEST(FigureRole, TheWordNextToAFigureSaysWhatItCounts) {
    const std::string content = "Russia deployed 12,000 troops, of whom 4,000 troops were killed";
    LinkClaim c = testing::claim(1, "A", "x", content);
    EXPECT_EQ(figureRole(c, figureAt(content, "12,000", 12000, "troops")), "deployed");
    EXPECT_EQ(figureRole(c, figureAt(content, "4,000", 4000, "troops")), "casualties");
    const std::string plain = "The ferry carried 300 passengers";
    LinkClaim p = testing::claim(1, "A", "x", plain);
    EXPECT_EQ(figureRole(p, figureAt(plain, "300", 300, "passengers")), "");
}

TEST(Disagreement, FiguresThatCountDifferentThingsAreNotCompared) {
    const std::string deployed = "12,000 soldiers were deployed to the region";
    const std::string killed = "300 soldiers were killed in the region";
    LinkClaim a = testing::claim(1, "A", "ministry", deployed, {figureAt(deployed, "12,000", 12000, "soldiers")});
    LinkClaim b = testing::claim(2, "B", "agency", killed, {figureAt(killed, "300", 300, "soldiers")});
    EXPECT_FALSE(findDisagreement({&a, &b}).found);
    const std::string alsoKilled = "4,000 soldiers were killed in the region";
    LinkClaim c = testing::claim(3, "C", "army", alsoKilled, {figureAt(alsoKilled, "4,000", 4000, "soldiers")});
    EXPECT_TRUE(findDisagreement({&b, &c}).found);
}

// Where something is is not how much of it there is; what was recovered is
// not what escaped.
TEST(Disagreement, ADistanceAndAnAmountInTheSameUnitAreNotCompared) {
    const std::string where = "the barge struck a gravel bank about three kilometres upstream";
    const std::string howMuch = "about 1.5 kilometres of barrier had been laid since Monday";
    LinkClaim a = testing::claim(1, "A", "authority", where, {figureAt(where, "about three", 3, "km")});
    LinkClaim b = testing::claim(2, "B", "authority", howMuch, {figureAt(howMuch, "about 1.5", 1.5, "km")});
    EXPECT_EQ(figureRole(a, a.quantities[0]), "distance");
    EXPECT_EQ(figureRole(b, b.quantities[0]), "built");
    EXPECT_FALSE(findDisagreement({&a, &b}).found);

    const std::string spilled = "20 to 25 tonnes of diesel spilled into the river";
    const std::string recovered = "crews recovered 18 tonnes of diesel from the river";
    LinkClaim c = testing::claim(3, "C", "authority", spilled, {figureAt(spilled, "20 to 25", 20, "tonnes")});
    LinkClaim d = testing::claim(4, "D", "crews", recovered, {figureAt(recovered, "18", 18, "tonnes")});
    EXPECT_FALSE(findDisagreement({&c, &d}).found);
}

}  // namespace
}  // namespace claimdesk::link
