#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/export/claimreview.h"
#include "exportfixtures.h"

namespace claimdesk::exporting {
namespace {

using nlohmann::json;

const std::vector<store::VerdictLabel> kLabels = {
    {"corroborated", 5}, {"unverified", std::nullopt}, {"disputed", 3}, {"false", 1}};

struct RatingCase {
    std::optional<int> credibility;
    std::string verdict;
    std::optional<int> value;
    const char* name;
};

class Rating : public ::testing::TestWithParam<RatingCase> {};

TEST_P(Rating, FollowsTheDocumentedScale) {
    const RatingCase& c = GetParam();
    const auto r = reviewRating(store::Assessment{c.credibility, c.verdict, {}}, kLabels);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value, c.value);
    EXPECT_EQ(r->alternateName, c.name);
}

INSTANTIATE_TEST_SUITE_P(
    Scale, Rating,
    ::testing::Values(RatingCase{std::nullopt, "corroborated", 5, "corroborated"},
                      RatingCase{std::nullopt, "False", 1, "False"},
                      RatingCase{2, "disputed", 3, "disputed"},  // the verdict wins over the credibility
                      RatingCase{std::nullopt, "unverified", std::nullopt, "unverified"},
                      RatingCase{std::nullopt, "a label since removed", std::nullopt, "a label since removed"},
                      RatingCase{1, "", 5, "Confirmed by other sources"},
                      RatingCase{2, "", 4, "Probably true"},
                      RatingCase{3, "", 3, "Possibly true"},
                      RatingCase{4, "", 2, "Doubtful"},
                      RatingCase{5, "", 1, "Improbable"},
                      RatingCase{6, "", std::nullopt, "Cannot be judged"}));

TEST(RatingOfAnUnassessedClaim, IsNone) {
    EXPECT_FALSE(reviewRating(store::Assessment{}, kLabels));
    EXPECT_FALSE(reviewRating(store::Assessment{std::nullopt, "", "a note alone rates nothing"}, kLabels));
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

TEST_F(ClaimReviewTest, OnlyAssessedClaimsAreWrittenNeverOnReviewAlone) {
    const json j = reviews();
    EXPECT_EQ(j["@context"], "https://schema.org");
    EXPECT_TRUE(j["@graph"].empty());
    // A confirmed attribution says who said it, not that it is true.
    ASSERT_TRUE(m_store->review({{m_bridge, ClaimStatus::Confirmed, "", "bo", "2025-03-07T09:00:00Z"}}).ok());
    EXPECT_TRUE(reviews()["@graph"].empty());
    ASSERT_TRUE(m_store->assess({{m_bridge, {std::nullopt, "false", ""}, "bo", "2025-03-07T09:10:00Z"}}).ok());
    EXPECT_EQ(reviews()["@graph"].size(), 1u);
    // A claim whose attribution is wrong was not said: no review of it.
    ASSERT_TRUE(m_store->assess({{m_scrawl, {std::nullopt, "false", ""}, "bo", "2025-03-07T09:20:00Z"}}).ok());
    ASSERT_TRUE(m_store->review({{m_scrawl, ClaimStatus::Rejected, "a prank", "bo", "2025-03-07T09:30:00Z"}}).ok());
    EXPECT_EQ(reviews()["@graph"].size(), 1u);
}

TEST_F(ClaimReviewTest, WritesTheClaimItsAuthorAppearanceAndRating) {
    ASSERT_TRUE(m_store->review({{m_bridge, ClaimStatus::Confirmed, "", "ana", "2025-03-06T08:00:00Z"},
                                 {m_bridge, ClaimStatus::Confirmed, "council minutes", "bo", "2025-03-07T09:30:00Z"}})
                    .ok());
    ASSERT_TRUE(m_store->assess({{m_bridge, {2, "", ""}, "ana", "2025-03-07T10:00:00Z"},
                                 {m_bridge, {2, "", "council minutes"}, "bo", "2025-03-08T09:30:00Z"}})
                    .ok());
    const json j = reviews();
    ASSERT_EQ(j["@graph"].size(), 1u);
    const json& r = j["@graph"][0];
    EXPECT_EQ(r["@type"], "ClaimReview");
    EXPECT_EQ(r["claimReviewed"], "the bridge would reopen on Monday");
    EXPECT_EQ(r["author"], json({{"@type", "Person"}, {"name", "bo"}}));  // the last assessment's analyst
    EXPECT_EQ(r["datePublished"], "2025-03-08");
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
    ASSERT_TRUE(m_store->assess({{m_scrawl, {std::nullopt, "false", ""}, "bo", "2025-03-07T09:00:00Z"}}).ok());
    const json r = reviews()["@graph"][0];
    EXPECT_EQ(r["itemReviewed"]["author"]["@type"], "Organization");
    EXPECT_EQ(r["itemReviewed"]["datePublished"], "2025-03-05");
    EXPECT_EQ(r["reviewRating"]["ratingValue"], 1);
    EXPECT_EQ(r["reviewRating"]["alternateName"], "false");
    EXPECT_FALSE(r.contains("reviewBody"));
}

}  // namespace
}  // namespace claimdesk::exporting
