#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "core/domain/figures.h"

namespace claimdesk {
namespace {

using Num = std::optional<double>;
constexpr std::nullopt_t none = std::nullopt;

Quantity q(Num value, Num low, Num high, bool approximate = false, std::string text = {}) {
    Quantity out;
    out.value = value;
    out.low = low;
    out.high = high;
    out.approximate = approximate;
    out.text.text = std::move(text);
    return out;
}

Quantity exact(double v) { return q(v, none, none); }
Quantity about(double v) { return q(v, none, none, true); }
Quantity atLeast(double v) { return q(v, v, none); }
Quantity upTo(double v) { return q(v, none, v); }
Quantity range(double lo, double hi) { return q(none, lo, hi); }
Quantity vague(double lo, const std::string& words) { return q(none, lo, none, true, words); }

struct Pair {
    std::string name;
    Quantity a;
    Quantity b;
    bool compatible;
};

class CompareTest : public ::testing::TestWithParam<Pair> {};

TEST_P(CompareTest, Compatible) {
    const Pair& p = GetParam();
    EXPECT_EQ(compatible(p.a, p.b), p.compatible) << p.name << ": " << describe(p.a) << " vs " << describe(p.b);
    EXPECT_EQ(compatible(p.b, p.a), p.compatible) << p.name << " (swapped)";
}

INSTANTIATE_TEST_SUITE_P(Pairs, CompareTest, ::testing::Values(
    Pair{"around vs approximately", about(12000), about(12000), true},
    Pair{"around vs up to", about(12000), upTo(12000), true},
    Pair{"approximately vs 12 thousand", about(12000), exact(12000), true},
    Pair{"up to vs exact", upTo(12000), exact(12000), true},
    Pair{"about 11,000 vs 12,000", about(11000), exact(12000), true},
    Pair{"exact equal", exact(4000), exact(4000), true},
    Pair{"exact different", exact(4000), exact(4500), false},
    Pair{"more than 4,000 vs 4,000", atLeast(4000), exact(4000), true},
    Pair{"at least 300 vs 4,000", atLeast(300), exact(4000), false},
    Pair{"at least 300 vs 800", atLeast(300), exact(800), true},
    Pair{"at least 300 vs more than 4,000", atLeast(300), atLeast(4000), false},
    Pair{"up to 100 vs 5", upTo(100), exact(5), false},
    Pair{"about 8,000 vs 12,000", about(8000), exact(12000), false},
    Pair{"about 8,000 vs around 12,000", about(8000), about(12000), false},
    Pair{"range vs inside", range(20000, 25000), exact(22000), true},
    Pair{"range vs about edge", range(20000, 25000), about(27000), true},
    Pair{"range vs outside", range(20000, 25000), exact(30000), false},
    Pair{"ranges overlapping", range(20000, 25000), range(24000, 30000), true},
    Pair{"ranges apart", range(5, 10), range(20, 30), false},
    Pair{"dozens vs 20", vague(24, "dozens"), exact(20), false},
    Pair{"dozens vs 40", vague(24, "dozens"), exact(40), true},
    Pair{"dozens vs 500", vague(24, "dozens"), exact(500), false},
    Pair{"hundreds vs 230", vague(200, "hundreds"), exact(230), true},
    Pair{"hundreds vs dozens", vague(200, "hundreds"), vague(24, "dozens"), false},
    Pair{"several hundred vs about 400", vague(300, "several hundred"), about(400), true},
    Pair{"no figure vs anything", q(none, none, none, true, "up to a battalion"), exact(400), true}));

TEST(Describe, OneLine) {
    EXPECT_EQ(describe(atLeast(4000)), "\xE2\x89\xA5 4,000");
    EXPECT_EQ(describe(upTo(12000)), "\xE2\x89\xA4 12,000");
    EXPECT_EQ(describe(about(12000)), "~12,000");
    EXPECT_EQ(describe(exact(2.5)), "2.5");
    EXPECT_EQ(describe(exact(2000000)), "2,000,000");
    EXPECT_EQ(describe(range(20000, 25000)), "20,000\xE2\x80\x93" "25,000");
    EXPECT_EQ(describe(vague(24, "Dozens")), "dozens (\xE2\x89\xA5 24)");
    EXPECT_EQ(describe(q(none, none, none, true, "up to a battalion")), "up to a battalion (no figure)");
}

TEST(SameUnit, FoldsAndGroups) {
    EXPECT_TRUE(sameUnit("troops", "soldiers"));
    EXPECT_TRUE(sameUnit("Soldiers", "soldier"));
    EXPECT_TRUE(sameUnit("km", "kilometers"));
    EXPECT_TRUE(sameUnit("", "tanks"));
    EXPECT_FALSE(sameUnit("tanks", "soldiers"));
    EXPECT_FALSE(sameUnit("km", "people"));
}

}  // namespace
}  // namespace claimdesk
