#include <gtest/gtest.h>

#include "core/domain/measures.h"

namespace claimdesk::frames {
namespace {

std::vector<std::string> words(std::initializer_list<const char*> list) { return {list.begin(), list.end()}; }

TEST(Measures, TheLongestPhraseNearestToTheFigureWins) {
    // "upwards of 100 sailors were killed or wounded": after the figure.
    EXPECT_EQ(measureNear({}, words({"sailors", "were", "killed", "or", "wounded"})), "casualties");
    EXPECT_EQ(measureNear({}, words({"sailors", "were", "killed", "on", "monday"})), "killed");
    // "had detained 14 suspects": before the figure, nearest first.
    EXPECT_EQ(measureNear(words({"detained", "had"}), words({"suspects"})), "captured");
    // Out of reach, or no measure word at all.
    EXPECT_EQ(measureNear({}, words({"a", "b", "c", "killed"}), 6, 3), "");
    EXPECT_EQ(measureNear(words({"carried"}), words({"passengers"})), "");
}

TEST(Measures, ReportsWhereThePhraseWas) {
    const MeasurePhrase m = findMeasure(words({"out", "pulled", "has"}), words({"warships"}));
    EXPECT_EQ(m.measure, "withdrawn");
    EXPECT_TRUE(m.before);
    EXPECT_EQ(m.distance, 0u);
    EXPECT_EQ(m.length, 2u);
}

TEST(Measures, KilledAndWoundedArePartsOfCasualties) {
    EXPECT_EQ(measureParts("casualties"), (std::vector<std::string>{"killed", "wounded"}));
    EXPECT_TRUE(measureParts("killed").empty());
    EXPECT_EQ(measureFamily("killed"), "casualties");
    EXPECT_EQ(measureFamily("wounded"), "casualties");
    EXPECT_EQ(measureFamily("deployed"), "deployed");
    EXPECT_EQ(measureLabel("casualties"), "killed or wounded");
    EXPECT_TRUE(ownedByAgent("deployed"));
    EXPECT_FALSE(ownedByAgent("killed"));
}

}  // namespace
}  // namespace claimdesk::frames
