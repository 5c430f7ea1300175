#include <gtest/gtest.h>

#include "core/store/projectstore.h"
#include "storefixtures.h"

namespace claimdesk::store {
namespace {

using testing::kSampleText;
using testing::sampleAnalysis;
using testing::sampleDocument;

// Two claims in one document: the sample one and "the ferry was late".
Analysis twoClaims() {
    Analysis a = sampleAnalysis();
    Claim second = a.claims[0];
    second.content = {{0, 10}, "Mayor Hryt"};
    second.quantities.clear();
    second.statedOn.reset();
    a.claims.push_back(second);
    return a;
}

class ClaimsTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = ProjectStore::open(":memory:");
        ASSERT_TRUE(opened.ok());
        m_store.emplace(std::move(*opened));
        auto added = m_store->addDocument(sampleDocument("a.txt", kSampleText), twoClaims());
        ASSERT_TRUE(added.ok()) << added.error();
        m_document = added->id;
        auto rows = m_store->claims({});
        ASSERT_EQ(rows->size(), 2u);
        m_first = (*rows)[0].id;   // content_start 0: "Mayor Hryt"
        m_second = (*rows)[1].id;  // content_start 21: the sample claim
    }
    std::optional<ProjectStore> m_store;
    std::int64_t m_document = 0, m_first = 0, m_second = 0;
};

TEST_F(ClaimsTest, ListsClaimsWithTheirSpeakerOutletCueAndFigures) {
    auto row = m_store->claim(m_second);
    ASSERT_TRUE(row.ok()) << row.error();
    EXPECT_EQ(row->content, "the bridge would reopen on Monday");
    EXPECT_EQ(row->speakerName, "Oleksa Hrytsenko");
    EXPECT_EQ(row->outlet, "Harbour Ledger");
    EXPECT_EQ(row->cue, "said");
    EXPECT_EQ(row->quantities, "the");
    EXPECT_EQ(row->statedOn.value_or(""), "2025-03-04");
    EXPECT_EQ(row->status, ClaimStatus::Extracted);
    EXPECT_FALSE(m_store->claim(9999).ok());
}

TEST_F(ClaimsTest, PagesFiltersAndSortsInTheDatabase) {
    ClaimQuery page;
    page.limit = 1;
    page.offset = 1;
    auto rows = m_store->claims(page);
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0].id, m_second);

    ClaimQuery newestFirst;
    newestFirst.descending = true;
    EXPECT_EQ((*m_store->claims(newestFirst))[0].id, m_second);

    ASSERT_TRUE(m_store->review({{m_first, ClaimStatus::Confirmed, "", "ana", "2025-03-06T09:00:00Z"}}).ok());
    ClaimQuery confirmed;
    confirmed.status = ClaimStatus::Confirmed;
    EXPECT_EQ(*m_store->countClaims(confirmed), 1);
    EXPECT_EQ((*m_store->claims(confirmed))[0].id, m_first);
    EXPECT_EQ(*m_store->countClaims({}), 2);
}

TEST_F(ClaimsTest, AReviewSetsTheStatusAndAppendsToTheHistory) {
    ASSERT_TRUE(m_store->review({{m_second, ClaimStatus::Rejected, "figure not in the source", "ana", "t1"}}).ok());
    ASSERT_TRUE(m_store->review({{m_second, ClaimStatus::Extracted, "undo", "ben", "t2"}}).ok());
    EXPECT_EQ(m_store->claim(m_second)->status, ClaimStatus::Extracted);
    auto history = m_store->reviewHistory(m_second);
    ASSERT_EQ(history->size(), 2u);
    EXPECT_EQ((*history)[0].status, ClaimStatus::Rejected);
    EXPECT_EQ((*history)[0].reason, "figure not in the source");
    EXPECT_EQ((*history)[0].analyst, "ana");
    EXPECT_EQ((*history)[1].analyst, "ben");
}

TEST_F(ClaimsTest, ABatchWithAnUnknownClaimChangesNothing) {
    Status s = m_store->review({{m_first, ClaimStatus::Confirmed, "", "ana", "t"},
                                {424242, ClaimStatus::Confirmed, "", "ana", "t"}});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error(), "no claim 424242");
    EXPECT_EQ(m_store->claim(m_first)->status, ClaimStatus::Extracted);
    EXPECT_TRUE(m_store->reviewHistory(m_first)->empty());
}

TEST_F(ClaimsTest, CredibilityIsGradedOneToSix) {
    EXPECT_TRUE(m_store->setCredibility(m_first, 2).ok());
    EXPECT_EQ(m_store->claim(m_first)->credibility.value_or(0), 2);
    EXPECT_FALSE(m_store->setCredibility(m_first, 7).ok());
    EXPECT_TRUE(m_store->setCredibility(m_first, std::nullopt).ok());
    EXPECT_FALSE(m_store->claim(m_first)->credibility.has_value());
}

TEST_F(ClaimsTest, ReRunningExtractionKeepsEveryDecision) {
    ASSERT_TRUE(m_store->review({{m_second, ClaimStatus::Confirmed, "checked", "ana", "t1"}}).ok());
    // A better extractor finds the reviewed claim again and one new claim;
    // the unreviewed "Mayor Hryt" claim is gone.
    Analysis better = sampleAnalysis();
    Claim extra = better.claims[0];
    extra.content = {{49, 55}, "Monday"};
    better.claims.push_back(extra);
    ASSERT_TRUE(m_store->replaceAnalysis(m_document, better).ok());

    auto rows = m_store->claims({});
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].id, m_second) << "the reviewed claim keeps its id";
    EXPECT_EQ((*rows)[0].status, ClaimStatus::Confirmed);
    EXPECT_EQ((*rows)[1].content, "Monday");
    EXPECT_FALSE(m_store->claim(m_first).ok());
    EXPECT_EQ(m_store->reviewHistory(m_second)->size(), 1u);
    auto hits = m_store->search("Monday");
    ASSERT_TRUE(hits.ok());
}

// A belief, a negated statement and a figure with its frame.
Analysis typedClaims() {
    Analysis a = sampleAnalysis();
    a.claims[0].type = ClaimType::Belief;
    a.claims[0].polarity = Polarity::Negated;
    a.claims[0].quantities[0].frame = {"killed", "Lumeran", "2025-03-03", PeriodKind::During, true};
    return a;
}

TEST(ClaimTypesAndFrames, AreStoredAndReadBack) {
    auto store = ProjectStore::open(":memory:");
    ASSERT_TRUE(store.ok());
    auto added = store->addDocument(sampleDocument("a.txt", kSampleText), typedClaims());
    ASSERT_TRUE(added.ok()) << added.error();
    auto analysis = store->analysis(added->id);
    ASSERT_TRUE(analysis.ok()) << analysis.error();
    ASSERT_EQ(analysis->claims.size(), 1u);
    const Claim& c = analysis->claims[0];
    EXPECT_EQ(c.type, ClaimType::Belief);
    EXPECT_EQ(c.polarity, Polarity::Negated);
    EXPECT_EQ(c.quantities[0].frame, (FigureFrame{"killed", "Lumeran", "2025-03-03", PeriodKind::During, true}));

    auto row = store->claim(c.id);
    ASSERT_TRUE(row.ok());
    EXPECT_EQ(row->type, ClaimType::Belief);
    EXPECT_EQ(row->polarity, Polarity::Negated);
    EXPECT_EQ(row->figureFrames, "the: killed, of Lumeran, on 2025-03-03, running total");
}

TEST(ClaimTypesAndFrames, TheClaimListFiltersAndSortsByType) {
    auto store = ProjectStore::open(":memory:");
    ASSERT_TRUE(store.ok());
    Analysis a = typedClaims();
    Claim statement = a.claims[0];
    statement.type = ClaimType::Statement;
    statement.content = {{0, 10}, "Mayor Hryt"};
    a.claims.push_back(statement);
    ASSERT_TRUE(store->addDocument(sampleDocument("a.txt", kSampleText), a).ok());
    ClaimQuery beliefs;
    beliefs.type = ClaimType::Belief;
    EXPECT_EQ(*store->countClaims(beliefs), 1);
    EXPECT_EQ((*store->claims(beliefs))[0].content, "the bridge would reopen on Monday");
    ClaimQuery byType;
    byType.order = ClaimQuery::Order::Type;
    auto rows = store->claims(byType);
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].type, ClaimType::Belief);  // "belief" sorts before "statement"
}

// Only the claims taking part in a cluster's disagreement show it; a claim
// that merely shares the cluster does not.
TEST(ClaimTypesAndFrames, OnlyDisputedMembersShowTheDisagreement) {
    auto store = ProjectStore::open(":memory:");
    ASSERT_TRUE(store.ok());
    Analysis a = sampleAnalysis();
    Claim second = a.claims[0];
    second.content = {{0, 10}, "Mayor Hryt"};
    a.claims.push_back(second);
    ASSERT_TRUE(store->addDocument(sampleDocument("a.txt", kSampleText), a).ok());
    auto rows = store->claims({});
    ASSERT_EQ(rows->size(), 2u);
    const std::int64_t first = (*rows)[0].id, other = (*rows)[1].id;
    ClusterRecord cluster{0, {first, other}, true, "40 vs 12", 2, 2, "", {first}};
    ASSERT_TRUE(store->writeClaimClusters({cluster}).ok());
    EXPECT_TRUE(store->claim(first)->disagreement);
    EXPECT_FALSE(store->claim(other)->disagreement);
    EXPECT_EQ(store->claim(other)->clusterId, store->claim(first)->clusterId);
}

}  // namespace
}  // namespace claimdesk::store
