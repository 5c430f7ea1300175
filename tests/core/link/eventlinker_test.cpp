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

}  // namespace
}  // namespace claimdesk::link
