#include <gtest/gtest.h>

#include "core/store/projectstore.h"
#include "storefixtures.h"
#include "testsupport.h"
#include "storeaccess.h"

namespace claimdesk::store {
namespace {

using testing::kSampleText;
using testing::sampleAnalysis;
using testing::sampleDocument;

std::int64_t count(ProjectStore& store, const std::string& table) {
    auto stmt = claimdesk::testing::rawDatabase(store).prepare("SELECT COUNT(*) FROM " + table);
    stmt->step();
    return stmt->int64(0);
}

class ProjectStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = ProjectStore::open(":memory:");
        ASSERT_TRUE(opened.ok()) << opened.error();
        m_store.emplace(std::move(*opened));
    }
    ProjectStore& store() { return *m_store; }
    std::optional<ProjectStore> m_store;
};

TEST_F(ProjectStoreTest, StoresADocumentAndReadsItBackExactly) {
    Document doc = sampleDocument("a.txt", kSampleText);
    doc.original = std::string("\0binary-safe\xff", 13);
    auto added = store().addDocument(doc, sampleAnalysis());
    ASSERT_TRUE(added.ok()) << added.error();
    EXPECT_TRUE(added->added);

    auto back = store().document(added->id);
    ASSERT_TRUE(back.ok()) << back.error();
    EXPECT_EQ(back->original, doc.original);
    EXPECT_EQ(back->text, doc.text);
    EXPECT_EQ(back->sha256, doc.sha256);
    EXPECT_EQ(back->source.outlet, "Harbour Ledger");
    EXPECT_EQ(back->source.authors, std::vector<std::string>{"Ana Reyes"});
    EXPECT_EQ(back->source.published.value_or(""), "2025-03-05");
    EXPECT_EQ(back->body, doc.body);
}

TEST_F(ProjectStoreTest, StoresTheAnalysisAndReadsItBack) {
    auto added = store().addDocument(sampleDocument("a.txt", kSampleText), sampleAnalysis());
    ASSERT_TRUE(added.ok());
    auto a = store().analysis(added->id);
    ASSERT_TRUE(a.ok()) << a.error();
    ASSERT_EQ(a->speakers.size(), 1u);
    EXPECT_EQ(a->speakers[0].name, "Oleksa Hrytsenko");
    EXPECT_EQ(a->speakers[0].role, "Mayor");
    ASSERT_EQ(a->claims.size(), 1u);
    const Claim& c = a->claims[0];
    EXPECT_EQ(c.speakerIndex, 0);
    EXPECT_EQ(c.content.text, "the bridge would reopen on Monday");
    EXPECT_EQ(c.cue->text, "said");
    EXPECT_EQ(c.statedOn.value_or(""), "2025-03-04");
    EXPECT_EQ(c.status, ClaimStatus::Extracted);
    ASSERT_EQ(c.quantities.size(), 1u);
    EXPECT_EQ(c.quantities[0].value.value_or(0), 3);
    EXPECT_FALSE(c.quantities[0].low.has_value());
    ASSERT_EQ(a->timexes.size(), 1u);
    EXPECT_EQ(a->timexes[0].value, "2025-03-10");
    ASSERT_EQ(a->events.size(), 1u);
    EXPECT_EQ(a->events[0].place, "Harbour");
}

TEST_F(ProjectStoreTest, TheSameFileTwiceAddsNothing) {
    const Document doc = sampleDocument("a.txt", kSampleText);
    ASSERT_TRUE(store().addDocument(doc, sampleAnalysis()).ok());
    auto again = store().addDocument(doc, sampleAnalysis());
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->added);
    EXPECT_EQ(count(store(), "documents"), 1);
    EXPECT_EQ(count(store(), "claims"), 1);
}

TEST_F(ProjectStoreTest, AFailureInsideADocumentLeavesTheStoreAsBefore) {
    ASSERT_TRUE(store().addDocument(sampleDocument("a.txt", kSampleText), sampleAnalysis()).ok());
    Analysis broken = sampleAnalysis("Someone Else");
    broken.claims[0].content.span = {40, 10};  // violates content_start <= content_end
    auto failed = store().addDocument(sampleDocument("b.txt", kSampleText), broken);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(count(store(), "documents"), 1);
    EXPECT_EQ(count(store(), "documents_fts"), 1);
    EXPECT_EQ(count(store(), "claims"), 1);
    EXPECT_EQ(count(store(), "speakers"), 1);
    EXPECT_EQ(count(store(), "outlets"), 1);
    // And the store still works afterwards.
    EXPECT_TRUE(store().addDocument(sampleDocument("c.txt", kSampleText), sampleAnalysis()).ok());
    EXPECT_EQ(count(store(), "documents"), 2);
}

TEST_F(ProjectStoreTest, OneSpeakerAcrossDocumentsUnderOneName) {
    ASSERT_TRUE(store().addDocument(sampleDocument("a.txt", kSampleText), sampleAnalysis()).ok());
    ASSERT_TRUE(store().addDocument(sampleDocument("b.txt", kSampleText), sampleAnalysis()).ok());
    ASSERT_TRUE(store().addDocument(sampleDocument("c.txt", kSampleText), sampleAnalysis("Other Person")).ok());
    EXPECT_EQ(count(store(), "speakers"), 2);
    EXPECT_EQ(count(store(), "outlets"), 1);
}

TEST_F(ProjectStoreTest, ReviewHistoryIsAppendOnly) {
    auto added = store().addDocument(sampleDocument("a.txt", kSampleText), sampleAnalysis());
    ASSERT_TRUE(added.ok());
    Database& db = claimdesk::testing::rawDatabase(store());
    ASSERT_TRUE(db.exec("INSERT INTO review_history(claim_id, status, reason, analyst, at) "
                        "SELECT id, 'confirmed', '', 'ana', '2025-03-06T09:00:00Z' FROM claims")
                    .ok());
    EXPECT_FALSE(db.exec("UPDATE review_history SET reason = 'changed'").ok());
    EXPECT_FALSE(db.exec("DELETE FROM review_history").ok());
    EXPECT_FALSE(db.exec("DELETE FROM claims").ok()) << "a reviewed claim must not vanish";
    EXPECT_EQ(count(store(), "review_history"), 1);
}

// An older decision merged in (from another project) joins the history but
// does not override the one made here; a decision made here is the status
// whatever its time (decisionorder_test.cpp has the cases).
TEST_F(ProjectStoreTest, AClaimsStatusIsItsLastDecisionInTheStoresOrder) {
    ASSERT_TRUE(store().addDocument(sampleDocument("a.txt", kSampleText), sampleAnalysis()).ok());
    const std::int64_t id = store().claims({})->front().id;
    ASSERT_TRUE(store().review({{id, ClaimStatus::Confirmed, "", "ana", "2025-03-06T11:00:00Z"}}).ok());
    ASSERT_TRUE(store().mergeDecisions(id, {{id, ClaimStatus::Rejected, "older", "bo", "2025-03-06T10:00:00Z"}}).ok());
    EXPECT_EQ(store().claim(id)->status, ClaimStatus::Confirmed);
    EXPECT_EQ(store().reviewHistory(id)->size(), 2u);
    ASSERT_TRUE(store().review({{id, ClaimStatus::Extracted, "", "ana", "2025-03-06T12:00:00Z"},
                                {id, ClaimStatus::Rejected, "earlier clock, later decision", "ana",
                                 "2025-03-06T09:00:00Z"}})
                    .ok());
    EXPECT_EQ(store().claim(id)->status, ClaimStatus::Rejected);
}

TEST_F(ProjectStoreTest, SearchFindsDocumentsAndClaims) {
    ASSERT_TRUE(store().addDocument(sampleDocument("a.txt", kSampleText), sampleAnalysis()).ok());
    auto hits = store().search("reopen");
    ASSERT_TRUE(hits.ok()) << hits.error();
    ASSERT_EQ(hits->size(), 2u);
    EXPECT_EQ((*hits)[0].kind, SearchHit::Kind::Document);
    EXPECT_EQ((*hits)[1].kind, SearchHit::Kind::Claim);
    EXPECT_NE((*hits)[1].snippet.find("[reopen]"), std::string::npos);
    auto none = store().search("submarine");
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
    // An unclosed quote runs to the end of the query (searchquery.h).
    auto unclosed = store().search("\"reopen on");
    ASSERT_TRUE(unclosed.ok()) << unclosed.error();
    EXPECT_EQ(unclosed->size(), 2u);
}

TEST_F(ProjectStoreTest, DocumentsListCountsClaimsAndReviews) {
    ASSERT_TRUE(store().addDocument(sampleDocument("a.txt", kSampleText), sampleAnalysis()).ok());
    auto docs = store().documents();
    ASSERT_TRUE(docs.ok());
    ASSERT_EQ(docs->size(), 1u);
    EXPECT_EQ((*docs)[0].claimCount, 1);
    EXPECT_EQ((*docs)[0].reviewedCount, 0);
    EXPECT_EQ((*docs)[0].outlet, "Harbour Ledger");
}

}  // namespace
}  // namespace claimdesk::store
