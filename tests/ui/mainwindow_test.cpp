// The window driven as an analyst would: open, review, undo, annotate.
#include <gtest/gtest.h>

#include <QAction>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTreeView>

#include "core/pipeline/ingestion.h"
#include "projectfixture.h"
#include "qtapp.h"
#include "testsupport.h"
#include "ui/dialogs/prompts.h"
#include "ui/edit/workspace.h"
#include "ui/models/claimtablemodel.h"
#include "ui/models/documentlistmodel.h"
#include "ui/models/roles.h"
#include "ui/widgets/claimtableview.h"
#include "ui/widgets/comparearea.h"
#include "ui/widgets/documentviewer.h"
#include "ui/widgets/librarypanel.h"
#include "ui/widgets/mainwindow.h"
#include "ui/widgets/speakerpanel.h"

namespace claimdesk::ui {
namespace {

// Answers the window's questions as a scripted analyst.
class ScriptedPrompts : public Prompts {
public:
    std::optional<RejectAnswer> rejectReason(QWidget*, const QStringList&, const QStringList&) override {
        return RejectAnswer{QStringLiteral("wrong speaker"), std::nullopt};
    }
    std::optional<QString> note(QWidget*, const QString& quote) override {
        lastQuote = quote;
        return QStringLiteral("boilerplate, not news");
    }
    std::optional<ClaimSpeaker> claimSpeaker(QWidget*, const QString&,
                                             const std::vector<store::SpeakerSummary>& speakers) override {
        for (const auto& s : speakers)
            if (s.name == "the council")
                return ClaimSpeaker{s.id, {}};
        return ClaimSpeaker{};
    }
    QStringList articlePaths(QWidget*) override { return articles; }
    void showReport(QMessageBox* box) override { reports << box->text(); }
    QString lastQuote;
    QStringList reports;
    QStringList articles;
};

TEST(MainWindow, OpensAnIngestedProjectAndListsItsDocuments) {
    testing::qtApp();
    testing::TempDir dir;
    const std::string path = dir.file("p.claimdesk").string();
    {
        auto store = store::ProjectStore::open(path);
        ASSERT_TRUE(store.ok());
        dir.write("in/a.txt", "date 2025-03-05\nThe mayor said the bridge would reopen.\n");
        dir.write("in/b.txt", "date 2025-03-06\nResidents said the ferry was late.\n");
        auto report = pipeline::ingestPaths(*store, {(dir.path() / "in").string()}, {},
                                            [] { return testing::fixedTime(); });
        ASSERT_FALSE(report.anyFailed());
    }
    MainWindow window;
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    EXPECT_EQ(window.library()->model()->documentCount(), 2);
    EXPECT_TRUE(window.windowTitle().startsWith("p.claimdesk"));
    // The first two documents open side by side.
    ASSERT_EQ(window.compareArea()->viewers().size(), 2);
    EXPECT_NE(window.compareArea()->viewers()[0]->documentId(), window.compareArea()->viewers()[1]->documentId());
    EXPECT_TRUE(MainWindow::recentProjects().contains(QFileInfo(QString::fromStdString(path)).absoluteFilePath()));
}

TEST(MainWindow, ReviewsUndoesAndAnnotatesThroughTheStore) {
    testing::qtApp();
    testing::TempDir dir;
    const std::string path = dir.file("w.claimdesk").string();
    testing::SmallProject project;
    std::string harbourText;
    {
        auto store = store::ProjectStore::open(path);
        ASSERT_TRUE(store.ok());
        project = testing::writeSmallProject(*store);
        harbourText = store->document(project.harbour)->text;
    }
    MainWindow window;
    auto prompts = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts* scripted = prompts.get();
    window.setPrompts(std::move(prompts));
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    window.workspace()->setAnalyst(QStringLiteral("Window Test"));
    const QList<QWidget*> mainWidgets{static_cast<QWidget*>(window.claimTable()->table()),
                                      static_cast<QWidget*>(window.library()->tree()),
                                      static_cast<QWidget*>(window.library()->searchBox()),
                                      static_cast<QWidget*>(window.compareArea()->viewers().front())};
    for (QWidget* w : mainWidgets)
        EXPECT_FALSE(w->accessibleName().isEmpty()) << w->metaObject()->className();

    QTableView* table = window.claimTable()->table();
    ASSERT_EQ(table->model()->rowCount(), 5);
    auto select = [&](int row) {
        table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return table->model()->index(row, 0).data(IdRole).toLongLong();
    };
    Workspace* ws = window.workspace();

    // Selecting a claim brings its document up, scrolled to it.
    const qint64 first = select(0);
    DocumentViewer* harbour = window.compareArea()->viewerOf(project.harbour);
    ASSERT_NE(harbour, nullptr);
    EXPECT_EQ(harbour->currentClaim(), first);
    window.confirmAction()->trigger();
    EXPECT_EQ(ws->claim(first)->status, ClaimStatus::Confirmed);

    const qint64 second = select(1);
    window.rejectAction()->trigger();
    EXPECT_EQ(ws->claim(second)->status, ClaimStatus::Rejected);
    EXPECT_EQ(ws->reviewHistory(second)->back().reason, "wrong speaker");
    EXPECT_EQ(ws->reviewHistory(second)->back().analyst, "Window Test");

    window.undoAction()->trigger();
    EXPECT_EQ(ws->claim(second)->status, ClaimStatus::Extracted);
    EXPECT_EQ(ws->claim(first)->status, ClaimStatus::Confirmed);
    EXPECT_EQ(ws->reviewHistory(second)->size(), 2u) << "undo appends, never deletes";

    // Next unreviewed skips the confirmed first claim.
    select(0);
    window.nextAction()->trigger();
    EXPECT_EQ(window.claimTable()->currentClaim(), second);

    // A note on text after a character outside the BMP: the selection is
    // converted from UTF-16 to code points on the way to the store.
    window.compareArea()->openDocument(project.harbour);
    const Span newsletter = testing::spanOf(harbourText, "Subscribe to our newsletter");
    harbour->selectSpan(newsletter);
    EXPECT_EQ(scripted->lastQuote, QString());
    window.noteAction()->trigger();
    EXPECT_EQ(scripted->lastQuote, QStringLiteral("Subscribe to our newsletter"));
    auto annotations = *ws->annotations(project.harbour);
    ASSERT_EQ(annotations.size(), 1u);
    EXPECT_EQ(annotations[0].exact, "Subscribe to our newsletter");
    EXPECT_EQ(annotations[0].span, newsletter);
    EXPECT_EQ(annotations[0].note, "boilerplate, not news");
    EXPECT_EQ(annotations[0].author, "Window Test");

    const Span costs = testing::spanOf(harbourText, "costs rose to 4 million");
    harbour->selectSpan(costs);
    ASSERT_EQ(harbour->selectedSpan(), costs);
    window.newClaimAction()->trigger();
    EXPECT_EQ(*ws->countClaims({}), 6);
    store::ClaimQuery analystMade;
    analystMade.documentId = project.harbour;
    const auto harbourClaims = *ws->claims(analystMade);
    bool found = false;
    for (const auto& c : harbourClaims) {
        if (c.origin != Origin::Analyst)
            continue;
        found = true;
        EXPECT_EQ(c.content, "costs rose to 4 million");
        EXPECT_EQ(c.contentSpan, costs);
        EXPECT_EQ(c.speakerName, "the council");
        EXPECT_EQ(window.claimTable()->currentClaim(), c.id) << "the new claim is selected in the table";
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(ws->annotations(project.harbour)->size(), 2u);
    EXPECT_EQ(table->model()->rowCount(), 6);

    // Undo the new claim: claim and annotation go.
    window.undoAction()->trigger();
    EXPECT_EQ(*ws->countClaims({}), 5);
    EXPECT_EQ(ws->annotations(project.harbour)->size(), 1u);
}

TEST(MainWindow, AddsArticlesAndMergesSpeakersFromItsDocks) {
    testing::qtApp();
    testing::TempDir dir;
    const std::string path = dir.file("m.claimdesk").string();
    {
        auto store = store::ProjectStore::open(path);
        ASSERT_TRUE(store.ok());
        testing::writeSmallProject(*store);
    }
    dir.write("in/late.txt", "date 2025-03-09\nThe ferry ran late again on Sunday.\n");
    MainWindow window;
    auto prompts = std::make_unique<ScriptedPrompts>();
    prompts->articles = {QString::fromStdString((dir.path() / "in").string())};
    window.setPrompts(std::move(prompts));
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    ASSERT_EQ(window.library()->model()->documentCount(), 2);
    window.addArticlesAction()->trigger();
    EXPECT_EQ(window.library()->model()->documentCount(), 3);

    // Select two speakers and merge: one undo step brings both back.
    SpeakerPanel* speakers = window.speakerPanel();
    QTableView* table = speakers->table();
    const int before = table->model()->rowCount();
    ASSERT_GE(before, 3);
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    speakers->mergeSelected();
    EXPECT_EQ(table->model()->rowCount(), before - 1);
    window.undoAction()->trigger();
    EXPECT_EQ(table->model()->rowCount(), before);
}

TEST(MainWindow, ReanalysesTheProjectKeepingTheReview) {
    testing::qtApp();
    testing::TempDir dir;
    const std::string path = dir.file("r.claimdesk").string();
    {
        auto store = store::ProjectStore::open(path);
        ASSERT_TRUE(store.ok());
        testing::writeSmallProject(*store);
        ASSERT_TRUE(store->review({{1, ClaimStatus::Rejected, "wrong speaker", "ana", "2025-03-05T10:00:00Z"}}).ok());
    }
    MainWindow window;
    auto prompts = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts* answers = prompts.get();
    window.setPrompts(std::move(prompts));
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    ASSERT_TRUE(window.reanalyseAction()->isEnabled());
    window.reanalyseAction()->trigger();
    ASSERT_EQ(answers->reports.size(), 1);
    EXPECT_TRUE(answers->reports[0].startsWith("2 documents re-analysed")) << answers->reports[0].toStdString();
    auto store = store::ProjectStore::open(path);
    ASSERT_TRUE(store.ok());
    EXPECT_EQ(store->claim(1)->status, ClaimStatus::Rejected);
    EXPECT_EQ(window.library()->model()->documentCount(), 2);
}

TEST(MainWindow, WithoutAProjectTheReviewActionsAreDisabled) {
    testing::qtApp();
    MainWindow window;
    EXPECT_FALSE(window.reanalyseAction()->isEnabled());
    EXPECT_FALSE(window.confirmAction()->isEnabled());
    EXPECT_EQ(window.workspace(), nullptr);
}

}  // namespace
}  // namespace claimdesk::ui
