#include <gtest/gtest.h>

#include "core/link/claimlinker.h"
#include "core/link/figureframe.h"
#include "linkfixtures.h"

namespace claimdesk::link {
namespace {

using testing::claim;
using testing::figure;

Quantity at(Quantity q, const std::string& content, const std::string& text) {
    const auto offset = static_cast<std::int64_t>(content.find(text));
    q.text = {{offset, offset + static_cast<std::int64_t>(text.size())}, text};
    return q;
}

TEST(FigureFrame, NamesWhatIsCountedAndTheTwoFiguresThatConflict) {
    const std::string a = "4,000 soldiers were killed in Kursk", b = "at least 300 soldiers were killed in Kursk",
                      c = "12,000 soldiers were deployed to Kursk";
    const LinkClaim ca = claim(1, "UNN", "Zelensky", a, {at(figure(4000, {}, {}, false, "soldiers"), a, "4,000")});
    const LinkClaim cb = claim(2, "Yonhap", "NIS", b, {at(figure(300, 300, {}, false, "soldiers"), b, "at least 300")});
    const LinkClaim cc = claim(3, "AP", "Zelensky", c, {at(figure(12000, {}, {}, false, "soldiers"), c, "12,000")});
    const FigureFrame frame = figureFrame({&ca, &cb, &cc});
    EXPECT_EQ(frame.unit, "soldiers");
    EXPECT_EQ(frame.role, "casualties") << "two of three count the killed";
    EXPECT_TRUE(frame.conflict);
    EXPECT_EQ(frame.heading(), "Soldiers, casualties: ≥ 300 vs 4,000");
}

TEST(FigureFrame, AgreeingFiguresAreListedAndNoFiguresNoFrame) {
    const std::string a = "about 12,000 troops were deployed", b = "12,000 troops were deployed";
    const LinkClaim ca = claim(1, "UNN", "Zelensky", a, {at(figure(12000, {}, {}, true, "troops"), a, "about 12,000")});
    const LinkClaim cb = claim(2, "AP", "Zelensky", b, {at(figure(12000, {}, {}, false, "troops"), b, "12,000")});
    const FigureFrame frame = figureFrame({&ca, &cb});
    EXPECT_FALSE(frame.conflict);
    EXPECT_EQ(frame.heading(), "Troops, deployed: ~12,000 · 12,000");
    const LinkClaim words = claim(3, "AP", "Budanov", "the reports are false");
    EXPECT_TRUE(figureFrame({&words}).empty());
    EXPECT_EQ(figureFrame({&words}).heading(), "");
}

TEST(ClaimLinker, ClustersTheAnalystShapedNeverMergeThroughANewClaim) {
    const std::string text = "North Korean soldiers were killed near the village of Makhnovka";
    // Two clusters as the analyst left them: the same story, kept apart.
    std::vector<LinkClaim> known = {claim(1, "UNN", "Zelensky", text), claim(2, "AP", "Syrskyi", text)};
    known[0].claimId = 10;
    known[1].claimId = 11;
    LinkClaim fresh = claim(3, "BBC", "Zelensky", text);
    fresh.claimId = 12;

    ClaimLinker free;
    free.restore(known, {100, 200});
    free.add({fresh});
    EXPECT_EQ(free.clusters().size(), 1u) << "without a pin, a new claim bridges them";

    ClaimLinker kept;
    kept.restore(known, {100, 200}, {false, true});
    kept.add({fresh});
    const auto clusters = kept.clusters();
    ASSERT_EQ(clusters.size(), 1u);
    EXPECT_EQ(clusters[0].members.size(), 2u) << "the new claim joins one of them, never both";
}

}  // namespace
}  // namespace claimdesk::link
