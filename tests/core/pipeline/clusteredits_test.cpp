// The analyst's hand on clusters outlives linking: a claim moved out of a
// cluster stays out when more documents arrive, clusters the analyst shaped
// never merge, a claim whose attribution is wrong is in no cluster, and the
// judge gives an edited cluster the facts linking would, and a cluster
// whose members changed unjudged is judged at the next open.
#include <gtest/gtest.h>

#include "core/pipeline/clusterjudge.h"
#include "core/pipeline/linking.h"
#include "testsupport.h"
#include "storeaccess.h"

namespace claimdesk::pipeline {
namespace {

// One article by `outlet` in which `speaker` says `content`; a figure of
// `figure` soldiers when given.
std::int64_t addArticle(store::ProjectStore& store, const std::string& name, const std::string& outlet,
                        const std::string& speaker, const std::string& content, std::optional<double> figure = {}) {
    const std::string text = speaker + " said " + content + ".";
    Document d;
    d.fileName = name;
    d.filePath = "/in/" + name;
    d.text = d.original = text;
    d.sha256 = std::string(64 - name.size(), '0') + name;
    d.source.outlet = outlet;
    d.source.published = "2025-02-06";
    d.body = {0, static_cast<std::int64_t>(text.size())};
    d.ingestedAt = "2025-02-06T10:00:00Z";
    Analysis a;
    Speaker s;
    s.name = speaker;
    s.mentions.push_back({{0, static_cast<std::int64_t>(speaker.size())}, speaker});
    a.speakers.push_back(s);
    Claim c;
    c.speakerIndex = 0;
    const auto start = static_cast<std::int64_t>(speaker.size() + 6);
    c.content = {{start, start + static_cast<std::int64_t>(content.size())}, content};
    c.cue = TextSpan{{static_cast<std::int64_t>(speaker.size() + 1), static_cast<std::int64_t>(speaker.size() + 5)}, "said"};
    if (figure) {
        const auto at = content.find_first_of("0123456789");
        const auto end = content.find(' ', at);
        Quantity q;
        q.text = {{start + static_cast<std::int64_t>(at), start + static_cast<std::int64_t>(end)}, content.substr(at, end - at)};
        q.value = *figure;
        q.unit = "soldiers";
        c.quantities.push_back(q);
    }
    a.claims.push_back(c);
    auto added = store.addDocument(d, a);
    EXPECT_TRUE(added) << added.error();
    store::ClaimQuery query;
    query.documentId = added->id;
    return store.claims(query).value().front().id;
}

class ClusterEdits : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = store::ProjectStore::open(":memory:");
        ASSERT_TRUE(opened) << opened.error();
        m_store.emplace(std::move(*opened));
        m_a = addArticle(*m_store, "a.txt", "Kyiv Post", "Volodymyr Zelensky",
                         "4000 North Korean soldiers were killed in Kursk Oblast", 4000);
        m_b = addArticle(*m_store, "b.txt", "UNN", "Volodymyr Zelensky",
                         "4000 North Korean soldiers were killed in the Kursk Oblast fighting", 4000);
        m_c = addArticle(*m_store, "c.txt", "Reuters", "National Intelligence Service",
                         "300 North Korean soldiers were killed in Kursk Oblast", 300);
        ASSERT_TRUE(relinkProject(*m_store).ok());
    }
    std::optional<std::int64_t> clusterOf(std::int64_t claim) { return m_store->claim(claim)->clusterId; }
    bool disagreement(std::int64_t claim) { return m_store->claim(claim)->disagreement; }

    std::optional<store::ProjectStore> m_store;
    std::int64_t m_a = 0, m_b = 0, m_c = 0;
};

TEST_F(ClusterEdits, LinkingGroupsTheSameClaimAndFlagsTheFigures) {
    ASSERT_TRUE(clusterOf(m_a));
    EXPECT_EQ(clusterOf(m_a), clusterOf(m_b));
    EXPECT_EQ(clusterOf(m_a), clusterOf(m_c));
    EXPECT_TRUE(disagreement(m_a));
}

TEST_F(ClusterEdits, TheJudgeSeesWhatLinkingSees) {
    const auto judge = clusterJudge(*m_store);
    auto agree = judge({m_a, m_b});
    ASSERT_TRUE(agree) << agree.error();
    EXPECT_FALSE(agree->disagreement);
    EXPECT_EQ(agree->outletCount, 2);
    EXPECT_EQ(agree->independentSources, 1) << "one speaker repeated by two outlets";
    auto conflict = judge({m_a, m_c});
    ASSERT_TRUE(conflict);
    EXPECT_TRUE(conflict->disagreement);
    EXPECT_NE(conflict->reason.find("300"), std::string::npos) << conflict->reason;
    EXPECT_FALSE(judge({424242}));
}

TEST_F(ClusterEdits, AClaimSplitOutStaysOutWhenMoreArticlesArrive) {
    auto alone = m_store->moveClaims({m_c}, std::nullopt, clusterJudge(*m_store));
    ASSERT_TRUE(alone) << alone.error();
    EXPECT_FALSE(disagreement(m_a)) << "what is left agrees";
    const std::int64_t d = addArticle(*m_store, "d.txt", "BBC", "Volodymyr Zelensky",
                                      "4000 North Korean soldiers were killed in Kursk Oblast, he said again", 4000);
    const std::int64_t e = addArticle(*m_store, "e.txt", "Yonhap", "National Intelligence Service",
                                      "300 North Korean soldiers were killed in Kursk Oblast fighting", 300);
    ASSERT_TRUE(relinkProject(*m_store).ok());
    EXPECT_EQ(clusterOf(m_c), *alone);
    EXPECT_NE(clusterOf(m_a), clusterOf(m_c)) << "the analyst's clusters never merge";
    EXPECT_TRUE(clusterOf(d) && clusterOf(e));
}

TEST_F(ClusterEdits, AWrongAttributionIsInNoClusterNorDisagreement) {
    ASSERT_TRUE(m_store->review({{m_c, ClaimStatus::Rejected, "not his words", "ana", "t1"}}, clusterJudge(*m_store)).ok());
    EXPECT_FALSE(clusterOf(m_c));
    EXPECT_FALSE(disagreement(m_a));
    ASSERT_TRUE(relinkProject(*m_store).ok());
    EXPECT_FALSE(clusterOf(m_c)) << "linking leaves it out";
    EXPECT_FALSE(disagreement(m_a));
    ASSERT_TRUE(m_store->review({{m_c, ClaimStatus::Extracted, "undo", "ana", "t2"}}, clusterJudge(*m_store)).ok());
    EXPECT_EQ(clusterOf(m_c), clusterOf(m_a));
    EXPECT_TRUE(disagreement(m_a));
}

TEST_F(ClusterEdits, ADismissedDisagreementStaysDismissedThroughRelinking) {
    const std::int64_t cluster = *clusterOf(m_a);
    ASSERT_TRUE(m_store->dismissDisagreement(cluster, "different battles", "ana", "t1").ok());
    addArticle(*m_store, "f.txt", "AP", "Volodymyr Zelensky", "Russia moved its troops away from the front", std::nullopt);
    ASSERT_TRUE(relinkProject(*m_store).ok());
    EXPECT_EQ(clusterOf(m_a), cluster);
    EXPECT_FALSE(disagreement(m_a));
}

// Only the parties to a disagreement show it: a claim moved in that gives
// no figure shares the cluster but not its disagreement.
TEST_F(ClusterEdits, AClaimMovedInWithoutAFigureIsNoPartyToTheDisagreement) {
    const std::int64_t d = addArticle(*m_store, "d.txt", "BBC", "Oleksandr Syrskyi",
                                      "the fighting in Kursk Oblast went on through the night");
    ASSERT_TRUE(relinkProject(*m_store).ok());
    ASSERT_TRUE(m_store->moveClaims({d}, clusterOf(m_a), clusterJudge(*m_store)));
    EXPECT_EQ(clusterOf(d), clusterOf(m_a));
    EXPECT_TRUE(disagreement(m_a));
    EXPECT_TRUE(disagreement(m_c));
    EXPECT_FALSE(disagreement(d)) << "it shares the cluster, not the conflict";
}

std::int64_t scalar(store::Database& db, const std::string& sql) {
    auto stmt = db.prepare(sql);
    EXPECT_TRUE(stmt) << sql;
    return stmt && stmt->step() ? stmt->int64(0) : -1;
}

// An edit made where no judge is at hand marks the clusters it changed;
// the next open for work judges them, and only them, once.
TEST_F(ClusterEdits, AnEditWithoutAJudgeIsJudgedAtTheNextOpen) {
    const std::int64_t cluster = *clusterOf(m_a);
    ASSERT_TRUE(m_store->review({{m_c, ClaimStatus::Rejected, "not his words", "ana", "t1"}}).ok());
    EXPECT_FALSE(clusterOf(m_c));
    EXPECT_EQ(scalar(claimdesk::testing::rawDatabase(*m_store), "SELECT cluster_id FROM clusters_to_judge"), cluster);
    ASSERT_TRUE(relinkProject(*m_store).ok());
    EXPECT_FALSE(disagreement(m_a)) << "what is left agrees";
    EXPECT_EQ(scalar(claimdesk::testing::rawDatabase(*m_store), "SELECT COUNT(*) FROM clusters_to_judge"), 0);
}

// A project from before the step that marks clusters to judge: schema 8
// set the claims marked wrong aside from their clusters without judging
// those again, so a cluster kept the disagreement that rested on a claim
// no longer in it. Opened for work, it loses it.
TEST(ClustersJudgedOnOpen, AClusterThatLostAWrongClaimToTheMigrationIsJudgedAgain) {
    testing::TempDir dir;
    const std::string path = dir.file("old.claimdesk").string();
    std::int64_t a = 0, c = 0;
    {
        auto store = store::ProjectStore::open(path);
        ASSERT_TRUE(store) << store.error();
        a = addArticle(*store, "a.txt", "Kyiv Post", "Volodymyr Zelensky",
                       "4000 North Korean soldiers were killed in Kursk Oblast", 4000);
        c = addArticle(*store, "c.txt", "Reuters", "National Intelligence Service",
                       "300 North Korean soldiers were killed in Kursk Oblast", 300);
        ASSERT_TRUE(relinkProject(*store).ok());
        ASSERT_TRUE(store->claim(a)->disagreement);
        // What schema 8 did to a claim rejected before it, and the schema
        // before the marks.
        store::Database& db = claimdesk::testing::rawDatabase(*store);
        for (const std::string& sql :
             {"UPDATE claims SET status = 'rejected' WHERE id = " + std::to_string(c),
              std::string("INSERT INTO cluster_set_aside(claim_id, cluster_id, pinned) SELECT m.claim_id, m.cluster_id, "
                          "m.pinned FROM cluster_members m JOIN claims c ON c.id = m.claim_id WHERE c.status = 'rejected'"),
              std::string("DELETE FROM cluster_members WHERE claim_id IN (SELECT id FROM claims WHERE status = 'rejected')"),
              std::string("DROP TABLE clusters_to_judge"), std::string("PRAGMA user_version = 13")})
            ASSERT_TRUE(db.exec(sql).ok()) << sql << ": " << db.lastError();
        ASSERT_TRUE(store->claim(a)->disagreement) << "the stale flag";
    }
    auto store = store::ProjectStore::open(path);
    ASSERT_TRUE(store) << store.error();
    EXPECT_TRUE(store->claim(a)->disagreement) << "migrated, not yet judged";
    ASSERT_TRUE(relinkProject(*store).ok());
    EXPECT_FALSE(store->claim(a)->disagreement);
    EXPECT_FALSE(store->claim(c)->clusterId);
    EXPECT_EQ(scalar(claimdesk::testing::rawDatabase(*store), "SELECT COUNT(*) FROM clusters_to_judge"), 0) << "judged once";
}

}  // namespace
}  // namespace claimdesk::pipeline
