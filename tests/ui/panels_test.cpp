// The models behind the new panels under QAbstractItemModelTester (notes,
// clusters), the claim table's attribution and assessment columns and its
// drag, and the search display's pure helpers.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

#include "projectfixture.h"
#include "qtapp.h"
#include "testsupport.h"
#include "ui/edit/workspace.h"
#include "ui/models/claimtablemodel.h"
#include "ui/models/clusterlistmodel.h"
#include "ui/models/notesmodel.h"
#include "ui/models/roles.h"
#include "ui/models/searchtext.h"
#include "ui/models/statuscolors.h"

namespace claimdesk::ui {
namespace {

using Tester = QAbstractItemModelTester;

class Panels : public ::testing::Test {
protected:
    void SetUp() override {
        testing::qtApp();
        auto store = store::ProjectStore::open(m_dir.file("p.claimdesk").string());
        ASSERT_TRUE(store.ok()) << store.error();
        m_project = testing::writeSmallProject(*store);
        for (const auto& c : *store->claims({}))
            m_claims.push_back(c.id);
        ASSERT_TRUE(store->writeClaimClusters({{0, {m_claims[0], m_claims[3]}, true, "5 March vs April", 2, 1, "", {}},
                                               {0, {m_claims[1]}, false, "", 1, 1, "", {}},
                                               {0, {m_claims[2]}, false, "", 1, 1, "", {}},
                                               {0, {m_claims[4]}, false, "", 1, 1, "", {}}})
                        .ok());
        m_workspace = std::make_unique<Workspace>(std::move(*store), QStringLiteral("p.claimdesk"));
        m_workspace->setAnalyst(QStringLiteral("Ines Test"));
        m_workspace->setClock([] { return QStringLiteral("2025-03-07T10:00:00Z"); });
    }

    testing::TempDir m_dir;
    testing::SmallProject m_project;
    std::unique_ptr<Workspace> m_workspace;
    std::vector<qint64> m_claims;
};

TEST_F(Panels, TheNotesModelListsNotesAndTheAnalystsClaimsNewestFirstAndFiltersByDocument) {
    NotesModel model(m_workspace.get());
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    const std::string harbour = m_workspace->document(m_project.harbour)->text;
    m_workspace->setClock([] { return QStringLiteral("2025-03-07T10:00:00Z"); });
    ASSERT_TRUE(m_workspace->annotateNote(m_project.harbour, testing::spanOf(harbour, "Subscribe"), QStringLiteral("an ad")));
    m_workspace->setClock([] { return QStringLiteral("2025-03-07T11:00:00Z"); });
    const std::string river = m_workspace->document(m_project.river)->text;
    ASSERT_TRUE(m_workspace->annotateClaim(m_project.river, testing::spanOf(river, "the repair needs 200 workers"), std::nullopt));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, NotesModel::Kind).data().toString(), QStringLiteral("Claim"));
    const QString document = model.index(0, NotesModel::Document).data().toString();
    EXPECT_TRUE(document.startsWith(QStringLiteral("River Post: The mayor, Ana Lind,")) && document.endsWith(QChar(0x2026)))
        << "an untitled article goes by its first words: " << document.toStdString();
    EXPECT_EQ(model.index(1, NotesModel::Quote).data().toString(), QStringLiteral("Subscribe"));
    EXPECT_EQ(model.index(1, NotesModel::Note).data().toString(), QStringLiteral("an ad"));
    EXPECT_EQ(model.index(1, NotesModel::Author).data().toString(), QStringLiteral("Ines Test"));
    EXPECT_EQ(model.index(1, NotesModel::Time).data().toString(), QStringLiteral("2025-03-07 10:00"));
    EXPECT_EQ(model.index(1, 0).data(DocumentIdRole).toLongLong(), m_project.harbour);
    EXPECT_EQ(model.index(1, 0).data(SpanStartRole).toLongLong(), testing::spanOf(harbour, "Subscribe").start);
    model.setDocumentFilter(m_project.harbour);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.annotationAt(0)->note, "an ad");
    m_workspace->undoStack()->undo();  // the claim goes; the filter keeps the note
    EXPECT_EQ(model.rowCount(), 1);
    model.setDocumentFilter(std::nullopt);
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_F(Panels, TheClusterListShowsSharedClustersAndTakesDroppedClaims) {
    ClusterListModel model(m_workspace.get());
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 1) << "clusters of one claim are no list entries";
    const qint64 bridge = model.index(0, 0).data(ClusterIdRole).toLongLong();
    EXPECT_EQ(model.index(0, ClusterListModel::Claims).data().toInt(), 2);
    EXPECT_EQ(model.index(0, ClusterListModel::Disagreement).data().toString(), QStringLiteral("Disagrees"));
    EXPECT_FALSE(model.index(0, ClusterListModel::Title).data().toString().contains(QStringLiteral("Cluster")));
    // Claims dragged from the table drop into it.
    ClaimTableModel claims(m_workspace.get());
    std::unique_ptr<QMimeData> mime(claims.mimeData({claims.index(claims.rowOfClaim(m_claims[2]), 0),
                                                      claims.index(claims.rowOfClaim(m_claims[2]), 3)}));
    ASSERT_TRUE(model.canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, model.index(0, 0)));
    ASSERT_TRUE(model.dropMimeData(mime.get(), Qt::CopyAction, -1, -1, model.index(0, 0)));
    EXPECT_EQ(m_workspace->claim(m_claims[2])->clusterId, bridge);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, ClusterListModel::Claims).data().toInt(), 3);
    // Below the list: a new cluster of their own.
    std::unique_ptr<QMimeData> two(claims.mimeData({claims.index(claims.rowOfClaim(m_claims[1]), 0),
                                                     claims.index(claims.rowOfClaim(m_claims[4]), 0)}));
    ASSERT_TRUE(model.dropMimeData(two.get(), Qt::CopyAction, -1, -1, {}));
    EXPECT_EQ(m_workspace->claim(m_claims[1])->clusterId, m_workspace->claim(m_claims[4])->clusterId);
    EXPECT_EQ(model.rowCount(), 2);
    QMimeData other;
    other.setText(QStringLiteral("12"));
    EXPECT_FALSE(model.canDropMimeData(&other, Qt::CopyAction, -1, -1, model.index(0, 0)));
    m_workspace->undoStack()->undo();
    m_workspace->undoStack()->undo();
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, ClusterListModel::Claims).data().toInt(), 2);
}

TEST_F(Panels, TheClaimTableNamesTheAttributionCheckApartFromTheAssessment) {
    ClaimTableModel model(m_workspace.get());
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.headerData(ClaimTableModel::Status, Qt::Horizontal).toString(), QStringLiteral("Attribution"));
    EXPECT_EQ(model.headerData(ClaimTableModel::Assessment, Qt::Horizontal).toString(), QStringLiteral("Assessment"));
    const int row = model.rowOfClaim(m_claims[0]);
    EXPECT_EQ(model.index(row, ClaimTableModel::Status).data().toString(), QStringLiteral("Unchecked"));
    ASSERT_TRUE(model.setData(model.index(row, ClaimTableModel::Status), int(ClaimStatus::Confirmed)));
    EXPECT_EQ(model.index(row, ClaimTableModel::Status).data().toString(), QStringLiteral("Correct"));
    // A correct attribution is never in the colour of a true verdict.
    const QColor checked = model.index(row, ClaimTableModel::Status).data(Qt::BackgroundRole).value<QBrush>().color();
    EXPECT_NE(checked, verdictColor(5, paperPalette()));
    EXPECT_TRUE(model.index(row, ClaimTableModel::Assessment).data().toString().isEmpty());
    ASSERT_TRUE(model.setData(model.index(row, ClaimTableModel::Assessment), QStringLiteral("corroborated")));
    ASSERT_TRUE(m_workspace->setCredibility({m_claims[0]}, 2));
    EXPECT_EQ(model.index(row, ClaimTableModel::Assessment).data().toString(), QStringLiteral("corroborated · 2"));
    EXPECT_EQ(model.index(row, ClaimTableModel::Assessment).data(Qt::BackgroundRole).value<QBrush>().color(),
              verdictColor(5, paperPalette()));
    EXPECT_TRUE(model.index(row, ClaimTableModel::Assessment).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Ines Test")));
    EXPECT_EQ(model.index(row, 0).data(VerdictRole).toString(), QStringLiteral("corroborated"));
    // Narrow columns give their whole text as a tooltip.
    EXPECT_EQ(model.index(row, ClaimTableModel::Outlet).data(Qt::ToolTipRole).toString(), QStringLiteral("Harbour Gazette"));
    // Claims drag out as their ids.
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(row, 0)}));
    EXPECT_EQ(mime->data(QString::fromLatin1(kClaimIdsMimeType)), QByteArray::number(m_claims[0]));
}

TEST(SearchText, SnippetsBoldTheMatchAndEscapeTheRest) {
    const std::string marked = std::string("the ") + store::SearchHit::kMatchStart + "bridge" +
                               store::SearchHit::kMatchEnd + " <would> [reopen]";
    EXPECT_EQ(snippetHtml(marked), QStringLiteral("the <b>bridge</b> &lt;would&gt; [reopen]"));
}

TEST(SearchText, TheQueryWordsLeaveOperatorsOut) {
    EXPECT_EQ(searchTerms(QStringLiteral("\"north korean\" OR troop* NOT (kursk AND title:losses) NEAR(a b)")),
              (QStringList{QStringLiteral("north korean"), QStringLiteral("troop"), QStringLiteral("kursk"),
                           QStringLiteral("losses"), QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_TRUE(searchTerms(QStringLiteral("  ")).isEmpty());
}

}  // namespace
}  // namespace claimdesk::ui
