// What an analyst adds by hand: annotations, claims, events; and speaker
// merges and splits.
#include <gtest/gtest.h>

#include "core/store/projectstore.h"
#include "storefixtures.h"
#include "storeaccess.h"

namespace claimdesk::store {
namespace {

using testing::kSampleText;
using testing::sampleAnalysis;
using testing::sampleDocument;

class AnalystEditsTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = ProjectStore::open(":memory:");
        ASSERT_TRUE(opened.ok());
        m_store.emplace(std::move(*opened));
        m_document = m_store->addDocument(sampleDocument("a.txt", kSampleText), sampleAnalysis())->id;
    }
    std::optional<ProjectStore> m_store;
    std::int64_t m_document = 0;
};

TEST_F(AnalystEditsTest, AnAnnotationKeepsItsQuoteWithContext) {
    Annotation a;
    a.documentId = m_document;
    a.span = {25, 31};  // "bridge"
    a.kind = AnnotationKind::Note;
    a.note = "which bridge?";
    a.author = "ana";
    a.createdAt = "t1";
    auto id = m_store->addAnnotation(a);
    ASSERT_TRUE(id.ok()) << id.error();
    auto all = m_store->annotations(m_document);
    ASSERT_EQ(all->size(), 1u);
    const Annotation& back = (*all)[0];
    EXPECT_EQ(back.exact, "bridge");
    EXPECT_EQ(back.prefix, "Mayor Hrytsenko said the ");
    EXPECT_EQ(back.suffix, " would reopen on Monday.");
    EXPECT_EQ(back.note, "which bridge?");
    EXPECT_EQ(back.modifiedAt, "t1");
    ASSERT_TRUE(m_store->updateAnnotationNote(*id, "the harbour bridge", "t2").ok());
    EXPECT_EQ((*m_store->annotations(m_document))[0].note, "the harbour bridge");
    ASSERT_TRUE(m_store->deleteAnnotation(*id).ok());
    EXPECT_TRUE(m_store->annotations(m_document)->empty());
    EXPECT_FALSE(m_store->deleteAnnotation(*id).ok());
}

TEST_F(AnalystEditsTest, ASelectionOutsideTheTextIsRefused) {
    Annotation a;
    a.documentId = m_document;
    a.span = {50, 500};
    a.author = "ana";
    EXPECT_FALSE(m_store->addAnnotation(a).ok());
}

TEST_F(AnalystEditsTest, AnOrphanedAnnotationIsKeptAsGiven) {
    Annotation a;
    a.documentId = m_document;
    a.span = {400, 420};  // no longer in the text
    a.exact = "the ferry";
    a.prefix = "said ";
    a.kind = AnnotationKind::Note;
    a.note = "check the timetable";
    a.author = "ana";
    a.createdAt = "t1";
    ASSERT_TRUE(m_store->addOrphanedAnnotation(a).ok());
    auto all = m_store->annotations(m_document);
    ASSERT_EQ(all->size(), 1u);
    EXPECT_TRUE((*all)[0].orphaned);
    EXPECT_EQ((*all)[0].exact, "the ferry");
    EXPECT_EQ((*all)[0].prefix, "said ");
    EXPECT_EQ((*all)[0].span, (Span{400, 420}));
    EXPECT_EQ((*all)[0].note, "check the timetable");
}

TEST_F(AnalystEditsTest, CallsThatWriteInOneTransactionComposeIntoALargerOne) {
    const auto claimId = (*m_store->claims({}))[0].id;
    {
        Transaction outer(claimdesk::testing::rawDatabase(*m_store));
        ASSERT_TRUE(outer.started().ok());
        ASSERT_TRUE(m_store->review({{claimId, ClaimStatus::Confirmed, "", "ana", "t1"}}).ok());
        Claim c;
        c.content = {{0, 5}, "Mayor"};
        ASSERT_TRUE(m_store->addAnalystClaim(m_document, c, std::nullopt).ok());
        // A failing inner call undoes only itself.
        EXPECT_FALSE(m_store->review({{claimId, ClaimStatus::Rejected, "", "ana", "t2"},
                                      {999, ClaimStatus::Rejected, "", "ana", "t2"}}).ok());
        EXPECT_EQ(m_store->claim(claimId)->status, ClaimStatus::Confirmed);
        EXPECT_EQ(m_store->countClaims({}).value(), 2);
    }  // not committed: everything is rolled back
    EXPECT_EQ(m_store->claim(claimId)->status, ClaimStatus::Extracted);
    EXPECT_TRUE(m_store->reviewHistory(claimId)->empty());
    EXPECT_EQ(m_store->countClaims({}).value(), 1);
}

TEST_F(AnalystEditsTest, AnAnalystClaimIsMarkedAndSurvivesReExtraction) {
    Claim c;
    c.kind = ClaimKind::Indirect;
    c.content = {{25, 54}, "bridge would reopen on Monday"};
    Quantity q;
    q.text = {{0, 1}, "M"};
    q.value = 1;
    c.quantities.push_back(q);
    const auto speaker = (*m_store->speakers())[0].id;
    auto id = m_store->addAnalystClaim(m_document, c, speaker);
    ASSERT_TRUE(id.ok()) << id.error();
    auto row = m_store->claim(*id);
    EXPECT_EQ(row->origin, Origin::Analyst);
    EXPECT_EQ(row->speakerId.value_or(0), speaker);
    ASSERT_TRUE(m_store->replaceAnalysis(m_document, {}).ok());
    EXPECT_TRUE(m_store->claim(*id).ok()) << "extraction never overwrites an analyst's claim";
    EXPECT_EQ(*m_store->countClaims({}), 1);
    ASSERT_TRUE(m_store->deleteAnalystClaim(*id).ok());
    EXPECT_FALSE(m_store->claim(*id).ok());
}

TEST_F(AnalystEditsTest, MergingSpeakersCanBeUndoneExactly) {
    const auto other = m_store->addDocument(sampleDocument("b.txt", kSampleText), sampleAnalysis("Oleksa Gritsenko"));
    ASSERT_TRUE(other.ok());
    auto before = *m_store->speakers();
    ASSERT_EQ(before.size(), 2u);
    const auto a = before[0].id, b = before[1].id;
    auto merge = m_store->mergeSpeakers(a, b);
    ASSERT_TRUE(merge.ok()) << merge.error();
    auto merged = *m_store->speakers();
    ASSERT_EQ(merged.size(), 1u);
    EXPECT_EQ(merged[0].claimCount, 2);
    EXPECT_GE(merged[0].aliases.size(), 2u);
    ASSERT_TRUE(m_store->unmergeSpeakers(*merge).ok());
    auto after = *m_store->speakers();
    ASSERT_EQ(after.size(), 2u);
    EXPECT_EQ(after[0].id, before[0].id);
    EXPECT_EQ(after[1].id, before[1].id);
    EXPECT_EQ(after[1].name, before[1].name);
    EXPECT_EQ(after[0].claimCount, 1);
    EXPECT_EQ(after[1].claimCount, 1);
    EXPECT_FALSE(m_store->mergeSpeakers(a, a).ok());
}

TEST_F(AnalystEditsTest, SplittingAnAliasTakesItsClaims) {
    auto speakers = *m_store->speakers();
    ASSERT_EQ(speakers.size(), 1u);
    const auto id = speakers[0].id;
    auto split = m_store->splitSpeaker(id, "Mayor Hrytsenko");
    ASSERT_TRUE(split.ok()) << split.error();
    EXPECT_EQ(m_store->claim((*m_store->claims({}))[0].id)->speakerId.value_or(0), *split);
    EXPECT_FALSE(m_store->splitSpeaker(id, "Nobody").ok());
}

}  // namespace
}  // namespace claimdesk::store
