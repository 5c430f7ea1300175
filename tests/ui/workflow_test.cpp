// The analyst's workflow through the window, offscreen: counts that follow
// the filters, find in an article and in the library, the keys that put
// the keyboard in a panel, the dialogs, the viewers that keep still and
// keep what the analyst set side by side, cluster and notes panels,
// document details and the timeline's lane titles.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "core/pipeline/ingestion.h"
#include "projectfixture.h"
#include "qtapp.h"
#include "scriptedprompts.h"
#include "testsupport.h"
#include "ui/dialogs/notedialog.h"
#include "ui/dialogs/rejectdialog.h"
#include "ui/edit/workspace.h"
#include "ui/models/claimtablemodel.h"
#include "ui/models/clusterlistmodel.h"
#include "ui/models/documentlistmodel.h"
#include "ui/models/notesmodel.h"
#include "ui/models/roles.h"
#include "ui/timeline/timelinepanel.h"
#include "ui/timeline/timelineview.h"
#include "ui/widgets/claimactions.h"
#include "ui/widgets/claimtableview.h"
#include "ui/widgets/clusterspanel.h"
#include "ui/widgets/comparearea.h"
#include "ui/widgets/documentviewer.h"
#include "ui/widgets/librarypanel.h"
#include "ui/widgets/mainwindow.h"
#include "ui/widgets/notespanel.h"

namespace claimdesk::ui {
namespace {

using testing::ScriptedAnalyst;

// The two-article project, its bridge dates in one disagreeing cluster.
std::string smallProject(const testing::TempDir& dir, std::vector<std::int64_t>* claims = nullptr) {
    const std::string path = dir.file("small.claimdesk").string();
    auto store = store::ProjectStore::open(path);
    EXPECT_TRUE(store.ok());
    testing::writeSmallProject(*store);
    std::vector<std::int64_t> ids;
    for (const auto& c : *store->claims({}))
        ids.push_back(c.id);
    EXPECT_TRUE(store->writeClaimClusters({{0, {ids[0], ids[3]}, true, "5 March vs April", 2, 1, "", {}},
                                           {0, {ids[1], ids[4]}, false, "", 2, 2, "", {}},
                                           {0, {ids[2]}, false, "", 1, 1, "", {}}})
                    .ok());
    if (claims)
        *claims = ids;
    return path;
}

std::string demoProject(const testing::TempDir& dir) {
    const std::string path = dir.file("demo.claimdesk").string();
    auto store = store::ProjectStore::open(path);
    EXPECT_TRUE(store.ok());
    auto report = pipeline::ingestPaths(*store, {testing::demoCorpusDir().string()}, {}, [] { return testing::fixedTime(); });
    EXPECT_FALSE(report.anyFailed());
    return path;
}

struct Window {
    MainWindow window;
    ScriptedAnalyst* analyst = nullptr;
    explicit Window(const std::string& path, QSize size = {1400, 900}) {
        auto prompts = std::make_unique<ScriptedAnalyst>();
        analyst = prompts.get();
        window.setPrompts(std::move(prompts));
        EXPECT_TRUE(window.openProject(QString::fromStdString(path)));
        window.resize(size);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        window.resetLayout();
        QApplication::processEvents();
    }
    Workspace* ws() const { return window.workspace(); }
};

TEST(Workflow, TheCountFollowsTheFilters) {
    testing::qtApp();
    testing::TempDir dir;
    Window w(smallProject(dir));
    QLabel* count = w.window.claimTable()->countLabel();
    EXPECT_EQ(count->text(), QStringLiteral("5 claims, 5 to review"));
    w.window.claimTable()->textFilter()->setText(QStringLiteral("bridge"));
    QTest::qWait(400);  // the filter waits for a pause in the typing
    EXPECT_EQ(count->text(), QStringLiteral("2 of 5 shown, 5 to review"));
    w.window.claimTable()->selectClaim(w.window.claimTable()->model()->claimAt(0)->id);
    w.window.confirmAction()->trigger();
    EXPECT_EQ(count->text(), QStringLiteral("2 of 5 shown, 4 to review"));
    w.window.claimTable()->statusFilter()->setCurrentIndex(1);  // to check
    EXPECT_EQ(count->text(), QStringLiteral("1 of 5 shown, 4 to review"));
}

// Ctrl+F finds in the article: every match marked, the current one in the
// selection colour and counted ("2 of 5"); F3 and Shift+F3 (and Enter,
// Shift+Enter in the box) step forward and back, wrapping at either end.
TEST(Workflow, FindInTheArticleStepsThroughItsMatches) {
    testing::qtApp();
    testing::TempDir dir;
    Window w(smallProject(dir));
    CompareArea* area = w.window.compareArea();
    DocumentViewer* viewer = area->activeViewer();
    ASSERT_NE(viewer->documentId(), 0);
    EXPECT_EQ(w.window.findAction()->shortcut(), QKeySequence(QKeySequence::Find));
    EXPECT_EQ(w.window.findNextAction()->shortcut(), QKeySequence(Qt::Key_F3));
    EXPECT_EQ(w.window.findPreviousAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F3));
    w.window.findAction()->trigger();
    EXPECT_TRUE(area->findBar()->isVisible());
    area->findBox()->setText(QStringLiteral("the"));
    const int n = viewer->findCount();
    ASSERT_GE(n, 3);
    const QString text = viewer->toPlainText();
    for (const Span& s : viewer->foundSpans())
        EXPECT_EQ(text.mid(int(s.start), int(s.length())).toLower(), QStringLiteral("the"));
    QLabel* count = nullptr;
    for (QLabel* label : area->findBar()->findChildren<QLabel*>())
        if (label->accessibleName() == QStringLiteral("Matches"))
            count = label;
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(viewer->currentFind(), 0);
    EXPECT_EQ(count->text(), QStringLiteral("1 of %1").arg(n));
    w.window.findNextAction()->trigger();
    EXPECT_EQ(viewer->currentFind(), 1);
    EXPECT_EQ(count->text(), QStringLiteral("2 of %1").arg(n));
    w.window.findPreviousAction()->trigger();
    w.window.findPreviousAction()->trigger();  // wraps to the last
    EXPECT_EQ(viewer->currentFind(), n - 1);
    EXPECT_EQ(count->text(), QStringLiteral("%1 of %1").arg(n));
    QTest::keyClick(area->findBox(), Qt::Key_Return);  // and on to the first
    EXPECT_EQ(viewer->currentFind(), 0);
    EXPECT_EQ(viewer->findCount(), n);
    QTest::keyClick(area->findBox(), Qt::Key_Escape);
    EXPECT_FALSE(area->findBar()->isVisible());
    EXPECT_EQ(viewer->findCount(), 0) << "closing the bar clears the marks";
}

TEST(Workflow, ALibrarySearchShowsOutletAndTitleAndOpensTheMatch) {
    testing::qtApp();
    testing::TempDir dir;
    std::vector<std::int64_t> claims;
    Window w(smallProject(dir, &claims));
    EXPECT_EQ(w.window.searchLibraryAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    w.window.searchLibraryAction()->trigger();
    QApplication::processEvents();
    EXPECT_EQ(QApplication::focusWidget(), w.window.library()->searchBox());
    w.window.library()->searchBox()->setText(QStringLiteral("workers"));
    QListWidget* results = w.window.library()->results();
    ASSERT_GE(results->count(), 2);
    for (int i = 0; i < results->count(); ++i) {
        const QString text = results->item(i)->text();
        EXPECT_FALSE(text.contains(QLatin1Char('['))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("<b>workers</b>"))) << text.toStdString();
    }
    const QString named = results->item(0)->data(Qt::AccessibleTextRole).toString();
    EXPECT_TRUE(named.startsWith(QStringLiteral("Harbour Gazette — ")) || named.startsWith(QStringLiteral("River Post — ")))
        << named.toStdString();
    // A document hit: the article opens with the words marked and in view.
    int documentHit = -1;
    for (int i = 0; i < results->count() && documentHit < 0; ++i)
        if (results->item(i)->text().contains(QStringLiteral("(article)")))
            documentHit = i;
    ASSERT_GE(documentHit, 0);
    emit results->itemActivated(results->item(documentHit));
    DocumentViewer* viewer = w.window.compareArea()->activeViewer();
    ASSERT_GT(viewer->findCount(), 0);
    const QString text = viewer->toPlainText();
    for (const Span& s : viewer->foundSpans())
        EXPECT_EQ(text.mid(int(s.start), int(s.length())).toLower(), QStringLiteral("workers"));
}

TEST(Workflow, KeysPutTheKeyboardInEachPanelAndTheFilterBox) {
    testing::qtApp();
    testing::TempDir dir;
    Window w(smallProject(dir));
    const QList<QAction*> focus = w.window.focusActions();
    ASSERT_EQ(focus.size(), 7);
    EXPECT_EQ(focus[0]->shortcut(), QKeySequence(Qt::ALT | Qt::Key_1));
    const auto inside = [](QWidget* w, QWidget* container) {
        for (; w; w = w->parentWidget())
            if (w == container)
                return true;
        return false;
    };
    const QList<std::pair<int, QWidget*>> expected{
        {0, w.window.library()}, {1, w.window.compareArea()}, {2, w.window.claimTable()},
        {3, w.window.timelinePanel()}, {4, w.window.clustersPanel()}, {6, w.window.notesPanel()}};
    for (const auto& [i, panel] : expected) {
        focus[i]->trigger();
        QApplication::processEvents();
        EXPECT_TRUE(inside(QApplication::focusWidget(), panel)) << i;
        EXPECT_TRUE(panel->isVisible()) << i;
    }
    w.window.filterClaimsAction()->trigger();
    QApplication::processEvents();
    EXPECT_EQ(QApplication::focusWidget(), w.window.claimTable()->textFilter());
    EXPECT_TRUE(w.window.claimTable()->textFilter()->placeholderText().contains(
        w.window.filterClaimsAction()->shortcut().toString(QKeySequence::NativeText)));
}

TEST(Workflow, HelpListsEveryShortcut) {
    testing::qtApp();
    testing::TempDir dir;
    Window w(smallProject(dir));
    w.window.shortcutsAction()->trigger();
    ASSERT_FALSE(w.analyst->shortcuts.isEmpty());
    QStringList listed;
    for (const auto& e : w.analyst->shortcuts)
        listed << e.keys;
    const QString all = listed.join(QStringLiteral(", "));
    for (QAction* a : w.window.findChildren<QAction*>()) {
        bool inMenu = false;
        for (QObject* o : a->associatedObjects())
            inMenu = inMenu || qobject_cast<QMenu*>(o);
        if (!inMenu)
            continue;
        for (const QKeySequence& k : a->shortcuts())
            EXPECT_TRUE(all.contains(k.toString(QKeySequence::NativeText))) << a->text().toStdString();
    }
    EXPECT_TRUE(all.contains(QStringLiteral("F3")));
    EXPECT_TRUE(all.contains(QStringLiteral("Ctrl+Enter")));
}

TEST(Workflow, TheFirstReviewAsksTheAnalystsNameOnce) {
    testing::qtApp();
    testing::TempDir dir;
    // Settings of this process's own: window tests running beside it mark
    // the name asked when they start.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings().setValue(QStringLiteral("analyst/asked"), false);
    Window w(smallProject(dir));
    ClaimTableView* table = w.window.claimTable();
    table->selectClaim(table->model()->claimAt(0)->id);
    w.window.confirmAction()->trigger();
    EXPECT_EQ(w.analyst->nameAsked, 1);
    EXPECT_EQ(w.ws()->reviewHistory(table->model()->claimAt(0)->id)->back().analyst, "Ines Reviewer");
    table->selectClaim(table->model()->claimAt(1)->id);
    w.window.confirmAction()->trigger();
    w.window.assessAction()->trigger();
    EXPECT_EQ(w.analyst->nameAsked, 1) << "once";
    w.ws()->setAnalyst(QString());
    QSettings().setValue(QStringLiteral("analyst/asked"), true);
}

TEST(Workflow, MarkingAnAttributionWrongShowsTheClaimAndTheProjectsReasons) {
    testing::qtApp();
    testing::TempDir dir;
    Window w(smallProject(dir));
    ClaimTableView* table = w.window.claimTable();
    const qint64 id = table->model()->claimAt(2)->id;
    table->selectClaim(id);
    w.analyst->editedReasons = QStringList{QStringLiteral("Wrong speaker"), QStringLiteral("A headline, not a claim")};
    w.window.rejectAction()->trigger();
    EXPECT_EQ(w.analyst->shownClaims, QStringList{QString::fromStdString(w.ws()->claim(id)->content)});
    EXPECT_TRUE(w.analyst->offeredReasons.contains(QStringLiteral("Wrong speaker")));
    EXPECT_EQ(w.ws()->claim(id)->status, ClaimStatus::Rejected);
    EXPECT_EQ(w.ws()->reviewHistory(id)->back().reason, "figure not in the source");
    EXPECT_EQ(*w.ws()->rejectReasons(), (std::vector<std::string>{"Wrong speaker", "A headline, not a claim"}));
}

TEST(Dialogs, TheRejectDialogShowsTheClaimOffersReasonsAndTakesOwnWords) {
    testing::qtApp();
    RejectDialog dialog({QStringLiteral("the bridge would reopen on 5 March")},
                        {QStringLiteral("Wrong speaker"), QStringLiteral("Not a claim")});
    bool shown = false;
    for (QLabel* l : dialog.findChildren<QLabel*>())
        shown = shown || l->text().contains(QStringLiteral("the bridge would reopen on 5 March"));
    EXPECT_TRUE(shown);
    dialog.reasonList()->setCurrentRow(1);
    EXPECT_EQ(dialog.reason(), QStringLiteral("Not a claim"));
    EXPECT_FALSE(dialog.reasonsEdited());
    dialog.reasonText()->setPlainText(QStringLiteral("the date is the photo caption's"));
    dialog.keepReason()->setChecked(true);
    dialog.removeReason(0);
    EXPECT_TRUE(dialog.reasonsEdited());
    EXPECT_EQ(dialog.reasons(), (QStringList{QStringLiteral("Not a claim"), QStringLiteral("the date is the photo caption's")}));
    EXPECT_EQ(dialog.reasonText()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
}

TEST(Dialogs, TheNoteEditorWrapsAndCtrlEnterSaves) {
    testing::qtApp();
    NoteDialog dialog(QStringLiteral("New note"), QStringLiteral("Note:"), QStringLiteral("a quote"), {});
    EXPECT_EQ(dialog.editor()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    dialog.editor()->setFocus();
    QTest::keyClicks(dialog.editor(), QStringLiteral("check the council's figure"));
    QTest::keyClick(dialog.editor(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.text(), QStringLiteral("check the council's figure"));
}

TEST(Viewers, AClaimClickedDoesNotMoveTheText) {
    testing::qtApp();
    testing::TempDir dir;
    Window w(demoProject(dir));
    DocumentViewer* viewer = w.window.compareArea()->activeViewer();
    const Analysis analysis = *w.ws()->analysis(viewer->documentId());
    ASSERT_GE(analysis.claims.size(), 2u);
    const Claim& claim = analysis.claims.back();
    // Scroll so that the claim is in view, somewhere below the top.
    viewer->revealClaim(claim.id);
    QApplication::processEvents();
    const int before = viewer->verticalScrollBar()->value();
    QTextCursor at(viewer->document());
    at.setPosition(viewer->toPlainText().indexOf(QString::fromStdString(claim.content.text).left(20)) + 3);
    const QPoint point = viewer->cursorRect(at).center();
    ASSERT_TRUE(viewer->viewport()->rect().contains(point));
    QTest::mouseClick(viewer->viewport(), Qt::LeftButton, Qt::NoModifier, point);
    QApplication::processEvents();
    EXPECT_EQ(w.window.claimTable()->currentClaim(), claim.id) << "the click selected it in the table";
    EXPECT_EQ(viewer->verticalScrollBar()->value(), before) << "and the text stayed where it was";
    EXPECT_EQ(viewer->currentClaim(), claim.id);
}

TEST(Viewers, TheTableShowsAClaimBesideTheArticlesTheAnalystKept) {
    testing::qtApp();
    testing::TempDir dir;
    Window w(demoProject(dir));
    CompareArea* area = w.window.compareArea();
    const auto documents = *w.ws()->documents();
    ASSERT_GE(documents.size(), 4u);
    // The analyst puts two articles side by side.
    area->openDocument(documents[2].id);
    area->openDocument(documents[3].id, true);
    const QList<qint64> kept{documents[2].id, documents[3].id};
    // A claim of another article, from the table.
    store::ClaimQuery query;
    query.documentId = documents[0].id;
    const auto claims = *w.ws()->claims(query);
    ASSERT_FALSE(claims.empty());
    w.window.claimTable()->selectClaim(claims.front().id);
    DocumentViewer* shown = area->viewerOf(documents[0].id);
    ASSERT_NE(shown, nullptr);
    EXPECT_EQ(shown->currentClaim(), claims.front().id);
    for (qint64 id : kept)
        EXPECT_NE(area->viewerOf(id), nullptr) << "an article the analyst set beside stays";
    // The next claim of yet another article reuses the table's viewer.
    query.documentId = documents[1].id;
    const auto others = *w.ws()->claims(query);
    ASSERT_FALSE(others.empty());
    const int viewers = area->viewers().size();
    w.window.claimTable()->selectClaim(others.front().id);
    EXPECT_EQ(area->viewers().size(), viewers);
    for (qint64 id : kept)
        EXPECT_NE(area->viewerOf(id), nullptr);
}

TEST(Viewers, RightClickingAClaimOffersItsReviewAssessmentAndCluster) {
    testing::qtApp();
    testing::TempDir dir;
    Window w(smallProject(dir));
    DocumentViewer* viewer = w.window.compareArea()->viewerOf(w.ws()->claim(w.window.claimTable()->model()->claimAt(0)->id)->documentId);
    ASSERT_NE(viewer, nullptr);
    const int offset = viewer->toPlainText().indexOf(QStringLiteral("the bridge would reopen")) + 4;
    QTextCursor at(viewer->document());
    at.setPosition(offset);
    const QPoint point = viewer->cursorRect(at).center();
    QStringList offered;
    QTimer::singleShot(200, [&] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            for (QAction* a : menu->actions())
                offered << a->text().section(QLatin1Char('\t'), 0, 0).remove(QLatin1Char('&'));
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, point, viewer->viewport()->mapToGlobal(point));
    QApplication::sendEvent(viewer->viewport(), &event);
    for (const char* wanted : {"Attribution Correct", "Attribution Wrong...", "Assess...", "Verdict", "Credibility",
                               "Move to Cluster...", "Compare Cluster"})
        EXPECT_TRUE(offered.contains(QString::fromLatin1(wanted))) << wanted << " in " << offered.join(QStringLiteral("|")).toStdString();
}

TEST(Viewers, CompareClustersMarksGoWhenAnotherClaimIsChosen) {
    testing::qtApp();
    testing::TempDir dir;
    std::vector<std::int64_t> claims;
    Window w(smallProject(dir, &claims));
    w.window.claimTable()->selectClaim(claims[0]);
    ASSERT_TRUE(w.window.compareCluster());
    EXPECT_EQ(w.window.compareArea()->comparedClaims().size(), 2);
    EXPECT_FALSE(w.window.compareArea()->bannerText().isEmpty());
    w.window.claimTable()->selectClaim(claims[3]);  // a member: the marks stay
    EXPECT_EQ(w.window.compareArea()->comparedClaims().size(), 2);
    w.window.claimTable()->selectClaim(claims[2]);
    EXPECT_TRUE(w.window.compareArea()->comparedClaims().isEmpty());
    EXPECT_TRUE(w.window.compareArea()->bannerText().isEmpty());
}

TEST(Clusters, ThePanelMergesRenamesAndDismissesAndTheWindowMovesClaims) {
    testing::qtApp();
    testing::TempDir dir;
    std::vector<std::int64_t> claims;
    Window w(smallProject(dir, &claims));
    ClustersPanel* panel = w.window.clustersPanel();
    ASSERT_EQ(panel->model()->rowCount(), 2);
    // "Not a disagreement", with why, from the window's key too.
    w.window.claimTable()->selectClaim(claims[0]);
    ASSERT_TRUE(w.window.dismissAction()->isEnabled());
    w.window.dismissAction()->trigger();
    EXPECT_EQ(w.analyst->shownDisagreement, QStringLiteral("5 March vs April"));
    EXPECT_FALSE(w.ws()->claim(claims[0])->disagreement);
    w.ws()->undoStack()->undo();
    EXPECT_TRUE(w.ws()->claim(claims[0])->disagreement);
    // Rename, then merge the two selected clusters.
    const qint64 bridge = *w.ws()->claim(claims[0])->clusterId;
    w.analyst->laneTitleWith = QStringLiteral("Opening date");
    ASSERT_TRUE(panel->renameCluster(bridge));
    EXPECT_EQ(panel->model()->index(panel->model()->rowOfCluster(bridge), 0).data().toString(), QStringLiteral("Opening date"));
    panel->table()->selectAll();
    ASSERT_TRUE(panel->mergeSelected());
    EXPECT_EQ(panel->model()->rowCount(), 1);
    w.ws()->undoStack()->undo();
    EXPECT_EQ(panel->model()->rowCount(), 2);
    // Move to cluster... from the Review menu: the council's claim into the bridge's.
    w.window.claimTable()->selectClaim(claims[2]);
    w.analyst->clusterChoice = 0;
    w.window.claimActions()->moveToCluster()->trigger();
    ASSERT_FALSE(w.analyst->offeredClusters.isEmpty());
    EXPECT_EQ(w.ws()->claim(claims[2])->clusterId, w.analyst->offeredClusters[0].id);
    w.window.claimActions()->split()->trigger();
    EXPECT_NE(w.ws()->claim(claims[2])->clusterId, w.analyst->offeredClusters[0].id);
}

TEST(Notes, ThePanelListsNotesAndAClickShowsThem) {
    testing::qtApp();
    testing::TempDir dir;
    Window w(smallProject(dir));
    const auto documents = *w.ws()->documents();
    const qint64 river = documents.back().id;
    const std::string text = w.ws()->document(river)->text;
    const Span span = testing::spanOf(text, "Engineers said");
    ASSERT_TRUE(w.ws()->annotateNote(river, span, QStringLiteral("who are they?")));
    NotesPanel* notes = w.window.notesPanel();
    ASSERT_EQ(notes->model()->rowCount(), 1);
    QTest::mouseClick(notes->table()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      notes->table()->visualRect(notes->model()->index(0, NotesModel::Note)).center());
    DocumentViewer* viewer = w.window.compareArea()->viewerOf(river);
    ASSERT_NE(viewer, nullptr);
    EXPECT_EQ(viewer->selectedSpan(), span);
    // Filtered by another document, it is gone.
    notes->documentFilter()->setCurrentIndex(notes->documentFilter()->findData(QVariant::fromValue<qint64>(documents.front().id)));
    EXPECT_EQ(notes->model()->rowCount(), 0);
}

TEST(Documents, DetailsAreEditedWithWhatWasDetectedShown) {
    testing::qtApp();
    testing::TempDir dir;
    Window w(smallProject(dir));
    const auto documents = *w.ws()->documents();
    const qint64 river = documents.back().id;
    w.analyst->newDetails = DocumentDetails{QStringLiteral("Bridge opens in April"), QStringLiteral("River Post"),
                                            {QStringLiteral("Ida Marsh")}, QStringLiteral("2025-03-06")};
    ASSERT_TRUE(w.window.editDocumentDetails(river));
    EXPECT_EQ(w.ws()->document(river)->source.title, "Bridge opens in April");
    EXPECT_EQ(w.ws()->document(river)->source.authors, std::vector<std::string>{"Ida Marsh"});
    const QModelIndex row = w.window.library()->model()->indexOfDocument(river);
    EXPECT_EQ(row.data().toString(), QStringLiteral("Bridge opens in April"));
    // Asked again, the dialog shows what ingestion found.
    w.analyst->newDetails.reset();
    w.window.editDocumentDetails(river);
    EXPECT_EQ(w.analyst->shownDetails.title, QStringLiteral("Bridge opens in April"));
    EXPECT_EQ(w.analyst->detectedDetails.title, QString());
    EXPECT_TRUE(w.analyst->detectedDetails.authors.isEmpty());
    // Two undos give the detected title and authors back.
    w.ws()->undoStack()->undo();
    w.ws()->undoStack()->undo();
    EXPECT_EQ(w.ws()->document(river)->source.title, "");
}

// A big project's timeline is read on a worker thread: the window is in
// use meanwhile, and the entries shown at the end are the ones read at once.
TEST(Timeline, ABigProjectIsReadOffTheWindowsThreadWithTheSameEntries) {
    testing::qtApp();
    testing::TempDir dir;
    std::vector<std::int64_t> claims;
    Window w(smallProject(dir, &claims));
    TimelinePanel* panel = w.window.timelinePanel();
    ASSERT_FALSE(panel->loading());
    std::vector<std::pair<timeline::EntryKind, std::int64_t>> atOnce;
    for (const auto& e : panel->view()->renderer().entries())
        atOnce.emplace_back(e.kind, e.id);
    ASSERT_FALSE(atOnce.empty());

    panel->setReadAtOnceUpTo(0);  // every project counts as big
    QSignalSpy loaded(panel, &TimelinePanel::loaded);
    panel->reload();
    EXPECT_TRUE(panel->loading());
    panel->reload();  // a change while it reads: read again once it is done
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_FALSE(panel->loading());
    EXPECT_EQ(loaded.count(), 1);  // the out-of-date read was not shown
    std::vector<std::pair<timeline::EntryKind, std::int64_t>> offThread;
    for (const auto& e : panel->view()->renderer().entries())
        offThread.emplace_back(e.kind, e.id);
    EXPECT_EQ(offThread, atOnce);
}

TEST(Timeline, LanesAreNamedByWhatTheyCountOrTheAnalystAndSpeakersInFull) {
    testing::qtApp();
    testing::TempDir dir;
    std::vector<std::int64_t> claims;
    Window w(smallProject(dir, &claims));
    TimelinePanel* panel = w.window.timelinePanel();
    panel->laneMode()->setCurrentIndex(panel->laneMode()->findData(static_cast<int>(timeline::LaneMode::Cluster)));
    panel->view()->grab();  // a lane is named by what it counts when it is first drawn
    const auto lanes = panel->view()->renderer().lanes();
    const qint64 workers = *w.ws()->claim(claims[1])->clusterId;
    const std::string key = "claim-cluster:" + std::to_string(workers);
    bool named = false;
    for (const auto& l : lanes)
        if (l.key == key) {
            named = true;
            EXPECT_EQ(l.title, "Workers: 300");
        }
    EXPECT_TRUE(named) << [&] {
        std::string keys;
        for (const auto& l : lanes)
            keys += l.key + "=" + l.title + "; ";
        return keys;
    }();
    w.analyst->laneTitleWith = QStringLiteral("Crews on the bridge");
    ASSERT_TRUE(panel->renameLane(QString::fromStdString(key), QStringLiteral("Workers: 300")));
    EXPECT_EQ(w.analyst->shownLaneTitle, QStringLiteral("Workers: 300"));
    bool renamed = false;
    for (const auto& l : panel->view()->renderer().lanes())
        renamed = renamed || (l.key == key && l.title == "Crews on the bridge");
    EXPECT_TRUE(renamed);
    w.ws()->undoStack()->undo();
    panel->laneMode()->setCurrentIndex(panel->laneMode()->findData(static_cast<int>(timeline::LaneMode::Speaker)));
    std::set<std::string> titles;
    for (const auto& l : panel->view()->renderer().lanes())
        titles.insert(l.title);
    EXPECT_TRUE(titles.count("Ana Lind"));
    EXPECT_TRUE(titles.count("the council"));
    panel->laneMode()->setCurrentIndex(0);
}

}  // namespace
}  // namespace claimdesk::ui
