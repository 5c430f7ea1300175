#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/extract/quantity/quantityfinder.h"
#include "core/text/utf8.h"

namespace claimdesk::extract {
namespace {

using Num = std::optional<double>;
constexpr std::nullopt_t none = std::nullopt;

struct Expected {
    std::string text;
    Num value;
    Num low;
    Num high;
    bool approximate;
    std::string unit;
};

struct Case {
    std::string input;
    std::vector<Expected> expected;
};

std::string show(const Num& n) { return n ? std::to_string(*n) : "null"; }

std::string show(const Quantity& q) {
    std::ostringstream out;
    out << "'" << q.text.text << "' value=" << show(q.value) << " low=" << show(q.low) << " high=" << show(q.high)
        << " approx=" << q.approximate << " unit='" << q.unit << "'";
    return out.str();
}

std::vector<Quantity> find(const std::string& input) {
    const text::OffsetMap map(input);
    return findQuantities(input, map, Span{0, map.codePointCount()});
}

void expectCase(const Case& c) {
    SCOPED_TRACE(c.input);
    const auto found = find(c.input);
    std::string all;
    for (const auto& q : found)
        all += "\n  " + show(q);
    ASSERT_EQ(found.size(), c.expected.size()) << "found:" << all;
    for (std::size_t i = 0; i < found.size(); ++i) {
        const Quantity& q = found[i];
        const Expected& e = c.expected[i];
        EXPECT_EQ(q.text.text, e.text) << show(q);
        EXPECT_EQ(show(q.value), show(e.value)) << show(q);
        EXPECT_EQ(show(q.low), show(e.low)) << show(q);
        EXPECT_EQ(show(q.high), show(e.high)) << show(q);
        EXPECT_EQ(q.approximate, e.approximate) << show(q);
        EXPECT_EQ(q.unit, e.unit) << show(q);
    }
}

void PrintTo(const Case& c, std::ostream* os) { *os << c.input; }

class FinderTest : public ::testing::TestWithParam<Case> {};

TEST_P(FinderTest, FindsFigures) { expectCase(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Numbers, FinderTest, ::testing::Values(
    Case{"The army moved 12,000 troops to the border.", {{"12,000", 12000, none, none, false, "troops"}}},
    Case{"The column advanced 2.5 km overnight.", {{"2.5", 2.5, none, none, false, "km"}}},
    Case{"The column advanced 2.5km overnight.", {{"2.5", 2.5, none, none, false, "km"}}},
    Case{"They pushed 2.5 kilometers further.", {{"2.5", 2.5, none, none, false, "kilometers"}}},
    Case{"It sent 12 thousand troops.", {{"12 thousand", 12000, none, none, false, "troops"}}},
    Case{"The flood displaced 2 million people.", {{"2 million", 2000000, none, none, false, "people"}}},
    Case{"The city had 1.5 million residents.", {{"1.5 million", 1500000, none, none, false, "residents"}}},
    Case{"Losses reached 40 thousand.", {{"40 thousand", 40000, none, none, false, ""}}},
    Case{"A budget of $5bn was approved.", {{"$5bn", 5e9, none, none, false, "USD"}}},
    Case{"Inflation hit 12% in May.", {{"12", 12, none, none, false, "%"}}},
    Case{"Turnout fell to 48 per cent.", {{"48", 48, none, none, false, "%"}}},
    Case{"Sales reached 12k units.", {{"12k", 12000, none, none, false, "units"}}},
    Case{"The flood hit 2m people.", {{"2m", 2e6, none, none, false, "people"}}},
    Case{"The wall is 5m tall.", {{"5", 5, none, none, false, "m"}}},
    Case{"It paid $5m in fines.", {{"$5m", 5e6, none, none, false, "USD"}}},
    Case{"It paid \xE2\x82\xAC" "3.2 billion.", {{"\xE2\x82\xAC" "3.2 billion", 3.2e9, none, none, false, "EUR"}}},
    Case{"A unit of 1\xC2\xA0" "200 men.", {{"1\xC2\xA0" "200", 1200, none, none, false, "men"}}}));

INSTANTIATE_TEST_SUITE_P(NumberWords, FinderTest, ::testing::Values(
    Case{"They saw three armoured brigades.", {{"three", 3, none, none, false, "brigades"}}},
    Case{"Twenty-five villages were shelled.", {{"Twenty-five", 25, none, none, false, "villages"}}},
    Case{"He named two deputies.", {{"two", 2, none, none, false, "deputies"}}},
    Case{"Some two hundred and fifty prisoners were exchanged.",
         {{"Some two hundred and fifty", 250, none, none, true, "prisoners"}}},
    Case{"The country lost two million citizens.", {{"two million", 2000000, none, none, false, "citizens"}}},
    Case{"It affected six-million people.", {{"six-million", 6000000, none, none, false, "people"}}},
    Case{"It made three stops, including a hamlet with a population under 500.",
         {{"three", 3, none, none, false, "stops"}, {"under 500", 500, none, 500, false, ""}}},
    Case{"Half a million refugees crossed.", {{"Half a million", 500000, none, none, false, "refugees"}}},
    Case{"A dozen drones were downed.", {{"A dozen", 12, none, none, false, "drones"}}},
    Case{"One was wiped out and the other two have suffered losses.", {}},
    Case{"This was one of the steps.", {}},
    Case{"Two of them were wounded.", {}},
    Case{"He was the first to arrive, and the second.", {}}));

INSTANTIATE_TEST_SUITE_P(Ranges, FinderTest, ::testing::Values(
    Case{"It may send 20,000 to 25,000 more soldiers.", {{"20,000 to 25,000", none, 20000, 25000, false, "soldiers"}}},
    Case{"It may send 30-35 thousand troops.", {{"30-35 thousand", none, 30000, 35000, false, "troops"}}},
    Case{"It may send 30\xE2\x80\x93" "35 thousand troops.", {{"30\xE2\x80\x93" "35 thousand", none, 30000, 35000, false, "troops"}}},
    Case{"20,000 \xE2\x80\x93 25,000 troops", {{"20,000 \xE2\x80\x93 25,000", none, 20000, 25000, false, "troops"}}},
    Case{"between $5,000 and $15,000", {{"between $5,000 and $15,000", none, 5000, 15000, false, "USD"}}},
    Case{"from 2022 to 2024", {}},
    Case{"Between 5 and 10 civilians died.", {{"Between 5 and 10", none, 5, 10, false, "civilians"}}},
    Case{"from 200 to 300 tanks", {{"from 200 to 300", none, 200, 300, false, "tanks"}}},
    Case{"five or six drones", {{"five or six", none, 5, 6, true, "drones"}}},
    Case{"about 20,000-25,000 troops", {{"about 20,000-25,000", none, 20000, 25000, true, "troops"}}},
    Case{"Prices rose from 5 to 10 dollars.", {{"5", 5, none, none, false, "dollars"}, {"10", 10, none, none, false, "dollars"}}}));

INSTANTIATE_TEST_SUITE_P(Bounds, FinderTest, ::testing::Values(
    Case{"more than 4,000 soldiers", {{"more than 4,000", 4000, 4000, none, false, "soldiers"}}},
    Case{"over 4,000 soldiers", {{"over 4,000", 4000, 4000, none, false, "soldiers"}}},
    Case{"at least 300 soldiers", {{"at least 300", 300, 300, none, false, "soldiers"}}},
    Case{"at least 2 million people", {{"at least 2 million", 2000000, 2000000, none, false, "people"}}},
    Case{"Up to 12,000 troops", {{"Up to 12,000", 12000, none, 12000, false, "troops"}}},
    Case{"fewer than 50 tanks", {{"fewer than 50", 50, none, 50, false, "tanks"}}},
    Case{"less than 10 percent", {{"less than 10", 10, none, 10, false, "%"}}},
    Case{"under 500 vehicles", {{"under 500", 500, none, 500, false, "vehicles"}}},
    Case{"no more than 20 aircraft were lost", {{"no more than 20", 20, none, 20, false, ""}}},
    Case{"4,000-plus soldiers", {{"4,000-plus", 4000, 4000, none, false, "soldiers"}}},
    Case{"300 or more soldiers", {{"300 or more", 300, 300, none, false, "soldiers"}}},
    Case{"no fewer than 40 ships", {{"no fewer than 40", 40, 40, none, false, "ships"}}},
    Case{"upwards of 3,000 drones", {{"upwards of 3,000", 3000, 3000, none, false, "drones"}}},
    Case{"in excess of 500 shells", {{"in excess of 500", 500, 500, none, false, "shells"}}},
    Case{"as many as 6,000 protesters", {{"as many as 6,000", 6000, none, 6000, false, "protesters"}}},
    Case{"well over 1,000 pieces of artillery", {{"well over 1,000", 1000, 1000, none, false, "pieces of artillery"}}},
    Case{"at least three brigades", {{"at least three", 3, 3, none, false, "brigades"}}},
    Case{"more than a dozen drones", {{"more than a dozen", 12, 12, none, false, "drones"}}},
    // Bound verbs (issue 11): "surpassed 40" is at least 40.
    Case{"the toll had surpassed 40 by noon", {{"surpassed 40", 40, 40, none, false, ""}}},
    Case{"arrivals have exceeded 2,000 refugees", {{"exceeded 2,000", 2000, 2000, none, false, "refugees"}}},
    // "over" after a noun it governs is a preposition, not a bound.
    Case{"control over some 40 kilometres of coast", {{"some 40", 40, none, none, true, "kilometres"}}},
    Case{"influence over 300 villages", {{"300", 300, none, none, false, "villages"}}},
    Case{"over 300 villages", {{"over 300", 300, 300, none, false, "villages"}}}));

// What a figure counts (issue 11): the noun after "of its/their/the".
INSTANTIATE_TEST_SUITE_P(Partitives, FinderTest, ::testing::Values(
    Case{"nine of its sailors were killed", {{"nine", 9, none, none, false, "sailors"}}},
    Case{"40 of their ships were at sea", {{"40", 40, none, none, false, "ships"}}},
    Case{"two of them were killed", {}},
    Case{"the number of pirates killed had surpassed 40", {{"surpassed 40", 40, 40, none, false, "pirates"}}}));

INSTANTIATE_TEST_SUITE_P(Hedges, FinderTest, ::testing::Values(
    Case{"about 8,000 soldiers", {{"about 8,000", 8000, none, none, true, "soldiers"}}},
    Case{"around 12,000 troops", {{"around 12,000", 12000, none, none, true, "troops"}}},
    Case{"approximately 12,000 soldiers", {{"approximately 12,000", 12000, none, none, true, "soldiers"}}},
    Case{"roughly 500 tanks", {{"roughly 500", 500, none, none, true, "tanks"}}},
    Case{"nearly 8,000 soldiers", {{"nearly 8,000", 8000, none, none, true, "soldiers"}}},
    Case{"almost 8,000 soldiers", {{"almost 8,000", 8000, none, none, true, "soldiers"}}},
    Case{"some 8,000 soldiers", {{"some 8,000", 8000, none, none, true, "soldiers"}}},
    Case{"an estimated 8,000 soldiers", {{"an estimated 8,000", 8000, none, none, true, "soldiers"}}},
    Case{"about 40 thousand troops", {{"about 40 thousand", 40000, none, none, true, "troops"}}},
    Case{"40-odd soldiers", {{"40-odd", 40, none, none, true, "soldiers"}}}));

INSTANTIATE_TEST_SUITE_P(VagueAmounts, FinderTest, ::testing::Values(
    Case{"It killed dozens of officers.", {{"dozens", none, 24, none, true, "officers"}}},
    Case{"hundreds of Russian and North Korean servicemen",
         {{"hundreds", none, 200, none, true, "servicemen"}}},
    Case{"thousands of civilians", {{"thousands", none, 2000, none, true, "civilians"}}},
    Case{"tens of thousands of refugees", {{"tens of thousands", none, 20000, none, true, "refugees"}}},
    Case{"hundreds of thousands of people", {{"hundreds of thousands", none, 200000, none, true, "people"}}},
    Case{"several hundred soldiers", {{"several hundred", none, 300, none, true, "soldiers"}}},
    Case{"several thousand soldiers", {{"several thousand", none, 3000, none, true, "soldiers"}}},
    Case{"a few hundred soldiers", {{"a few hundred", none, 200, none, true, "soldiers"}}},
    Case{"a few officers", {{"a few", none, 2, none, true, "officers"}}},
    Case{"scores of civilians", {{"scores", none, 40, none, true, "civilians"}}},
    Case{"several dozen tanks", {{"several dozen", none, 36, none, true, "tanks"}}},
    Case{"a couple of hundred guards", {{"a couple of hundred", none, 200, none, true, "guards"}}},
    Case{"millions of dollars", {{"millions", none, 2000000, none, true, "dollars"}}},
    Case{"It killed hundreds.", {{"hundreds", none, 200, none, true, ""}}},
    Case{"They won a few days.", {}},
    Case{"The test scores improved.", {}},
    Case{"up to a battalion of North Korean infantry soldiers",
         {{"up to a battalion", none, none, none, true, "soldiers"}}},
    Case{"The army lost a battalion.", {}}));

INSTANTIATE_TEST_SUITE_P(Units, FinderTest, ::testing::Values(
    Case{"4,000 North Korean soldiers", {{"4,000", 4000, none, none, false, "soldiers"}}},
    Case{"dozens of Russian and North Korean officers", {{"dozens", none, 24, none, true, "officers"}}},
    Case{"more than 1,000 pieces of equipment since", {{"more than 1,000", 1000, 1000, none, false, "pieces of equipment"}}},
    Case{"One was wiped out \xE2\x80\x93 4,000 soldiers", {{"4,000", 4000, none, none, false, "soldiers"}}},
    Case{"killing 20 senior Russian and North Korean officers", {{"20", 20, none, none, false, "officers"}}},
    Case{"Russia deployed 12,000 North Korean troops, of whom more than 4,000 \"had been lost\".",
         {{"12,000", 12000, none, none, false, "troops"}, {"more than 4,000", 4000, 4000, none, false, "troops"}}},
    Case{"At least 300 soldiers were killed and 2,700 wounded.",
         {{"At least 300", 300, 300, none, false, "soldiers"}, {"2,700", 2700, none, none, false, "soldiers"}}},
    Case{"Russian casualties now stand at about 40,000.", {{"about 40,000", 40000, none, none, true, "casualties"}}},
    Case{"Losses were heavy: 4,000 \xE2\x80\x93 soldiers and officers.", {{"4,000", 4000, none, none, false, "soldiers"}}},
    Case{"The army captured 300 North Koreans.", {{"300", 300, none, none, false, "North Koreans"}}},
    Case{"They held 700 people we captured.", {{"700", 700, none, none, false, "people"}}}));

INSTANTIATE_TEST_SUITE_P(NotQuantities, FinderTest, ::testing::Values(
    Case{"In 2024 the war went on.", {}},
    Case{"Since 2022, fighting continued.", {}},
    Case{"The strike came on Feb. 2 at night.", {}},
    Case{"Yesterday (31 January) it happened.", {}},
    Case{"On January 31, 2025, he spoke.", {}},
    Case{"The meeting began at 10:30 and at 9 a.m. talks resumed.", {}},
    Case{"The 3rd brigade and the 47th held.", {}},
    Case{"Resolution No. 5 and Article 5 apply.", {}},
    Case{"F-16 jets and Su-34 bombers flew; the G7 met.", {}},
    Case{"It lasted three weeks and then 48 hours.", {}},
    Case{"a 25-year-old soldier", {}},
    Case{"the 1990s", {}},
    Case{"on 2025-01-31", {}},
    Case{"They didn't send them into assaults today.", {}},
    Case{"Mr. Novak, 43, a father of two, was detained.", {}},
    Case{"The court ruled 5-4 and the panel split 4 to 1.", {}},
    Case{"He filed a 100-page report on the 28-nation bloc.", {}},
    Case{"Listen to Channel 125 and Round 2 of the fight.", {}},
    Case{"as he did in '08 and in the 90's", {}},
    Case{"Call (800-273-8255) or write to @user_945.", {}},
    Case{"tweet_id=\"778257943577919488\"", {}},
    Case{"He asked several times.", {}},
    Case{"Support came from two outside groups.", {{"two", 2, none, none, false, "groups"}}},
    Case{"The Fortune 500 companies paid 13 percent.",
         {{"500", 500, none, none, false, "companies"}, {"13", 13, none, none, false, "%"}}}));

TEST(FinderRegion, OnlyInsideRegionWithCodePointSpans) {
    const std::string text = "Zelens\xE2\x80\x99kyi said \xE2\x80\x9C" "about 8,000 soldiers\xE2\x80\x9D and 5 tanks.";
    const text::OffsetMap map(text);
    // The region covers the quotation only, not "5 tanks".
    const std::int64_t start = 17;   // code point after the opening quote
    const auto found = findQuantities(text, map, Span{start, start + 20});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].text.text, "about 8,000");
    EXPECT_EQ(found[0].text.span.start, start);
    EXPECT_EQ(found[0].text.span.end, start + 11);
    EXPECT_EQ(text::sliceCodePoints(text, map, found[0].text.span.start, found[0].text.span.end), "about 8,000");
}

TEST(FinderRegion, RegionEndingInsideANumberStaysInside) {
    const std::string text = "They counted 600 ballots.";
    const text::OffsetMap map(text);
    const auto found = findQuantities(text, map, Span{0, 14});   // "They counted 6"
    for (const auto& q : found)
        EXPECT_LE(q.text.span.end, 14) << q.text.text;
}

TEST(FinderRegion, EmptyRegionFindsNothing) {
    const std::string text = "12,000 troops";
    const text::OffsetMap map(text);
    EXPECT_TRUE(findQuantities(text, map, Span{3, 3}).empty());
}

// Regression (issue 14): a number grouped by thousands for thousands of
// groups was a figure whose value overflowed (0 past 308 digits, 1e300
// "people" before); it is a digit string, and the figures beside it stay.
TEST(LongNumbers, ADigitStringIsNoFigureHoweverGrouped) {
    std::string grouped = "1";
    for (int group = 0; group < 2400; ++group)
        grouped += ",234";
    const std::vector<std::string> digitStrings{grouped, "1,234,567,890,123,456,789", std::string(5000, '7'),
                                                std::string(2500, '7') + "." + std::string(2499, '7')};
    for (const std::string& digits : digitStrings) {
        const auto found = find("The ministry said " + digits + " people were moved and 40 families stayed.");
        ASSERT_EQ(found.size(), 1u) << digits.substr(0, 40);
        EXPECT_EQ(show(found[0]), "'40' value=40.000000 low=null high=null approx=0 unit='families'");
    }
    // Fifteen digits, grouped, are still an amount: the size of economies.
    const auto debt = find("The debt reached $36,000,000,000,000 this year.");
    ASSERT_EQ(debt.size(), 1u);
    EXPECT_EQ(debt[0].value, 36e12);
}

}  // namespace
}  // namespace claimdesk::extract
