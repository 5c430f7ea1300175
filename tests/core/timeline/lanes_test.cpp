#include <gtest/gtest.h>

#include "core/timeline/lanes.h"

namespace claimdesk::timeline {
namespace {

TimelineEntry claim(std::int64_t id, Day day, std::optional<std::int64_t> cluster, std::string outlet,
                    std::string speaker) {
    TimelineEntry e;
    e.kind = EntryKind::Claim;
    e.id = id;
    e.label = "claim " + std::to_string(id);
    e.stated = DayInterval{day, day};
    e.clusterId = cluster;
    e.outlet = std::move(outlet);
    e.speaker = std::move(speaker);
    return e;
}

TimelineEntry event(std::int64_t id, Day day, std::optional<std::int64_t> cluster) {
    TimelineEntry e;
    e.kind = EntryKind::Event;
    e.id = id;
    e.label = "event " + std::to_string(id);
    e.happened = DayInterval{day, day};
    e.clusterId = cluster;
    e.outlet = "Ledger";
    return e;
}

std::vector<TimelineEntry> sample() {
    std::vector<TimelineEntry> v;
    v.push_back(claim(1, 20, 7, "Ledger", "Mayor"));      // 0
    v.push_back(claim(2, 10, 7, "Courier", "Mayor"));     // 1
    v.push_back(claim(3, 30, 8, "Courier", ""));          // 2: alone in its cluster
    v.push_back(event(4, 5, 1));                          // 3
    v.push_back(event(5, 40, 1));                         // 4
    v.push_back(event(6, 50, 2));                         // 5: alone
    TimelineEntry undated = claim(7, 0, 7, "Ledger", "Mayor");
    undated.stated.reset();
    v.push_back(undated);                                 // 6: no date
    v[0].disagreement = true;
    v[0].disagreementReason = "20 vs 30";
    return v;
}

std::vector<std::string> keys(const std::vector<Lane>& lanes) {
    std::vector<std::string> out;
    for (const auto& l : lanes)
        out.push_back(l.key);
    return out;
}

TEST(AssignLanes, ByClusterSharedClustersGetLanesSinglesShareOne) {
    const auto entries = sample();
    const auto lanes = assignLanes(entries, LaneMode::Cluster);
    EXPECT_EQ(keys(lanes), (std::vector<std::string>{"event-cluster:1", "claim-cluster:7", "claim-cluster:other",
                                                     "event-cluster:other"}));
    EXPECT_EQ(lanes[1].entries, (std::vector<std::size_t>{1, 0}));  // by date; the undated one left out
    EXPECT_EQ(lanes[1].title, "claim 2");
    EXPECT_TRUE(lanes[1].disagreement);
    EXPECT_EQ(lanes[1].disagreementReason, "20 vs 30");
    EXPECT_FALSE(lanes[0].disagreement);
    EXPECT_EQ(lanes[2].title, "Other claims");
}

TEST(AssignLanes, ByOutlet) {
    const auto lanes = assignLanes(sample(), LaneMode::Outlet);
    ASSERT_EQ(lanes.size(), 2u);
    EXPECT_EQ(lanes[0].title, "Ledger");
    EXPECT_EQ(lanes[0].entries, (std::vector<std::size_t>{3, 0, 4, 5}));
    EXPECT_EQ(lanes[1].title, "Courier");
    EXPECT_EQ(lanes[1].entries, (std::vector<std::size_t>{1, 2}));
}

TEST(AssignLanes, BySpeakerEventsAndUnattributedShareLanes) {
    const auto lanes = assignLanes(sample(), LaneMode::Speaker);
    ASSERT_EQ(lanes.size(), 3u);
    EXPECT_EQ(lanes[0].title, "Events");
    EXPECT_EQ(lanes[1].title, "Mayor");
    EXPECT_EQ(lanes[1].entries.size(), 2u);
    EXPECT_EQ(lanes[2].title, "Unattributed");
}

struct PackCase {
    std::vector<Extent> extents;
    int maxRows;
    double gap;
    std::vector<int> rows;
};

class PackRows : public ::testing::TestWithParam<PackCase> {};

TEST_P(PackRows, AssignsRows) {
    const PackCase& c = GetParam();
    EXPECT_EQ(packRows(c.extents, c.maxRows, c.gap), c.rows);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, PackRows,
    ::testing::Values(
        // Apart: one row.
        PackCase{{{0, 10}, {20, 30}, {40, 50}}, 4, 0, {0, 0, 0}},
        // Overlapping: stacked.
        PackCase{{{0, 10}, {5, 15}, {8, 20}}, 4, 0, {0, 1, 2}},
        // The first free row is reused.
        PackCase{{{0, 10}, {5, 15}, {11, 20}}, 4, 0, {0, 1, 0}},
        // Given out of order: rows follow the start.
        PackCase{{{11, 20}, {0, 10}, {5, 15}}, 4, 0, {0, 0, 1}},
        // The gap keeps neighbours apart.
        PackCase{{{0, 10}, {11, 20}}, 4, 2, {0, 1}},
        // Capped: the overflow goes to the last row, even where another frees first.
        PackCase{{{0, 10}, {0, 5}, {1, 3}}, 2, 0, {0, 1, 1}},
        PackCase{{{0, 3}, {0, 10}, {0, 10}, {1, 2}, {4, 5}}, 3, 0, {0, 1, 2, 2, 0}},
        PackCase{{{0, 10}, {0, 2}, {1, 3}, {1, 4}}, 2, 0, {0, 1, 1, 1}},
        PackCase{{}, 3, 0, {}}));

}  // namespace
}  // namespace claimdesk::timeline
