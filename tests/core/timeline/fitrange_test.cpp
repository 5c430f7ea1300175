// The range a timeline fits: where its items are, stray ones left out.
#include <gtest/gtest.h>

#include "core/timeline/fitrange.h"

namespace claimdesk::timeline {
namespace {

std::vector<DaySpan> days(double first, int count, double step = 1) {
    std::vector<DaySpan> out;
    for (int i = 0; i < count; ++i)
        out.push_back({first + i * step, first + i * step + 1});
    return out;
}

TEST(FitRange, NothingToFit) { EXPECT_FALSE(fitRange({})); }

TEST(FitRange, EverythingWhenNothingStrays) {
    auto spans = days(100, 40);
    EXPECT_EQ(fitRange(spans), (DaySpan{100, 140}));
}

TEST(FitRange, AFarOutlierAtEitherEndIsLeftOut) {
    auto spans = days(1000, 12);
    spans.push_back({500, 501});  // a caption's date a year and more before
    EXPECT_EQ(fitRange(spans), (DaySpan{1000, 1012}));
    spans = days(1000, 12);
    spans.push_back({1600, 1601});
    EXPECT_EQ(fitRange(spans), (DaySpan{1000, 1012}));
}

// One vague "this summer" months after weeks of items: near enough not to
// be far out, alone it would triple the range.
TEST(FitRange, ASingleItemThatStretchesTheRangeIsLeftOut) {
    auto spans = days(100, 60, 1.5);    // days 100..189.5
    spans.push_back({220, 312});        // a season a month later
    EXPECT_EQ(fitRange(spans), (DaySpan{100, 189.5}));
}

// Leaving out more than one in fifty would hide data, not strays: a range
// that many items stretch is kept.
TEST(FitRange, ManyItemsAtTheEndAreData) {
    auto spans = days(100, 60, 1.5);
    for (int i = 0; i < 3; ++i)
        spans.push_back({220 + i * 30, 250 + i * 30});
    EXPECT_EQ(fitRange(spans)->second, 310);
}

// A small timeline keeps every item unless it is far out.
TEST(FitRange, FewItemsAreAllKept) {
    std::vector<DaySpan> spans{{100, 101}, {110, 111}, {130, 131}};
    EXPECT_EQ(fitRange(spans), (DaySpan{100, 131}));
}

// The fewest items go: one stray out of a hundred leaves the ninety-nine.
TEST(FitRange, TheFewestItemsGo) {
    auto spans = days(100, 99);
    spans.push_back({300, 301});
    // Far out already (the gap rule) or stretching: either way, only it goes.
    EXPECT_EQ(fitRange(spans), (DaySpan{100, 199}));
    spans = days(100, 99);
    spans.push_back({230, 320});  // near, but alone it more than doubles the range
    EXPECT_EQ(fitRange(spans), (DaySpan{100, 199}));
}

}  // namespace
}  // namespace claimdesk::timeline
