// Source reliability per outlet and speaker; an analyst's item written with
// its annotation in one transaction; how many documents a claim's cluster
// spans.
#include <gtest/gtest.h>

#include "core/store/projectstore.h"
#include "storefixtures.h"
#include "storeaccess.h"

namespace claimdesk::store {
namespace {

using testing::kSampleText;
using testing::sampleAnalysis;
using testing::sampleDocument;

// A cluster of these claims, agreeing.
ClusterRecord cluster(std::vector<std::int64_t> ids) {
    ClusterRecord c;
    c.claimIds = std::move(ids);
    return c;
}

class ReliabilityTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = ProjectStore::open(":memory:");
        ASSERT_TRUE(opened.ok());
        m_store.emplace(std::move(*opened));
        m_document = m_store->addDocument(sampleDocument("a.txt", kSampleText), sampleAnalysis())->id;
        m_speaker = (*m_store->speakers())[0].id;
        m_claim = (*m_store->claims({}))[0].id;
    }
    std::int64_t countOf(const std::string& table) {
        auto s = claimdesk::testing::rawDatabase(*m_store).prepare("SELECT COUNT(*) FROM " + table);
        s->step();
        return s->int64(0);
    }
    std::optional<ProjectStore> m_store;
    std::int64_t m_document = 0, m_speaker = 0, m_claim = 0;
};

TEST_F(ReliabilityTest, OutletsAndSpeakersStartUngradedAndKeepTheirGrade) {
    auto outlets = m_store->outlets();
    ASSERT_TRUE(outlets.ok());
    ASSERT_EQ(outlets->size(), 1u);
    EXPECT_EQ((*outlets)[0].name, "Harbour Ledger");
    EXPECT_FALSE((*outlets)[0].reliability);
    EXPECT_FALSE(*m_store->speakerReliability(m_speaker));

    ASSERT_TRUE(m_store->setOutletReliability("Harbour Ledger", 'B').ok());
    ASSERT_TRUE(m_store->setSpeakerReliability(m_speaker, 'D').ok());
    EXPECT_EQ(*m_store->outletReliability("Harbour Ledger"), std::optional<char>('B'));
    EXPECT_EQ(*m_store->speakerReliability(m_speaker), std::optional<char>('D'));
    EXPECT_EQ((*m_store->speakers())[0].reliability, std::optional<char>('D'));

    auto row = m_store->claim(m_claim);
    EXPECT_EQ(row->outletReliability, std::optional<char>('B'));
    EXPECT_EQ(row->speakerReliability, std::optional<char>('D'));

    ASSERT_TRUE(m_store->setSpeakerReliability(m_speaker, std::nullopt).ok());
    EXPECT_FALSE(m_store->claim(m_claim)->speakerReliability);
}

TEST_F(ReliabilityTest, ALetterOutsideTheScaleOrAnUnknownSourceChangesNothing) {
    ASSERT_TRUE(m_store->setOutletReliability("Harbour Ledger", 'C').ok());
    for (char bad : {'G', 'a', '1'}) {
        EXPECT_FALSE(m_store->setOutletReliability("Harbour Ledger", bad).ok()) << bad;
        EXPECT_FALSE(m_store->setSpeakerReliability(m_speaker, bad).ok()) << bad;
    }
    EXPECT_FALSE(m_store->setOutletReliability("No Such Outlet", 'A').ok());
    EXPECT_FALSE(m_store->setSpeakerReliability(m_speaker + 100, 'A').ok());
    EXPECT_FALSE(m_store->outletReliability("No Such Outlet").ok());
    EXPECT_EQ(*m_store->outletReliability("Harbour Ledger"), std::optional<char>('C'));
    EXPECT_FALSE(*m_store->speakerReliability(m_speaker));
}

TEST_F(ReliabilityTest, AnAnnotatedClaimIsWrittenWithItsAnnotation) {
    Annotation a;
    a.documentId = m_document;
    a.span = {0, 15};
    a.author = "ana";
    a.createdAt = "t1";
    Claim c;
    c.content = {{0, 15}, "Mayor Hrytsenko"};
    auto item = m_store->addAnnotatedClaim(a, c, m_speaker);
    ASSERT_TRUE(item.ok()) << item.error();
    auto annotations = *m_store->annotations(m_document);
    ASSERT_EQ(annotations.size(), 1u);
    EXPECT_EQ(annotations[0].kind, AnnotationKind::Claim);
    EXPECT_EQ(annotations[0].claimId.value_or(0), item->itemId);
    EXPECT_EQ(m_store->claim(item->itemId)->origin, Origin::Analyst);

    ASSERT_TRUE(m_store->removeAnnotatedItem(item->annotationId).ok());
    EXPECT_TRUE(m_store->annotations(m_document)->empty());
    EXPECT_FALSE(m_store->claim(item->itemId).ok());
    EXPECT_EQ(*m_store->countClaims({}), 1);
}

TEST_F(ReliabilityTest, AFailureWritesNeitherTheClaimNorItsAnnotation) {
    const auto claims = countOf("claims"), annotations = countOf("annotations"), fts = countOf("claims_fts");
    Claim c;
    c.content = {{0, 15}, "Mayor Hrytsenko"};
    // The claim is valid, its annotation is not (outside the text).
    Annotation outside;
    outside.documentId = m_document;
    outside.span = {0, 500};
    outside.author = "ana";
    outside.createdAt = "t1";
    EXPECT_FALSE(m_store->addAnnotatedClaim(outside, c, m_speaker).ok());
    // The annotation is valid, the claim's speaker does not exist.
    Annotation inside = outside;
    inside.span = {0, 15};
    EXPECT_FALSE(m_store->addAnnotatedClaim(inside, c, m_speaker + 100).ok());
    EXPECT_EQ(countOf("claims"), claims);
    EXPECT_EQ(countOf("claims_fts"), fts);
    EXPECT_EQ(countOf("annotations"), annotations);
}

TEST_F(ReliabilityTest, AClaimByANewSpeakerMakesTheSpeakerAndUnmakesIt) {
    Annotation a;
    a.documentId = m_document;
    a.span = {21, 54};
    a.author = "ana";
    a.createdAt = "t1";
    Claim c;
    c.content = {{21, 54}, "the bridge would reopen on Monday"};
    const auto speakers = m_store->speakers()->size();
    auto item = m_store->addAnnotatedClaimByNewSpeaker(a, c, "Port Authority");
    ASSERT_TRUE(item.ok()) << item.error();
    EXPECT_GT(item->speakerId, 0);
    EXPECT_EQ(m_store->speakers()->size(), speakers + 1);
    EXPECT_EQ(m_store->claim(item->itemId)->speakerName, "Port Authority");
    ASSERT_TRUE(m_store->removeAnnotatedItem(item->annotationId).ok());
    EXPECT_EQ(m_store->speakers()->size(), speakers) << "the speaker went with its only claim";

    // A failure writes no speaker either.
    a.span = {21, 500};
    EXPECT_FALSE(m_store->addAnnotatedClaimByNewSpeaker(a, c, "Port Authority").ok());
    EXPECT_EQ(m_store->speakers()->size(), speakers);
    EXPECT_FALSE(m_store->addAnnotatedClaimByNewSpeaker(a, c, "").ok());
}

TEST_F(ReliabilityTest, AnAnnotatedEventComesAndGoesWithItsAnnotation) {
    const auto events = countOf("events");
    Annotation a;
    a.documentId = m_document;
    a.span = {48, 54};
    a.author = "ana";
    a.createdAt = "t1";
    Event e;
    e.date = "2025-03-10";
    e.what = "Monday";
    e.evidence = {{48, 54}, "Monday"};
    auto item = m_store->addAnnotatedEvent(a, e);
    ASSERT_TRUE(item.ok()) << item.error();
    EXPECT_EQ(countOf("events"), events + 1);
    EXPECT_EQ((*m_store->annotations(m_document))[0].eventId.value_or(0), item->itemId);
    ASSERT_TRUE(m_store->removeAnnotatedItem(item->annotationId).ok());
    EXPECT_EQ(countOf("events"), events);
    EXPECT_EQ(countOf("annotations"), 0);

    a.span = {48, 500};
    EXPECT_FALSE(m_store->addAnnotatedEvent(a, e).ok());
    EXPECT_EQ(countOf("events"), events);
}

TEST_F(ReliabilityTest, ARemovalThatCannotTakeTheClaimRemovesNothing) {
    Annotation a;
    a.documentId = m_document;
    a.span = {0, 15};
    a.author = "ana";
    a.createdAt = "t1";
    Claim c;
    c.content = {{0, 15}, "Mayor Hrytsenko"};
    auto item = m_store->addAnnotatedClaim(a, c, std::nullopt);
    ASSERT_TRUE(item.ok());
    // Reviewed since: review history is never deleted, so the claim stays.
    ASSERT_TRUE(m_store->review({{item->itemId, ClaimStatus::Confirmed, "", "ana", "t2"}}).ok());
    EXPECT_FALSE(m_store->removeAnnotatedItem(item->annotationId).ok());
    EXPECT_EQ(m_store->annotations(m_document)->size(), 1u);
    EXPECT_TRUE(m_store->claim(item->itemId).ok());
}

TEST_F(ReliabilityTest, AClaimKnowsHowManyDocumentsItsClusterSpans) {
    ASSERT_TRUE(m_store->addDocument(sampleDocument("b.txt", kSampleText), sampleAnalysis()).ok());
    std::vector<std::int64_t> ids;
    for (const auto& row : *m_store->claims({}))
        ids.push_back(row.id);
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_EQ(m_store->claim(ids[0])->clusterDocuments, 0) << "not clustered yet";

    // Each alone in its cluster, then both in one.
    ASSERT_TRUE(m_store->writeClaimClusters({cluster({ids[0]}), cluster({ids[1]})}).ok());
    EXPECT_EQ(m_store->claim(ids[0])->clusterDocuments, 1);
    ASSERT_TRUE(m_store->writeClaimClusters({cluster({ids[0], ids[1]})}).ok());
    for (auto id : ids)
        EXPECT_EQ(m_store->claim(id)->clusterDocuments, 2);
    // The analyst moves one out: both clusters are counted again.
    auto alone = m_store->moveClaimToCluster(ids[1], std::nullopt);
    ASSERT_TRUE(alone.ok()) << alone.error();
    EXPECT_EQ(m_store->claim(ids[0])->clusterDocuments, 1);
    EXPECT_EQ(m_store->claim(ids[1])->clusterDocuments, 1);
    ASSERT_TRUE(m_store->moveClaimToCluster(ids[1], m_store->claim(ids[0])->clusterId).ok());
    EXPECT_EQ(m_store->claim(ids[0])->clusterDocuments, 2);
}

TEST_F(ReliabilityTest, AQueryCanListTheMembersOfOneCluster) {
    ASSERT_TRUE(m_store->addDocument(sampleDocument("b.txt", kSampleText), sampleAnalysis()).ok());
    ASSERT_TRUE(m_store->addDocument(sampleDocument("c.txt", kSampleText), sampleAnalysis()).ok());
    std::vector<std::int64_t> ids;
    for (const auto& row : *m_store->claims({}))
        ids.push_back(row.id);
    ASSERT_TRUE(m_store->writeClaimClusters({cluster({ids[0], ids[2]}), cluster({ids[1]})}).ok());
    ClaimQuery q;
    q.clusterId = *m_store->claim(ids[0])->clusterId;
    auto members = *m_store->claims(q);
    ASSERT_EQ(members.size(), 2u);
    EXPECT_EQ(members[0].id, ids[0]);
    EXPECT_EQ(members[1].id, ids[2]);
    EXPECT_EQ(*m_store->countClaims(q), 2);
}

TEST_F(ReliabilityTest, AQueryFindsClaimsByTextInTheirContentSpeakerOrOutlet) {
    Document other = sampleDocument("b.txt", "Port chief Ines Vale said 50% of berths reopened.");
    other.source.outlet = "Coast_Radio";
    Analysis a;
    a.speakers.push_back({0, "Ines Vale", SpeakerKind::Person, "", {{{11, 20}, "Ines Vale"}}, ""});
    Claim c;
    c.speakerIndex = 0;
    c.content = {{26, 48}, "50% of berths reopened"};
    a.claims.push_back(c);
    ASSERT_TRUE(m_store->addDocument(other, a).ok());
    const auto count = [&](const std::string& text) {
        ClaimQuery q;
        q.text = text;
        EXPECT_EQ(static_cast<std::int64_t>(m_store->claims(q)->size()), *m_store->countClaims(q)) << text;
        return *m_store->countClaims(q);
    };
    EXPECT_EQ(count(""), 2);
    EXPECT_EQ(count("BRIDGE"), 1) << "content, any case";
    EXPECT_EQ(count("vale"), 1) << "speaker";
    EXPECT_EQ(count("harbour ledger"), 1) << "outlet";
    EXPECT_EQ(count("50%"), 1) << "% is literal";
    // Content is matched by full-text words: each word typed begins a word
    // of the claim, in any order, never the inside of one.
    EXPECT_EQ(count("reopen berth"), 1) << "word beginnings, any order";
    EXPECT_EQ(count("erths"), 0) << "not inside a word";
    EXPECT_EQ(count("Coast_Radio"), 1) << "_ is literal";
    EXPECT_EQ(count("Coast-Radio"), 0);
    EXPECT_EQ(count("nowhere"), 0);
}

TEST_F(ReliabilityTest, SortingByClusterPutsSharedClustersFirst) {
    for (const char* name : {"b.txt", "c.txt"})
        ASSERT_TRUE(m_store->addDocument(sampleDocument(name, kSampleText), sampleAnalysis()).ok());
    std::vector<std::int64_t> ids;
    for (const auto& row : *m_store->claims({}))
        ids.push_back(row.id);
    ASSERT_EQ(ids.size(), 3u);
    // The first claim is alone in the lowest-numbered cluster.
    ASSERT_TRUE(m_store->writeClaimClusters({cluster({ids[0]}), cluster({ids[1], ids[2]})}).ok());
    for (bool descending : {false, true}) {
        ClaimQuery q;
        q.order = ClaimQuery::Order::Cluster;
        q.descending = descending;
        auto rows = *m_store->claims(q);
        ASSERT_EQ(rows.size(), 3u);
        EXPECT_EQ(rows.back().id, ids[0]) << "descending " << descending;
        EXPECT_EQ(rows.back().clusterDocuments, 1);
    }
}

}  // namespace
}  // namespace claimdesk::store
