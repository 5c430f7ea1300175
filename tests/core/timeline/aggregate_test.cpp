#include <gtest/gtest.h>

#include <vector>

#include "core/timeline/aggregate.h"

namespace claimdesk::timeline {
namespace {

std::vector<std::size_t> counts(const std::vector<Bin>& bins) {
    std::vector<std::size_t> out;
    for (const auto& b : bins)
        out.push_back(b.count);
    return out;
}

TEST(Aggregate, CountsPerAlignedBin) {
    const std::vector<double> p{0.5, 1.0, 1.5, 9.0, 10.0, 10.1, 25.0};
    const auto bins = aggregate(p, 0, 30, 10);
    ASSERT_EQ(bins.size(), 3u);
    EXPECT_EQ(counts(bins), (std::vector<std::size_t>{4, 2, 1}));
    EXPECT_DOUBLE_EQ(bins[1].start, 10);
    EXPECT_DOUBLE_EQ(bins[1].end, 20);
    EXPECT_EQ(bins[1].first, 4u);
    EXPECT_DOUBLE_EQ(bins[2].start, 20);
    EXPECT_EQ(bins[2].first, 6u);
}

TEST(Aggregate, OnlyTheVisibleRangeAndBinsStayAlignedWhilePanning) {
    const std::vector<double> p{1, 2, 3, 14, 15, 16, 27};
    const auto bins = aggregate(p, 12, 26, 5);  // [10,15) [15,20) [20,25) [25,30) overlap the view
    EXPECT_EQ(counts(bins), (std::vector<std::size_t>{1, 2}));
    EXPECT_DOUBLE_EQ(bins[0].start, 10);  // not 12: aligned on the bin width
    EXPECT_EQ(bins[0].first, 3u);
}

TEST(Aggregate, EveryPositionCountedOnceAtAnyWidth) {
    std::vector<double> p;
    for (int i = 0; i < 1000; ++i)
        p.push_back(i * 0.37);
    for (double width : {0.1, 1.0, 7.0, 1000.0}) {
        std::size_t total = 0;
        for (const auto& b : aggregate(p, 0, 1000, width))
            total += b.count;
        EXPECT_EQ(total, p.size()) << width;
    }
}

TEST(Aggregate, NothingForEmptyOrDegenerateInput) {
    const std::vector<double> p{1, 2};
    EXPECT_TRUE(aggregate({}, 0, 10, 1).empty());
    EXPECT_TRUE(aggregate(p, 0, 10, 0).empty());
    EXPECT_TRUE(aggregate(p, 10, 0, 1).empty());
    EXPECT_TRUE(aggregate(p, 5, 10, 1).empty());
}

}  // namespace
}  // namespace claimdesk::timeline
