#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/export/claimreview.h"
#include "exportfixtures.h"

namespace claimdesk::exporting {
namespace {

using nlohmann::json;

struct RatingCase {
    ClaimStatus status;
    std::optional<int> credibility;
    std::optional<int> value;
    const char* name;
};

class Rating : public ::testing::TestWithParam<RatingCase> {};

TEST_P(Rating, FollowsTheDocumentedScale) {
    const RatingCase& c = GetParam();
    const auto r = reviewRating(c.status, c.credibility);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value, c.value);
    EXPECT_EQ(r->alternateName, c.name);
}

INSTANTIATE_TEST_SUITE_P(
    Scale, Rating,
    ::testing::Values(RatingCase{ClaimStatus::Confirmed, std::nullopt, 5, "Confirmed"},
                      RatingCase{ClaimStatus::Rejected, std::nullopt, 1, "Rejected"},
                      RatingCase{ClaimStatus::Confirmed, 1, 5, "Confirmed by other sources"},
                      RatingCase{ClaimStatus::Confirmed, 2, 4, "Probably true"},
                      RatingCase{ClaimStatus::Confirmed, 3, 3, "Possibly true"},
                      RatingCase{ClaimStatus::Rejected, 4, 2, "Doubtful"},
                      RatingCase{ClaimStatus::Rejected, 5, 1, "Improbable"},
                      RatingCase{ClaimStatus::Rejected, 6, std::nullopt, "Cannot be judged"}));

TEST(RatingOfAnUnreviewedClaim, IsNone) {
    EXPECT_FALSE(reviewRating(ClaimStatus::Extracted, std::nullopt));
    EXPECT_FALSE(reviewRating(ClaimStatus::Extracted, 2));
}

class ClaimReviewTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_store = testing::articleStore();
        ASSERT_TRUE(m_store);
        auto claims = m_store->claims({});
        m_bridge = (*claims)[0].id;
        m_scrawl = (*claims)[1].id;
    }
    json reviews() {
        auto project = readProject(*m_store, {});
        EXPECT_TRUE(project.ok());
        return json::parse(writeClaimReviews(*project));
    }
    std::optional<store::ProjectStore> m_store;
    std::int64_t m_bridge = 0, m_scrawl = 0;
};

TEST_F(ClaimReviewTest, OnlyReviewedClaimsAreWritten) {
    const json j = reviews();
    EXPECT_EQ(j["@context"], "https://schema.org");
    EXPECT_TRUE(j["@graph"].empty());
    ASSERT_TRUE(m_store->review({{m_scrawl, ClaimStatus::Rejected, "a prank", "bo", "2025-03-07T09:00:00Z"}}).ok());
    EXPECT_EQ(reviews()["@graph"].size(), 1u);
}

TEST_F(ClaimReviewTest, WritesTheClaimItsAuthorAppearanceAndRating) {
    ASSERT_TRUE(m_store->review({{m_bridge, ClaimStatus::Confirmed, "", "ana", "2025-03-06T08:00:00Z"},
                                 {m_bridge, ClaimStatus::Confirmed, "council minutes", "bo", "2025-03-07T09:30:00Z"}})
                    .ok());
    ASSERT_TRUE(m_store->setCredibility(m_bridge, 2).ok());
    const json j = reviews();
    ASSERT_EQ(j["@graph"].size(), 1u);
    const json& r = j["@graph"][0];
    EXPECT_EQ(r["@type"], "ClaimReview");
    EXPECT_EQ(r["claimReviewed"], "the bridge would reopen on Monday");
    EXPECT_EQ(r["author"], json({{"@type", "Person"}, {"name", "bo"}}));  // the last decision's analyst
    EXPECT_EQ(r["datePublished"], "2025-03-07");
    EXPECT_EQ(r["reviewBody"], "council minutes");
    EXPECT_EQ(r["reviewRating"]["ratingValue"], 4);
    EXPECT_EQ(r["reviewRating"]["bestRating"], 5);
    EXPECT_EQ(r["reviewRating"]["worstRating"], 1);
    EXPECT_EQ(r["reviewRating"]["alternateName"], "Probably true");

    const json& item = r["itemReviewed"];
    EXPECT_EQ(item["@type"], "Claim");
    EXPECT_EQ(item["author"]["@type"], "Person");
    EXPECT_EQ(item["author"]["name"], "Ilona Nowak");
    EXPECT_EQ(item["author"]["jobTitle"], "Mayor");
    EXPECT_EQ(item["datePublished"], "2025-03-04");  // when it was said
    const json& appearance = item["appearance"];
    EXPECT_EQ(appearance["headline"], "Bridge to reopen");
    EXPECT_EQ(appearance["publisher"]["name"], "Harbour Ledger");
    EXPECT_EQ(appearance["datePublished"], "2025-03-05");
    EXPECT_EQ(appearance["identifier"], "urn:sha256:" + std::string(64, 'a'));
    EXPECT_FALSE(appearance.contains("url"));  // a local file, not a web address
}

TEST_F(ClaimReviewTest, AnOrganisationSpeaksAndAnUndatedClaimTakesTheArticlesDate) {
    ASSERT_TRUE(m_store->review({{m_scrawl, ClaimStatus::Rejected, "", "bo", "2025-03-07T09:00:00Z"}}).ok());
    const json r = reviews()["@graph"][0];
    EXPECT_EQ(r["itemReviewed"]["author"]["@type"], "Organization");
    EXPECT_EQ(r["itemReviewed"]["datePublished"], "2025-03-05");
    EXPECT_EQ(r["reviewRating"]["ratingValue"], 1);
    EXPECT_EQ(r["reviewRating"]["alternateName"], "Rejected");
    EXPECT_FALSE(r.contains("reviewBody"));
}

}  // namespace
}  // namespace claimdesk::exporting
