#include <gtest/gtest.h>

#include "core/link/disagreement.h"
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

}  // namespace
}  // namespace claimdesk::link
