// Re-analysis (issue 14): a project is re-extracted and relinked with the
// current engine, and everything its analysts did is kept.
#include <gtest/gtest.h>

#include "core/pipeline/clusterjudge.h"
#include "core/pipeline/ingestion.h"
#include "core/pipeline/reanalysis.h"
#include "../store/storefixtures.h"
#include "testsupport.h"
#include "storeaccess.h"

namespace claimdesk::pipeline {
namespace {

using claimdesk::testing::TempDir;

const Clock kClock = [] { return claimdesk::testing::fixedTime(); };

// What an analyst sees of every claim: where it is, its status, grade,
// history and cluster pin, by content span (ids of untouched claims change).
std::string analystView(store::ProjectStore& store) {
    auto& db = claimdesk::testing::rawDatabase(store);
    auto rows = db.prepare(
        "SELECT c.document_id, c.content_start, c.content_end, c.status, ifnull(c.credibility, ''), "
        " (SELECT group_concat(h.status || '/' || h.reason || '/' || h.analyst || '/' || h.at, ';') "
        "  FROM review_history h WHERE h.claim_id = c.id), "
        " ifnull((SELECT m.pinned FROM cluster_members m WHERE m.claim_id = c.id), '-') "
        "FROM claims c WHERE c.status <> 'extracted' OR c.credibility IS NOT NULL "
        " OR c.id IN (SELECT claim_id FROM cluster_members WHERE pinned = 1) ORDER BY 1, 2, 3");
    std::string out;
    while (rows->step())
        for (int i = 0; i < 7; ++i)
            out += rows->text(i) + (i == 6 ? "\n" : " ");
    auto notes = db.prepare("SELECT document_id, start, \"end\", exact, note, orphaned FROM annotations "
                            "ORDER BY id");
    while (notes && notes->step())
        for (int i = 0; i < 6; ++i)
            out += notes->text(i) + (i == 5 ? "\n" : " ");
    return out;
}

std::int64_t scalar(store::ProjectStore& store, const std::string& sql) {
    auto stmt = claimdesk::testing::rawDatabase(store).prepare(sql);
    return stmt && stmt->step() ? stmt->int64(0) : -1;
}

class Reanalysis : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = store::ProjectStore::open(m_dir.file("p.claimdesk").string());
        ASSERT_TRUE(opened.ok()) << opened.error();
        m_store.emplace(std::move(*opened));
        const auto report = ingestPaths(*m_store, {claimdesk::testing::demoCorpusDir().string()}, {}, kClock);
        ASSERT_FALSE(report.anyFailed());
        ASSERT_GE(report.count(FileOutcome::Kind::Added), 5);
        // An analyst's work: decisions, a grade, a note, a pinned move.
        ASSERT_TRUE(m_store->review({{1, ClaimStatus::Confirmed, "", "ana", "2025-03-05T10:00:00Z"},
                                     {2, ClaimStatus::Rejected, "the operator's estimate", "ana",
                                      "2025-03-05T10:01:00Z"},
                                     {2, ClaimStatus::Confirmed, "checked again", "bo", "2025-03-04T09:00:00Z"}})
                        .ok());
        ASSERT_TRUE(m_store->setCredibility(3, 2).ok());
        ASSERT_TRUE(m_store->addAnnotation(claimdesk::testing::sampleNote(1)).ok());
        ASSERT_TRUE(m_store->moveClaimToCluster(4, std::nullopt).ok());
        m_view = analystView(*m_store);
    }

    TempDir m_dir;
    std::optional<store::ProjectStore> m_store;
    std::string m_view;
};

TEST_F(Reanalysis, KeepsEveryDecisionNoteGradeAndPin) {
    const auto claims = scalar(*m_store, "SELECT COUNT(*) FROM claims");
    auto summary = reanalyzeProject(*m_store, std::nullopt);
    ASSERT_TRUE(summary.ok()) << summary.error();
    EXPECT_EQ(summary->documents, scalar(*m_store, "SELECT COUNT(*) FROM documents"));
    EXPECT_TRUE(summary->failures.empty());
    EXPECT_EQ(analystView(*m_store), m_view);
    // The same engine finds the same claims again.
    EXPECT_EQ(scalar(*m_store, "SELECT COUNT(*) FROM claims"), claims);
    EXPECT_EQ(summary->claimsAdded, 0);
    EXPECT_EQ(summary->claimsRemoved, 0);
    EXPECT_EQ(summary->claimsKept, 4) << "claims 1-4, each touched by the analyst";
    // Linked again: every claim in a cluster, nothing left waiting.
    EXPECT_EQ(scalar(*m_store, "SELECT COUNT(*) FROM claims WHERE id NOT IN (SELECT claim_id FROM cluster_members "
                               "WHERE claim_id IS NOT NULL)"),
              0);
    EXPECT_EQ(scalar(*m_store, "SELECT COUNT(*) FROM link_pending_claims"), 0);
    // The pinned claim stayed alone in its own cluster.
    EXPECT_EQ(scalar(*m_store, "SELECT COUNT(*) FROM cluster_members WHERE cluster_id = (SELECT cluster_id FROM "
                               "cluster_members WHERE claim_id = 4)"),
              1);
}

TEST_F(Reanalysis, FindsAgainWhatTheStoredExtractionLacks) {
    // As if an older extractor had missed a claim: the current one finds it.
    const auto missing = scalar(*m_store, "SELECT max(id) FROM claims WHERE status = 'extracted' AND origin = "
                                          "'extractor' AND credibility IS NULL");
    ASSERT_GT(missing, 4);
    ASSERT_TRUE(claimdesk::testing::rawDatabase(*m_store).exec("DELETE FROM claims WHERE id = " + std::to_string(missing)).ok());
    auto summary = reanalyzeProject(*m_store, std::nullopt);
    ASSERT_TRUE(summary.ok()) << summary.error();
    EXPECT_EQ(summary->claimsAdded, 1);
    EXPECT_EQ(summary->claimsRemoved, 0);
    EXPECT_EQ(analystView(*m_store), m_view);
}

TEST_F(Reanalysis, OneDocumentOrStoppedHalfWay) {
    auto one = reanalyzeProject(*m_store, 2);
    ASSERT_TRUE(one.ok()) << one.error();
    EXPECT_EQ(one->documents, 1);
    EXPECT_FALSE(reanalyzeProject(*m_store, 999).ok());

    std::size_t calls = 0;
    auto stopped = reanalyzeProject(*m_store, std::nullopt, [&](std::size_t done, std::size_t, const std::string&) {
        ++calls;
        return done < 2;
    });
    ASSERT_TRUE(stopped.ok()) << stopped.error();
    EXPECT_TRUE(stopped->cancelled);
    EXPECT_EQ(stopped->documents, 2);
    EXPECT_EQ(calls, 3u);
    EXPECT_EQ(analystView(*m_store), m_view);
    EXPECT_EQ(scalar(*m_store, "SELECT COUNT(*) FROM link_pending_claims"), 0);
}


// The analyst's cluster edits outlive re-analysis as they outlive linking:
// two clusters merged stay one, a claim moved stays where it was put, and a
// dismissed disagreement stays dismissed.
TEST_F(Reanalysis, KeepsMergedClustersMovesAndDismissedDisagreements) {
    const std::int64_t disputed =
        scalar(*m_store, "SELECT id FROM clusters WHERE kind = 'claim' AND disagreement = 1 ORDER BY id LIMIT 1");
    ASSERT_GT(disputed, 0) << "the demo has a disagreement";
    ASSERT_TRUE(m_store->dismissDisagreement(disputed, "different periods", "ana", "2025-03-05T11:00:00Z").ok());
    // Two clusters of claims outside it, merged: B's members moved into A.
    const std::int64_t a = scalar(*m_store, "SELECT cluster_id FROM cluster_members WHERE claim_id = 5");
    const std::int64_t b = scalar(*m_store, "SELECT cluster_id FROM cluster_members WHERE claim_id = 7");
    ASSERT_NE(a, b);
    ASSERT_NE(a, disputed);
    ASSERT_NE(b, disputed);
    std::vector<std::int64_t> members;
    {
        auto stmt = claimdesk::testing::rawDatabase(*m_store).prepare("SELECT claim_id FROM cluster_members WHERE cluster_id = ?");
        stmt->bind(1, b);
        while (stmt->step())
            members.push_back(stmt->int64(0));
    }
    ASSERT_TRUE(m_store->moveClaims(members, a, clusterJudge(*m_store)));
    // One claim moved into the disputed cluster's neighbour: claim 6 into A too.
    ASSERT_TRUE(m_store->moveClaims({6}, a, clusterJudge(*m_store)));
    const auto dismissedMembers = scalar(*m_store, "SELECT COUNT(*) FROM cluster_members WHERE cluster_id = " +
                                                       std::to_string(disputed));

    auto summary = reanalyzeProject(*m_store, std::nullopt);
    ASSERT_TRUE(summary.ok()) << summary.error();
    // Claim 5 was not moved: re-extracted, it is a new claim; the moved ones
    // are kept with their ids.
    const std::int64_t after = scalar(*m_store, "SELECT cluster_id FROM cluster_members WHERE claim_id = 6");
    ASSERT_GT(after, 0);
    for (std::int64_t claim : members)
        EXPECT_EQ(scalar(*m_store, "SELECT cluster_id FROM cluster_members WHERE claim_id = " + std::to_string(claim)),
                  after)
            << "claim " << claim << " stays merged";
    EXPECT_EQ(scalar(*m_store, "SELECT COUNT(*) FROM disagreement_dismissals WHERE why = 'different periods'"), 1);
    const std::int64_t kept = scalar(*m_store, "SELECT cluster_id FROM disagreement_dismissals");
    EXPECT_EQ(scalar(*m_store, "SELECT disagreement FROM clusters WHERE id = " + std::to_string(kept)), 0)
        << "still dismissed";
    EXPECT_EQ(scalar(*m_store, "SELECT COUNT(*) FROM cluster_members WHERE cluster_id = " + std::to_string(kept)),
              dismissedMembers);
}

}  // namespace
}  // namespace claimdesk::pipeline
