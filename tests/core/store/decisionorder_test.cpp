// Regression (issue 14): a claim's status was its history entry with the
// latest timestamp, so a decision dated in the future (another machine's
// clock) outranked every decision made here afterwards. The store's own
// sequence decides now, and an import never silently overrides.
#include <gtest/gtest.h>

#include "core/store/projectstore.h"
#include "core/store/schema.h"
#include "storefixtures.h"
#include "testsupport.h"
#include "storeaccess.h"

namespace claimdesk::store {
namespace {

ReviewDecision decision(std::int64_t claim, ClaimStatus status, const std::string& analyst, const std::string& at,
                        const std::string& reason = {}) {
    return {claim, status, reason, analyst, at};
}

class DecisionOrder : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = ProjectStore::open(":memory:");
        ASSERT_TRUE(opened.ok()) << opened.error();
        m_store.emplace(std::move(*opened));
        auto added = m_store->addDocument(testing::sampleDocument("a.txt", "Mayor Hrytsenko said the bridge would "
                                                                           "reopen on Monday."),
                                          testing::sampleAnalysis());
        ASSERT_TRUE(added.ok()) << added.error();
        auto rows = m_store->claims({});
        ASSERT_EQ(rows->size(), 1u);
        m_claim = rows->front().id;
    }

    ClaimStatus status() { return m_store->claim(m_claim)->status; }

    std::optional<ProjectStore> m_store;
    std::int64_t m_claim = 0;
};

TEST_F(DecisionOrder, TheLastDecisionMadeHereIsTheStatusWhateverItsTime) {
    ASSERT_TRUE(m_store->review({decision(m_claim, ClaimStatus::Confirmed, "ana", "2099-01-01T00:00:00Z")}).ok());
    ASSERT_TRUE(m_store->review({decision(m_claim, ClaimStatus::Rejected, "ana", "2025-03-05T10:00:00Z")}).ok());
    EXPECT_EQ(status(), ClaimStatus::Rejected);
    auto history = m_store->reviewHistory(m_claim);
    ASSERT_EQ(history->size(), 2u);
    EXPECT_EQ(currentDecision(*history)->status, ClaimStatus::Rejected);
}

TEST_F(DecisionOrder, AnImportIntoAnUndecidedClaimSetsItsStatus) {
    auto merged = m_store->mergeDecisions(
        m_claim, {decision(0, ClaimStatus::Confirmed, "bob", "2099-01-01T00:00:00Z", "two sources")});
    ASSERT_TRUE(merged.ok()) << merged.error();
    EXPECT_EQ(merged->appended, 1);
    EXPECT_TRUE(merged->statusChanged);
    EXPECT_FALSE(merged->conflict);
    EXPECT_EQ(status(), ClaimStatus::Confirmed);
    auto history = m_store->reviewHistory(m_claim);
    ASSERT_EQ(history->size(), 1u);
    EXPECT_TRUE(history->front().imported);
    EXPECT_TRUE(history->front().applied);
    EXPECT_EQ(history->front().at, "2099-01-01T00:00:00Z") << "the time is kept for the record";

    // A review here afterwards is the status, though its time is earlier.
    ASSERT_TRUE(m_store->review({decision(m_claim, ClaimStatus::Rejected, "ana", "2025-03-05T10:00:00Z")}).ok());
    EXPECT_EQ(status(), ClaimStatus::Rejected);
}

TEST_F(DecisionOrder, AnImportMadeWithoutTheDecisionHereIsAConflictAndDoesNotApply) {
    const auto ours = decision(m_claim, ClaimStatus::Confirmed, "ana", "2025-03-05T10:00:00Z");
    ASSERT_TRUE(m_store->review({ours}).ok());
    auto merged =
        m_store->mergeDecisions(m_claim, {decision(0, ClaimStatus::Rejected, "bob", "2099-01-01T00:00:00Z", "misquoted")});
    ASSERT_TRUE(merged.ok()) << merged.error();
    EXPECT_EQ(merged->appended, 1);
    EXPECT_FALSE(merged->statusChanged);
    ASSERT_TRUE(merged->conflict);
    EXPECT_EQ(merged->conflict->current.analyst, "ana");
    EXPECT_EQ(merged->conflict->imported.analyst, "bob");
    EXPECT_EQ(merged->conflict->imported.status, ClaimStatus::Rejected);
    EXPECT_EQ(status(), ClaimStatus::Confirmed);
    auto history = m_store->reviewHistory(m_claim);
    ASSERT_EQ(history->size(), 2u);
    EXPECT_FALSE(history->back().applied) << "kept in the history, not applied";
    EXPECT_EQ(currentDecision(*history)->analyst, "ana");

    // Importing it again adds nothing and reports nothing new.
    auto again =
        m_store->mergeDecisions(m_claim, {decision(0, ClaimStatus::Rejected, "bob", "2099-01-01T00:00:00Z", "misquoted")});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->appended, 0);
    EXPECT_FALSE(again->conflict);
}

TEST_F(DecisionOrder, AnImportThatContinuesFromTheDecisionHereApplies) {
    const auto ours = decision(m_claim, ClaimStatus::Confirmed, "ana", "2025-03-05T10:00:00Z");
    ASSERT_TRUE(m_store->review({ours}).ok());
    // The colleague imported ours, then changed their mind: even with a
    // clock that runs behind, theirs comes after ours.
    auto merged = m_store->mergeDecisions(
        m_claim, {decision(0, ClaimStatus::Confirmed, "ana", "2025-03-05T10:00:00Z"),
                  decision(0, ClaimStatus::Rejected, "bob", "2020-01-01T00:00:00Z", "a second look")});
    ASSERT_TRUE(merged.ok()) << merged.error();
    EXPECT_EQ(merged->appended, 1);
    EXPECT_TRUE(merged->statusChanged);
    EXPECT_FALSE(merged->conflict);
    EXPECT_EQ(status(), ClaimStatus::Rejected);
}

TEST_F(DecisionOrder, AnImportAgreeingWithTheDecisionHereIsNoConflict) {
    ASSERT_TRUE(m_store->review({decision(m_claim, ClaimStatus::Confirmed, "ana", "2025-03-05T10:00:00Z")}).ok());
    auto merged = m_store->mergeDecisions(m_claim, {decision(0, ClaimStatus::Confirmed, "bob", "2025-03-04T10:00:00Z")});
    ASSERT_TRUE(merged.ok());
    EXPECT_EQ(merged->appended, 1);
    EXPECT_FALSE(merged->conflict);
    EXPECT_EQ(currentDecision(*m_store->reviewHistory(m_claim))->analyst, "ana");
}

TEST_F(DecisionOrder, ConflictsTheOtherSideKeptNeverApply) {
    auto kept = decision(0, ClaimStatus::Rejected, "carl", "2025-03-06T10:00:00Z");
    kept.applied = false;
    auto merged =
        m_store->mergeDecisions(m_claim, {decision(0, ClaimStatus::Confirmed, "bob", "2025-03-05T10:00:00Z"), kept});
    ASSERT_TRUE(merged.ok());
    EXPECT_EQ(merged->appended, 2);
    EXPECT_EQ(status(), ClaimStatus::Confirmed);
    EXPECT_FALSE(merged->conflict);
}

TEST(DecisionOrderMigration, DecisionsOfAnEarlierSchemaCountAsMadeHere) {
    constexpr int kBeforeDecisionOrder = 12;
    testing::TempDir dir;
    const std::string path = dir.file("old.claimdesk").string();
    {
        auto store = ProjectStore::open(path);
        ASSERT_TRUE(store.ok()) << store.error();
        ASSERT_TRUE(store->addDocument(testing::sampleDocument("a.txt", "Mayor Hrytsenko said the bridge would reopen "
                                                                        "on Monday."),
                                       testing::sampleAnalysis())
                        .ok());
        ASSERT_TRUE(store->review({decision(1, ClaimStatus::Rejected, "ana", "2025-03-05T10:00:00Z")}).ok());
        // Back to the schema before decision order (step 13): its columns
        // gone. Later steps run again over it (each may).
        ASSERT_TRUE(claimdesk::testing::rawDatabase(*store)
                        .exec("ALTER TABLE review_history DROP COLUMN imported; "
                              "ALTER TABLE review_history DROP COLUMN applied; PRAGMA user_version = " +
                              std::to_string(kBeforeDecisionOrder))
                        .ok());
    }
    auto store = ProjectStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error();
    auto history = store->reviewHistory(1);
    ASSERT_TRUE(history.ok()) << history.error();
    ASSERT_EQ(history->size(), 1u);
    EXPECT_FALSE(history->front().imported);
    EXPECT_TRUE(history->front().applied);
    EXPECT_EQ(store->claim(1)->status, ClaimStatus::Rejected);
}

}  // namespace
}  // namespace claimdesk::store
