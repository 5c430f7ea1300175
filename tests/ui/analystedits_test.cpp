// The analyst's judgement through the Workspace, each edit done, undone and
// redone against a temporary store: assessments apart from review, cluster
// edits, a dismissed disagreement, document details and the project's
// texts, lists and lane titles.
#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QUndoStack>

#include "projectfixture.h"
#include "qtapp.h"
#include "testsupport.h"
#include "ui/edit/workspace.h"

namespace claimdesk::ui {
namespace {

class AnalystEdits : public ::testing::Test {
protected:
    void SetUp() override {
        testing::qtApp();
        auto store = store::ProjectStore::open(m_dir.file("p.claimdesk").string());
        ASSERT_TRUE(store.ok()) << store.error();
        m_project = testing::writeSmallProject(*store);
        auto rows = *store->claims({});
        for (const auto& c : rows)
            m_claims.push_back(c.id);
        // The bridge dates (5 March / April) disagree; the workers agree.
        ASSERT_TRUE(store->writeClaimClusters({{0, {m_claims[0], m_claims[3]}, true, "5 March vs April", 2, 1, "", {}},
                                               {0, {m_claims[1], m_claims[4]}, false, "", 2, 2, "", {}},
                                               {0, {m_claims[2]}, false, "", 1, 1, "", {}}})
                        .ok());
        m_workspace = std::make_unique<Workspace>(std::move(*store), QStringLiteral("p.claimdesk"));
        m_workspace->setAnalyst(QStringLiteral("Ines Test"));
        m_workspace->setClock([this] { return QStringLiteral("2025-03-07T10:00:%1Z").arg(m_tick++, 2, 10, QLatin1Char('0')); });
    }

    store::ClaimRow claim(qint64 id) { return *m_workspace->claim(id); }
    QUndoStack& stack() { return *m_workspace->undoStack(); }

    testing::TempDir m_dir;
    testing::SmallProject m_project;
    std::unique_ptr<Workspace> m_workspace;
    std::vector<qint64> m_claims;
    int m_tick = 0;
};

TEST_F(AnalystEdits, AnAssessmentIsApartFromReviewAndUndoesWithItsHistoryKept) {
    QSignalSpy changed(m_workspace.get(), &Workspace::claimsChanged);
    AssessmentChange change;
    change.verdict = QStringLiteral("corroborated");
    change.credibility = 2;
    change.note = QStringLiteral("council minutes agree");
    ASSERT_TRUE(m_workspace->assessClaims({m_claims[0]}, change));
    EXPECT_EQ(claim(m_claims[0]).verdict, "corroborated");
    EXPECT_EQ(claim(m_claims[0]).credibility, 2);
    EXPECT_EQ(claim(m_claims[0]).status, ClaimStatus::Extracted) << "the attribution is not checked by assessing";
    EXPECT_EQ(changed.size(), 1);
    // A verdict for two claims keeps each one's own credibility and note.
    ASSERT_TRUE(m_workspace->setVerdict({m_claims[0], m_claims[1]}, QStringLiteral("disputed")));
    EXPECT_EQ(m_workspace->assessment(m_claims[0])->note, "council minutes agree");
    EXPECT_EQ(m_workspace->assessment(m_claims[0])->credibility, 2);
    EXPECT_EQ(claim(m_claims[1]).verdict, "disputed");
    stack().undo();
    EXPECT_EQ(claim(m_claims[0]).verdict, "corroborated");
    EXPECT_EQ(claim(m_claims[1]).verdict, "");
    stack().undo();
    EXPECT_TRUE(m_workspace->assessment(m_claims[0])->empty());
    stack().redo();
    EXPECT_EQ(claim(m_claims[0]).verdict, "corroborated");
    // Every step is in the history, undos too.
    EXPECT_EQ(m_workspace->assessmentHistory(m_claims[0])->size(), 5u);
    // Credibility alone is an assessment too.
    ASSERT_TRUE(m_workspace->setCredibility({m_claims[2]}, 5));
    EXPECT_EQ(claim(m_claims[2]).credibility, 5);
    EXPECT_FALSE(m_workspace->setCredibility({m_claims[2]}, 7));
    EXPECT_EQ(claim(m_claims[2]).credibility, 5);
}

TEST_F(AnalystEdits, AWrongAttributionLeavesItsClusterAndItsDisagreementUntilUndone) {
    QSignalSpy clusters(m_workspace.get(), &Workspace::clustersChanged);
    const auto cluster = claim(m_claims[0]).clusterId;
    ASSERT_TRUE(claim(m_claims[0]).disagreement);
    ASSERT_TRUE(m_workspace->rejectClaims({m_claims[3]}, QStringLiteral("a fragment")));
    EXPECT_FALSE(claim(m_claims[3]).clusterId);
    EXPECT_FALSE(claim(m_claims[0]).disagreement) << "no disagreement rests on a rejected claim";
    EXPECT_GE(clusters.size(), 1);
    stack().undo();
    EXPECT_EQ(claim(m_claims[3]).clusterId, cluster);
    // Back, the cluster is judged again with it, as linking would.
    const auto judged = m_workspace->clusterJudge()({m_claims[0], m_claims[3]});
    ASSERT_TRUE(judged);
    EXPECT_EQ(claim(m_claims[0]).disagreement, judged->disagreement);
}

TEST_F(AnalystEdits, ClaimsMoveSplitAndMergeUndoably) {
    const auto bridge = claim(m_claims[0]).clusterId;
    const auto workers = claim(m_claims[1]).clusterId;
    // Move the council's costs into the workers' cluster, and back.
    ASSERT_TRUE(m_workspace->moveClaimsToCluster({m_claims[2]}, *workers));
    EXPECT_EQ(claim(m_claims[2]).clusterId, workers);
    stack().undo();
    EXPECT_NE(claim(m_claims[2]).clusterId, workers);
    stack().redo();
    EXPECT_EQ(claim(m_claims[2]).clusterId, workers);
    // Split one out: a new cluster, the same one on redo.
    ASSERT_TRUE(m_workspace->moveClaimsToCluster({m_claims[3]}, std::nullopt));
    const auto alone = claim(m_claims[3]).clusterId;
    EXPECT_NE(alone, bridge);
    EXPECT_FALSE(claim(m_claims[0]).disagreement) << "judged again without the split claim";
    stack().undo();
    EXPECT_EQ(claim(m_claims[3]).clusterId, bridge);
    stack().redo();
    EXPECT_EQ(claim(m_claims[3]).clusterId, alone);
    stack().undo();
    // Merge the workers into the bridge: one cluster, undone whole.
    ASSERT_TRUE(m_workspace->mergeClusters(*bridge, *workers));
    for (qint64 id : m_claims)
        EXPECT_EQ(claim(id).clusterId, bridge) << id;
    stack().undo();
    EXPECT_EQ(claim(m_claims[1]).clusterId, workers);
    EXPECT_EQ(claim(m_claims[4]).clusterId, workers);
    EXPECT_EQ(claim(m_claims[0]).clusterId, bridge);
    EXPECT_FALSE(m_workspace->mergeClusters(*bridge, *bridge));
}

TEST_F(AnalystEdits, ADisagreementIsDismissedWithWhyAndRestored) {
    const qint64 cluster = *claim(m_claims[0]).clusterId;
    ASSERT_TRUE(m_workspace->dismissDisagreement(cluster, QStringLiteral("the opening is phased: March, then April")));
    EXPECT_FALSE(claim(m_claims[0]).disagreement);
    auto info = *m_workspace->clusters();
    EXPECT_TRUE(std::any_of(info.begin(), info.end(), [&](const auto& c) { return c.id == cluster && c.dismissed; }));
    stack().undo();
    EXPECT_TRUE(claim(m_claims[0]).disagreement);
    stack().redo();
    EXPECT_FALSE(claim(m_claims[0]).disagreement);
    ASSERT_TRUE(m_workspace->restoreDisagreement(cluster));
    EXPECT_TRUE(claim(m_claims[0]).disagreement);
    stack().undo();
    EXPECT_FALSE(claim(m_claims[0]).disagreement);
    EXPECT_EQ((*m_workspace->store().dismissal(cluster))->why, "the opening is phased: March, then April");
}

TEST_F(AnalystEdits, DocumentDetailsChangeUndoablyWithWhatWasDetectedKept) {
    QSignalSpy details(m_workspace.get(), &Workspace::documentDetailsChanged);
    const qint64 river = m_project.river;
    ASSERT_TRUE(m_workspace->editDocument(river, store::DocumentField::Title, QStringLiteral("Bridge opens in April")));
    ASSERT_TRUE(m_workspace->editDocument(river, store::DocumentField::Published, QStringLiteral("2025-03-07")));
    ASSERT_TRUE(m_workspace->editDocument(river, store::DocumentField::Authors,
                                          authorsJson({QStringLiteral("Ola \"Oz\" Berg"), QStringLiteral("Ida Marsh")})));
    ASSERT_TRUE(m_workspace->editDocument(river, store::DocumentField::Outlet, QStringLiteral("River Post Online")));
    EXPECT_EQ(details.size(), 4);
    Document d = *m_workspace->document(river);
    EXPECT_EQ(d.source.title, "Bridge opens in April");
    EXPECT_EQ(d.source.published, "2025-03-07");
    EXPECT_EQ(d.source.authors, (std::vector<std::string>{"Ola \"Oz\" Berg", "Ida Marsh"}));
    EXPECT_EQ(claim(m_claims[3]).outlet, "River Post Online") << "its claims follow";
    EXPECT_FALSE(m_workspace->editDocument(river, store::DocumentField::Published, QStringLiteral("7 March")));
    for (int i = 0; i < 4; ++i)
        stack().undo();
    d = *m_workspace->document(river);
    EXPECT_EQ(d.source.title, "");
    EXPECT_EQ(d.source.published, "2025-03-06");
    EXPECT_TRUE(d.source.authors.empty());
    EXPECT_EQ(d.source.outlet, "River Post");
    const auto edits = *m_workspace->documentEdits(river);
    ASSERT_EQ(edits.size(), 8u);
    EXPECT_EQ(edits[1].oldValue, "2025-03-06") << "what ingestion detected, kept";
    stack().redo();
    EXPECT_EQ(m_workspace->document(river)->source.title, "Bridge opens in April");
}

TEST_F(AnalystEdits, TheProjectsTextsListsAndLaneTitlesUndo) {
    QSignalSpy settings(m_workspace.get(), &Workspace::projectSettingsChanged);
    ASSERT_TRUE(m_workspace->setProjectText(QStringLiteral("summary"), QStringLiteral("The opening date is disputed.")));
    EXPECT_EQ(m_workspace->projectText(QStringLiteral("summary")), QStringLiteral("The opening date is disputed."));
    stack().undo();
    EXPECT_EQ(m_workspace->projectText(QStringLiteral("summary")), QString());
    stack().redo();

    ASSERT_TRUE(m_workspace->setRejectReasons({QStringLiteral("Wrong speaker"), QStringLiteral(" ")}));
    EXPECT_EQ(m_workspace->rejectReasons()->size(), 1u);
    stack().undo();
    EXPECT_GT(m_workspace->rejectReasons()->size(), 1u);

    ASSERT_TRUE(m_workspace->setVerdictLabels({{"true", 5}, {"false", 1}}));
    EXPECT_EQ(m_workspace->verdictLabels()->size(), 2u);
    stack().undo();
    EXPECT_EQ(m_workspace->verdictLabels()->size(), 4u);

    const qint64 cluster = *claim(m_claims[1]).clusterId;
    const QString key = QStringLiteral("claim-cluster:%1").arg(cluster);
    ASSERT_TRUE(m_workspace->setLaneTitle(key, QStringLiteral("Workers on site")));
    EXPECT_EQ(m_workspace->clusterTitle(cluster), QStringLiteral("Workers on site"));
    stack().undo();
    EXPECT_EQ(m_workspace->clusterTitle(cluster), QStringLiteral("Workers: 300")) << "what its figures count";
    EXPECT_GE(settings.size(), 6);
}

}  // namespace
}  // namespace claimdesk::ui
