#include <gtest/gtest.h>

#include "core/link/eventlinker.h"

namespace claimdesk::link {
namespace {

std::vector<LinkEvent> story() {
    return {
        {1, 1, "2025-03", "Vellmar", "A fuel barge ran aground on the River Ossa early in March, spilling diesel near Vellmar"},
        {2, 2, "2025-03-03", "Vellmar", "The barge ran aground on the Ossa on March 3 and spilled diesel upstream of Vellmar"},
        {3, 3, "2025-03-10", "Vellmar", "The water authority lifted its tap water advice for Vellmar"},
        {4, 3, "2025-03-03", "", "The barge, the Corran Tide, ran aground and spilled about 20 tonnes of diesel"},
        {5, 4, "2024-11-20", "Vellmar", "A barge ran aground on the Ossa near Vellmar and spilled diesel"},
    };
}

TEST(EventLinker, TheSameHappeningAcrossDocumentsIsOneCluster) {
    const auto groups = clusterEvents(story());
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0], (std::vector<std::size_t>{0, 1, 3}));
}

TEST(EventLinker, DatesAreCompatibleWhenOnePeriodHoldsTheOther) {
    EXPECT_TRUE(datesCompatible("2025-03", "2025-03-03"));
    EXPECT_TRUE(datesCompatible("2024-FA", "2024-10-02"));
    EXPECT_TRUE(datesCompatible("2025-03-03", "2025-03-03"));
    EXPECT_FALSE(datesCompatible("2025-03-03", "2025-03-04"));
    EXPECT_FALSE(datesCompatible("2025-03", ""));
}

TEST(EventLinker, EventsWithNoWordInCommonStayApartOnTheSameDayAndPlace) {
    const std::vector<LinkEvent> events{
        {1, 1, "2025-03-03", "Vellmar", "Fuel barge aground"},
        {2, 2, "2025-03-03", "Vellmar", "Council elects mayor"},
    };
    EXPECT_TRUE(clusterEvents(events).empty());
}

TEST(EventLinker, ANewReportJoinsTheClusterItsStoryAlreadyHas) {
    auto events = story();
    // The first two were clustered in an earlier batch (key 7); the fourth
    // is new and reports the same grounding.
    const std::vector<std::int64_t> groups{7, 7, -1, -1, -1};
    std::swap(events[3], events[4]);  // new events come last: [3] 2024's, [4] the grounding
    const auto joined = joinNewEvents(events, groups, 3);
    ASSERT_EQ(joined.size(), 1u);
    EXPECT_EQ(joined[0], (std::vector<std::size_t>{0, 1, 4}));
}

// A made-up word of its own for each story and position.
std::string storyWord(std::size_t story, std::size_t position) {
    const std::size_t n = story * 8 + position;
    return std::string("qu") + static_cast<char>('a' + n % 26) + static_cast<char>('a' + n / 26 % 26) + "on";
}

// Many stories on the same few days and in the same places: each story's
// reports join, nothing joins across stories, however many events share a
// date and a place.
TEST(EventLinker, ManyStoriesOnTheSameDaysStaySeparate) {
    const std::vector<std::string> places{"Vellmar", "Ossory", "Carrick"};
    std::vector<LinkEvent> events;
    std::int64_t id = 0;
    constexpr std::size_t kStories = 60;
    for (std::size_t story = 0; story < kStories; ++story)
        for (std::int64_t report = 0; report < 3; ++report) {
            std::string what = "officials reported";
            for (std::size_t w = 0; w < 4; ++w)
                what += " " + storyWord(story, w);
            events.push_back({++id, report + 1, "2025-03-0" + std::to_string(1 + story % 2),
                              places[story % places.size()], what});
        }
    const auto groups = clusterEvents(events);
    ASSERT_EQ(groups.size(), kStories);
    for (const auto& group : groups) {
        ASSERT_EQ(group.size(), 3u);
        EXPECT_EQ(group[0] % 3, 0u);
        EXPECT_EQ(group[1], group[0] + 1);
        EXPECT_EQ(group[2], group[0] + 2);
    }
}

}  // namespace
}  // namespace claimdesk::link
