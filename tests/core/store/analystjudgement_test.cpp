// What the analyst adds to a project beyond review: assessments with their
// history, the project's verdict labels and common reasons, its texts,
// corrected document details, and edits of claim clusters.
#include <gtest/gtest.h>

#include "core/store/projectstore.h"
#include "storefixtures.h"
#include "storeaccess.h"

namespace claimdesk::store {
namespace {

using testing::kSampleText;
using testing::sampleAnalysis;
using testing::sampleDocument;

class AnalystJudgement : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = ProjectStore::open(":memory:");
        ASSERT_TRUE(opened) << opened.error();
        m_store.emplace(std::move(*opened));
        for (const char* name : {"a.txt", "b.txt", "c.txt"}) {
            auto added = m_store->addDocument(sampleDocument(name, kSampleText), sampleAnalysis());
            ASSERT_TRUE(added) << added.error();
            m_documents.push_back(added->id);
        }
        for (const auto& row : *m_store->claims({}))
            m_claims.push_back(row.id);
        ASSERT_EQ(m_claims.size(), 3u);
    }

    // A judge that records what it was asked and says the cluster
    // disagrees when it holds claim `m_conflicting` and another claim.
    ClusterJudge judge() {
        return [this](const std::vector<std::int64_t>& ids) -> Result<ClusterFacts> {
            m_judged.push_back(ids);
            ClusterFacts f;
            f.outletCount = static_cast<int>(ids.size());
            const bool holds = std::find(ids.begin(), ids.end(), m_conflicting) != ids.end();
            if (holds && ids.size() > 1) {
                f.disagreement = true;
                f.reason = "3 vs 30 bridges";
            }
            return f;
        };
    }

    std::optional<ProjectStore::ClusterInfo> info(std::int64_t cluster) {
        for (const auto& i : *m_store->clusterInfos())
            if (i.id == cluster)
                return i;
        return std::nullopt;
    }

    std::optional<ProjectStore> m_store;
    std::vector<std::int64_t> m_documents, m_claims;
    std::vector<std::vector<std::int64_t>> m_judged;
    std::int64_t m_conflicting = 0;
};

TEST_F(AnalystJudgement, AnAssessmentIsKeptApartFromReviewWithItsHistory) {
    EXPECT_TRUE(m_store->assessment(m_claims[0])->empty());
    ASSERT_TRUE(m_store->assess({{m_claims[0], {2, "corroborated", "two outlets"}, "ana", "t1"}}).ok());
    ASSERT_TRUE(m_store->assess({{m_claims[0], {2, "disputed", "the ministry denies it"}, "bo", "t2"}}).ok());
    const Assessment now = *m_store->assessment(m_claims[0]);
    EXPECT_EQ(now, (Assessment{2, "disputed", "the ministry denies it"}));
    EXPECT_EQ(m_store->claim(m_claims[0])->status, ClaimStatus::Extracted) << "assessing is not reviewing";
    EXPECT_EQ(m_store->claim(m_claims[0])->verdict, "disputed");
    EXPECT_EQ(m_store->claim(m_claims[0])->credibility, 2);
    const auto history = *m_store->assessmentHistory(m_claims[0]);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].assessment.verdict, "corroborated");
    EXPECT_EQ(history[1].analyst, "bo");
    // The history is append-only.
    EXPECT_FALSE(claimdesk::testing::rawDatabase(*m_store).exec("DELETE FROM assessment_history").ok());
    // A bad credibility or an unknown claim changes nothing.
    EXPECT_FALSE(m_store->assess({{m_claims[1], {1, "", ""}, "ana", "t3"}, {m_claims[0], {9, "", ""}, "ana", "t3"}}).ok());
    EXPECT_TRUE(m_store->assessment(m_claims[1])->empty());
    EXPECT_FALSE(m_store->assess({{424242, {1, "", ""}, "ana", "t3"}}).ok());
}

TEST_F(AnalystJudgement, AnAssessedClaimOutlivesReAnalysis) {
    ASSERT_TRUE(m_store->assess({{m_claims[0], {std::nullopt, "false", ""}, "ana", "t1"}}).ok());
    ASSERT_TRUE(m_store->replaceAnalysis(m_documents[0], sampleAnalysis()).ok());
    EXPECT_EQ(m_store->claim(m_claims[0])->verdict, "false");
}

TEST_F(AnalystJudgement, TheProjectKeepsItsListsTextsAndLaneTitles) {
    const auto labels = *m_store->verdictLabels();
    ASSERT_EQ(labels.size(), 4u);
    EXPECT_EQ(labels.front(), (VerdictLabel{"corroborated", 5}));
    EXPECT_EQ(labels.back(), (VerdictLabel{"false", 1}));
    ASSERT_TRUE(m_store->setVerdictLabels({{"true", 5}, {"misleading", 2}, {"satire", std::nullopt}}).ok());
    EXPECT_EQ(m_store->verdictLabels()->size(), 3u);
    EXPECT_FALSE(m_store->setVerdictLabels({{"odd", 7}}).ok());
    EXPECT_EQ(m_store->verdictLabels()->size(), 3u) << "a refused list leaves the old one";

    EXPECT_FALSE(m_store->rejectReasons()->empty());
    ASSERT_TRUE(m_store->setRejectReasons({"Wrong speaker", "", "Not a claim"}).ok());
    EXPECT_EQ(*m_store->rejectReasons(), (std::vector<std::string>{"Wrong speaker", "Not a claim"}));

    EXPECT_EQ(*m_store->projectText("summary"), "");
    ASSERT_TRUE(m_store->setProjectText("summary", "Two outlets disagree on losses.").ok());
    EXPECT_EQ(*m_store->projectText("summary"), "Two outlets disagree on losses.");
    ASSERT_TRUE(m_store->setProjectText("summary", "").ok());
    EXPECT_EQ(*m_store->projectText("summary"), "");

    ASSERT_TRUE(m_store->setLaneTitle("claim-cluster:4", std::string("Losses at Kursk")).ok());
    EXPECT_EQ(m_store->laneTitles()->at("claim-cluster:4"), "Losses at Kursk");
    ASSERT_TRUE(m_store->setLaneTitle("claim-cluster:4", std::nullopt).ok());
    EXPECT_TRUE(m_store->laneTitles()->empty());
}

TEST_F(AnalystJudgement, DocumentDetailsAreCorrectedWithTheDetectedValueKept) {
    const std::int64_t doc = m_documents[0];
    ASSERT_TRUE(m_store->editDocument(doc, {DocumentField::Title, {}, std::string("Bridge reopens Monday"), "ana", "t1"}).ok());
    ASSERT_TRUE(m_store->editDocument(doc, {DocumentField::Title, {}, std::string("Bridge to reopen"), "bo", "t2"}).ok());
    ASSERT_TRUE(m_store->editDocument(doc, {DocumentField::Outlet, {}, std::string("Harbour Gazette"), "ana", "t3"}).ok());
    ASSERT_TRUE(m_store->editDocument(doc, {DocumentField::Authors, {}, std::string("[\"Ana Reyes\",\"Bo Lind\"]"), "ana", "t4"}).ok());
    ASSERT_TRUE(m_store->editDocument(doc, {DocumentField::Published, {}, std::nullopt, "ana", "t5"}).ok());
    const Document d = *m_store->document(doc);
    EXPECT_EQ(d.source.title, "Bridge to reopen");
    EXPECT_EQ(d.source.outlet, "Harbour Gazette");
    EXPECT_EQ(d.source.authors, (std::vector<std::string>{"Ana Reyes", "Bo Lind"}));
    EXPECT_FALSE(d.source.published);
    const auto edits = *m_store->documentEdits(doc);
    ASSERT_EQ(edits.size(), 5u);
    EXPECT_EQ(edits[0].oldValue, "Bridge closed") << "what ingestion detected";
    EXPECT_EQ(edits[1].oldValue, "Bridge reopens Monday");
    EXPECT_EQ(edits[2].oldValue, "Harbour Ledger");
    EXPECT_EQ(edits[4].oldValue, "2025-03-05");
    EXPECT_FALSE(edits[4].newValue);
    // The title is searched under its new words.
    const auto hits = *m_store->search("reopen");
    EXPECT_TRUE(std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.id == doc && h.title == "Bridge to reopen"; }));
    // Bad values change nothing.
    EXPECT_FALSE(m_store->editDocument(doc, {DocumentField::Published, {}, std::string("2025-02-30"), "ana", "t6"}).ok());
    EXPECT_FALSE(m_store->editDocument(doc, {DocumentField::Authors, {}, std::string("Ana"), "ana", "t6"}).ok());
    EXPECT_FALSE(m_store->editDocument(424242, {DocumentField::Title, {}, std::string("x"), "ana", "t6"}).ok());
    EXPECT_EQ(m_store->documentEdits(doc)->size(), 5u);
}

TEST_F(AnalystJudgement, SearchHitsNameOutletAndTitleAndMarkTheMatch) {
    const auto hits = *m_store->search("bridge");
    ASSERT_FALSE(hits.empty());
    for (const auto& h : hits) {
        EXPECT_EQ(h.outlet, "Harbour Ledger");
        EXPECT_NE(h.markedSnippet.find(SearchHit::kMatchStart), std::string::npos) << h.markedSnippet;
        EXPECT_EQ(h.markedSnippet.find('['), std::string::npos);
    }
}

TEST_F(AnalystJudgement, MovingClaimsJudgesTheClustersTheyLeaveAndJoinInOneGo) {
    ASSERT_TRUE(m_store->writeClaimClusters({{0, {m_claims[0], m_claims[1]}, false, "", 2, 1, "", {}},
                                             {0, {m_claims[2]}, false, "", 1, 1, "", {}}})
                    .ok());
    const auto before = *m_store->placements(m_claims);
    m_conflicting = m_claims[2];
    const std::int64_t target = *before[2].clusterId;
    auto moved = m_store->moveClaims({m_claims[0]}, target, judge());
    ASSERT_TRUE(moved) << moved.error();
    EXPECT_EQ(*moved, target);
    EXPECT_EQ(m_store->claim(m_claims[0])->clusterId, target);
    EXPECT_TRUE(info(target)->disagreement);
    EXPECT_EQ(info(target)->reason, "3 vs 30 bridges");
    EXPECT_EQ(info(target)->members, 2);
    EXPECT_EQ(info(*before[0].clusterId)->members, 1);
    EXPECT_EQ(m_judged.size(), 2u) << "the cluster left and the cluster joined";
    EXPECT_TRUE(m_store->placements({m_claims[0]})->front().pinned);

    // A new cluster of its own, and back where everything was.
    auto alone = m_store->moveClaims({m_claims[2]}, std::nullopt, judge());
    ASSERT_TRUE(alone);
    EXPECT_NE(*alone, target);
    EXPECT_FALSE(info(target)->disagreement);
    ASSERT_TRUE(m_store->restorePlacements(before, judge()).ok());
    EXPECT_EQ(*m_store->placements(m_claims), before);
    EXPECT_FALSE(m_store->moveClaims({m_claims[0]}, 424242, judge()).ok());
    EXPECT_EQ(*m_store->placements(m_claims), before) << "a failed move changes nothing";
}

TEST_F(AnalystJudgement, AWrongAttributionLeavesItsClusterAndComesBackWhenReversed) {
    ASSERT_TRUE(m_store->writeClaimClusters({{0, {m_claims[0], m_claims[1], m_claims[2]}, true, "3 vs 30 bridges", 3, 1, "", {}}})
                    .ok());
    const std::int64_t cluster = *m_store->claim(m_claims[0])->clusterId;
    m_conflicting = m_claims[1];
    ASSERT_TRUE(m_store->review({{m_claims[1], ClaimStatus::Rejected, "wrong speaker", "ana", "t1"}}, judge()).ok());
    EXPECT_FALSE(m_store->claim(m_claims[1])->clusterId);
    EXPECT_EQ(info(cluster)->members, 2);
    EXPECT_FALSE(info(cluster)->disagreement) << "the disagreement rested on the rejected claim";
    // Confirmed after all: back in its cluster, and the disagreement with it.
    ASSERT_TRUE(m_store->review({{m_claims[1], ClaimStatus::Confirmed, "", "ana", "t2"}}, judge()).ok());
    EXPECT_EQ(m_store->claim(m_claims[1])->clusterId, cluster);
    EXPECT_TRUE(info(cluster)->disagreement);
}

// An imported rejection that applies (the claim was undecided here) sets
// the claim aside as a rejection made here does; one kept unapplied (it
// conflicts with a decision made here) moves nothing.
TEST_F(AnalystJudgement, AnAppliedImportedRejectionLeavesItsClusterAndAConflictingOneDoesNot) {
    ASSERT_TRUE(m_store->writeClaimClusters({{0, {m_claims[0], m_claims[1], m_claims[2]}, true, "3 vs 30 bridges", 3, 1, "", {}}})
                    .ok());
    const std::int64_t cluster = *m_store->claim(m_claims[0])->clusterId;
    m_conflicting = m_claims[1];
    auto merged = m_store->mergeDecisions(m_claims[1], {{m_claims[1], ClaimStatus::Rejected, "wrong speaker", "dee", "t1"}},
                                          judge());
    ASSERT_TRUE(merged) << merged.error();
    EXPECT_TRUE(merged->statusChanged);
    EXPECT_FALSE(m_store->claim(m_claims[1])->clusterId);
    EXPECT_EQ(info(cluster)->members, 2);
    EXPECT_FALSE(info(cluster)->disagreement) << "the disagreement rested on the rejected claim";

    ASSERT_TRUE(m_store->review({{m_claims[2], ClaimStatus::Confirmed, "", "ana", "t2"}}, judge()).ok());
    merged = m_store->mergeDecisions(m_claims[2], {{m_claims[2], ClaimStatus::Rejected, "", "dee", "t3"}}, judge());
    ASSERT_TRUE(merged) << merged.error();
    EXPECT_TRUE(merged->conflict);
    EXPECT_EQ(m_store->claim(m_claims[2])->clusterId, cluster) << "a conflicting import changes no cluster";
}

TEST_F(AnalystJudgement, ADismissedDisagreementHoldsWhileTheConflictIsTheSame) {
    ASSERT_TRUE(m_store->writeClaimClusters({{0, {m_claims[0], m_claims[1]}, true, "3 vs 30 bridges", 2, 1, "", {}}}).ok());
    const std::int64_t cluster = *m_store->claim(m_claims[0])->clusterId;
    ASSERT_TRUE(m_store->dismissDisagreement(cluster, "one counts bridges, the other lanes", "ana", "t1").ok());
    EXPECT_FALSE(m_store->claim(m_claims[0])->disagreement);
    EXPECT_TRUE(info(cluster)->dismissed);
    EXPECT_EQ((*m_store->dismissal(cluster))->why, "one counts bridges, the other lanes");
    // Linking again finds the same conflict: still dismissed.
    ASSERT_TRUE(m_store->writeClaimClusters({{cluster, {m_claims[0], m_claims[1]}, true, "3 vs 30 bridges", 2, 1, "", {}}}).ok());
    EXPECT_FALSE(m_store->claim(m_claims[0])->disagreement);
    // Its members are the analyst's now: re-analysis keeps them.
    ASSERT_TRUE(m_store->replaceAnalysis(m_documents[0], sampleAnalysis()).ok());
    EXPECT_EQ(m_store->claim(m_claims[0])->clusterId, cluster);
    // Another conflict shows again.
    ASSERT_TRUE(m_store->writeClaimClusters({{cluster, {m_claims[0], m_claims[1]}, true, "3 vs 300 bridges", 2, 1, "", {}}}).ok());
    EXPECT_TRUE(m_store->claim(m_claims[0])->disagreement);
    EXPECT_FALSE(info(cluster)->dismissed);
    // Undone, the first one shows again too.
    ASSERT_TRUE(m_store->writeClaimClusters({{cluster, {m_claims[0], m_claims[1]}, true, "3 vs 30 bridges", 2, 1, "", {}}}).ok());
    EXPECT_FALSE(m_store->claim(m_claims[0])->disagreement);
    ASSERT_TRUE(m_store->restoreDisagreement(cluster).ok());
    EXPECT_TRUE(m_store->claim(m_claims[0])->disagreement);
    EXPECT_FALSE(*m_store->dismissal(cluster));
    // Nothing to dismiss in a cluster that agrees.
    ASSERT_TRUE(m_store->writeClaimClusters({{cluster, {m_claims[0], m_claims[1]}, false, "", 2, 1, "", {}}}).ok());
    EXPECT_FALSE(m_store->dismissDisagreement(cluster, "", "ana", "t2").ok());
}

}  // namespace
}  // namespace claimdesk::store
