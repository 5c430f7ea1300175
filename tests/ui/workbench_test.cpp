// The workbench as a whole: the demo corpus reviewed and annotated through
// the window, articles added from the File menu and by a drop, clusters
// compared, the dark theme, shortcuts. With CLAIMDESK_SCREENSHOT_DIR set,
// the window is also saved as PNGs there (see grabWithPopups).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <set>

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QFont>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include "core/pipeline/ingestion.h"
#include "projectfixture.h"
#include "qtapp.h"
#include "testsupport.h"
#include "ui/dialogs/prompts.h"
#include "ui/edit/workspace.h"
#include "ui/models/claimtablemodel.h"
#include "ui/models/documentlistmodel.h"
#include "ui/models/roles.h"
#include "ui/models/statuscolors.h"
#include "ui/widgets/claimtableview.h"
#include "ui/widgets/comparearea.h"
#include "ui/widgets/documentviewer.h"
#include "ui/widgets/librarypanel.h"
#include "ui/widgets/mainwindow.h"
#include "ui/widgets/theme.h"

namespace claimdesk::ui {
namespace {

namespace fs = std::filesystem;

// Answers the window's questions as a scripted analyst; never blocks.
class Analyst : public Prompts {
public:
    std::optional<RejectAnswer> rejectReason(QWidget*, const QStringList& claims, const QStringList& reasons) override {
        shownClaims = claims;
        offeredReasons = reasons;
        return RejectAnswer{QStringLiteral("figure not in the source"), editedReasons};
    }
    QStringList shownClaims, offeredReasons;
    std::optional<QStringList> editedReasons;
    std::optional<QString> note(QWidget*, const QString&) override { return QStringLiteral("check this figure"); }
    std::optional<QString> editNote(QWidget*, const QString&, const QString& current) override {
        return current + QStringLiteral(" against the council's release");
    }
    std::optional<ClaimSpeaker> claimSpeaker(QWidget*, const QString&,
                                             const std::vector<store::SpeakerSummary>& speakers) override {
        if (!newSpeaker.isEmpty())
            return ClaimSpeaker{std::nullopt, newSpeaker};
        if (speakers.empty())
            return ClaimSpeaker{};
        return ClaimSpeaker{speakers.front().id, {}};
    }
    QString newSpeaker;
    std::optional<QString> eventDescription(QWidget*, const QString& quote) override { return quote.simplified(); }
    std::optional<QString> analystName(QWidget*, const QString&) override { return QStringLiteral("Ines Reviewer"); }
    void showReport(QMessageBox* box) override { reports << box->detailedText(); }
    QStringList articlePaths(QWidget*) override { return articles; }
    QStringList articles;
    QStringList reports;
};

QStringList filesIn(const fs::path& dir) {
    QStringList paths;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file() && entry.path().extension() != ".md")
            paths << QString::fromStdString(entry.path().string());
    paths.sort();
    return paths;
}

// The window as the screen would show it: the window itself with any popup
// menu or dialog painted over it where it stands. Works offscreen, where
// there is no screen to capture.
QImage grabWithPopups(QWidget* window) {
    QImage image = window->grab().toImage();
    QPainter painter(&image);
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top == window || !top->isVisible() || !(qobject_cast<QMenu*>(top) || top->isModal()))
            continue;
        painter.drawPixmap(window->mapFromGlobal(top->mapToGlobal(QPoint(0, 0))), top->grab());
    }
    return image;
}

// Saves the window under CLAIMDESK_SCREENSHOT_DIR, if set.
void saveScreenshot(QWidget* window, const QString& name) {
    const QString dir = qEnvironmentVariable("CLAIMDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    EXPECT_TRUE(grabWithPopups(window).save(dir + QLatin1Char('/') + name)) << name.toStdString();
}

// A project of the demo corpus, written through the same ingestion as the
// window's.
std::string demoProject(const testing::TempDir& dir) {
    const std::string path = dir.file("demo.claimdesk").string();
    auto store = store::ProjectStore::open(path);
    EXPECT_TRUE(store.ok());
    auto report = pipeline::ingestPaths(*store, {testing::demoCorpusDir().string()}, {},
                                        [] { return testing::fixedTime(); });
    EXPECT_FALSE(report.anyFailed());
    return path;
}

// The two-article project of projectfixture.h in a file.
void writeSmallProjectFile(const std::string& path) {
    auto store = store::ProjectStore::open(path);
    ASSERT_TRUE(store.ok());
    testing::writeSmallProject(*store);
}

store::ClusterRecord cluster(std::vector<std::int64_t> ids, const std::string& disagreement = {}) {
    store::ClusterRecord c;
    c.claimIds = std::move(ids);
    c.disagreement = !disagreement.empty();
    c.reason = disagreement;
    return c;
}

void selectRow(QTableView* table, int row) {
    table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// Relative luminance contrast (WCAG) of two colours.
double contrast(const QColor& a, const QColor& b) {
    const auto lum = [](const QColor& c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double x = lum(a), y = lum(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

TEST(Workbench, ReviewsAndAnnotatesTheDemoCorpus) {
    testing::qtApp();
    testing::TempDir dir;
    const std::string path = demoProject(dir);
    MainWindow window;
    window.setPrompts(std::make_unique<Analyst>());
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    Workspace* ws = window.workspace();
    ws->setAnalyst(QStringLiteral("Demo Analyst"));
    DocumentListModel* library = window.library()->model();
    EXPECT_EQ(library->documentCount(), 8);
    // Each outlet's articles in date order.
    for (int outlet = 0; outlet < library->rowCount(); ++outlet) {
        const QModelIndex parent = library->index(outlet, 0);
        for (int row = 0; row + 1 < library->rowCount(parent); ++row)
            EXPECT_LE(library->index(row, DocumentListModel::Published, parent).data().toString(),
                      library->index(row + 1, DocumentListModel::Published, parent).data().toString());
    }
    QTableView* table = window.claimTable()->table();
    ASSERT_GE(table->model()->rowCount(), 3);

    selectRow(table, 0);
    const qint64 first = window.claimTable()->currentClaim();
    window.confirmAction()->trigger();
    selectRow(table, 1);
    const qint64 second = window.claimTable()->currentClaim();
    window.rejectAction()->trigger();
    EXPECT_EQ(ws->claim(first)->status, ClaimStatus::Confirmed);
    EXPECT_EQ(ws->claim(second)->status, ClaimStatus::Rejected);
    EXPECT_EQ(ws->reviewHistory(second)->back().reason, "figure not in the source");
    window.undoAction()->trigger();
    EXPECT_EQ(ws->claim(second)->status, ClaimStatus::Extracted);
    EXPECT_EQ(ws->claim(first)->status, ClaimStatus::Confirmed);

    // A selection in the first claim's article, made a claim and a note.
    const qint64 document = ws->claim(first)->documentId;
    DocumentViewer* viewer = window.compareArea()->viewerOf(document);
    ASSERT_NE(viewer, nullptr);
    const std::string text = ws->document(document)->text;
    const auto body = ws->document(document)->body;
    const Span selection{body.start, body.start + 40};
    const qint64 claims = *ws->countClaims({});
    viewer->setFocus();
    viewer->selectSpan(selection);
    window.newClaimAction()->trigger();
    EXPECT_EQ(*ws->countClaims({}), claims + 1);
    viewer->selectSpan(selection);
    window.noteAction()->trigger();
    const auto annotations = *ws->annotations(document);
    ASSERT_EQ(annotations.size(), 2u);
    for (const auto& a : annotations) {
        EXPECT_EQ(a.span, selection);
        EXPECT_EQ(a.author, "Demo Analyst");
    }
    EXPECT_EQ(annotations[0].kind == store::AnnotationKind::Claim ? annotations[1].note : annotations[0].note,
              "check this figure");
    const auto claimAnnotation = annotations[0].kind == store::AnnotationKind::Claim ? annotations[0] : annotations[1];
    ASSERT_TRUE(claimAnnotation.claimId);
    EXPECT_EQ(ws->claim(*claimAnnotation.claimId)->origin, Origin::Analyst);
    // Marked as the analyst's in the table.
    const int row = window.claimTable()->model()->rowOfClaim(*claimAnnotation.claimId);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(window.claimTable()->model()->index(row, ClaimTableModel::ClaimText).data(Qt::FontRole).value<QFont>().italic());

    // The note edited from the viewer's context menu, and the edit undone.
    const auto noteAnnotation = annotations[0].kind == store::AnnotationKind::Note ? annotations[0] : annotations[1];
    emit window.compareArea()->noteEditRequested(document, noteAnnotation.id);
    const auto noteText = [&] {
        for (const auto& a : *ws->annotations(document))
            if (a.id == noteAnnotation.id)
                return a.note;
        return std::string();
    };
    EXPECT_EQ(noteText(), "check this figure against the council's release");
    window.undoAction()->trigger();
    EXPECT_EQ(noteText(), "check this figure");

    // Edit > Analyst Name... names the next decision.
    window.analystNameAction()->trigger();
    selectRow(table, 2);
    window.confirmAction()->trigger();
    EXPECT_EQ(ws->reviewHistory(window.claimTable()->currentClaim())->back().analyst, "Ines Reviewer");
    ws->setAnalyst(QString());  // back to the login name in the test settings
}

TEST(Workbench, AddsTheSeedArticlesFromTheFileMenuAndShowsTheirClaims) {
    if (!testing::haveShared())
        GTEST_SKIP() << "no ../shared";
    testing::qtApp();
    testing::TempDir dir;
    MainWindow window;
    auto prompts = std::make_unique<Analyst>();
    Analyst* analyst = prompts.get();
    prompts->articles = filesIn(testing::sharedDir() / "corpus" / "seeds");
    ASSERT_EQ(prompts->articles.size(), 5);
    window.setPrompts(std::move(prompts));
    ASSERT_TRUE(window.openProject(QString::fromStdString(dir.file("seeds.claimdesk").string())));
    window.resize(1400, 900);
    window.show();
    // Returns once the worker thread has finished the batch.
    window.addArticlesAction()->trigger();
    EXPECT_TRUE(analyst->reports.isEmpty()) << analyst->reports.join(QLatin1Char('\n')).toStdString();
    DocumentListModel* library = window.library()->model();
    ASSERT_EQ(library->documentCount(), 5);

    // Every article's claims are in the table, and the table has them all.
    ClaimTableModel* claims = window.claimTable()->model();
    const qint64 stored = *window.workspace()->countClaims({});
    EXPECT_GT(stored, 5);
    EXPECT_EQ(claims->totalCount(), stored);
    std::set<qint64> documentsWithClaims;
    for (int row = 0; row < claims->rowCount(); ++row)
        documentsWithClaims.insert(claims->claimAt(row)->documentId);
    for (const auto& d : *window.workspace()->documents()) {
        EXPECT_GT(d.claimCount, 0) << d.fileName;
        EXPECT_TRUE(documentsWithClaims.count(d.id)) << d.fileName;
    }
    // Adding them again adds nothing.
    window.addArticlesAction()->trigger();
    EXPECT_EQ(library->documentCount(), 5);
    selectRow(window.claimTable()->table(), 0);
    QApplication::processEvents();
    saveScreenshot(&window, QStringLiteral("seeds-loaded.png"));
}

TEST(Workbench, ArticlesDroppedOnTheWindowAreAdded) {
    testing::qtApp();
    testing::TempDir dir;
    const std::string path = dir.file("drop.claimdesk").string();
    writeSmallProjectFile(path);
    dir.write("in/ferry.txt", "date 2025-03-09\nThe ferry operator said crossings would resume on Friday.\n");
    dir.write("in/broken.pdf", "not a pdf at all");
    MainWindow window;
    auto prompts = std::make_unique<Analyst>();
    Analyst* analyst = prompts.get();
    window.setPrompts(std::move(prompts));
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QString::fromStdString((dir.path() / "in").string()))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    EXPECT_EQ(window.library()->model()->documentCount(), 3);
    // The failure is listed by file, with its reason.
    ASSERT_EQ(analyst->reports.size(), 1);
    EXPECT_TRUE(analyst->reports.front().contains(QStringLiteral("broken.pdf"))) << analyst->reports.front().toStdString();
}

TEST(Workbench, ComparesAClustersArticlesSideBySideWithTheDisagreement) {
    testing::qtApp();
    testing::TempDir dir;
    const std::string path = dir.file("cluster.claimdesk").string();
    std::vector<store::ClaimRow> rows;
    {
        auto store = store::ProjectStore::open(path);
        testing::writeSmallProject(*store);
        rows = *store->claims({});
        ASSERT_EQ(rows.size(), 5u);
        ASSERT_TRUE(store->writeClaimClusters({cluster({rows[0].id, rows[3].id}, "5 March vs April"),
                                               cluster({rows[1].id}), cluster({rows[2].id}), cluster({rows[4].id})})
                        .ok());
    }
    MainWindow window;
    window.setPrompts(std::make_unique<Analyst>());
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    window.claimTable()->selectClaim(rows[1].id);
    EXPECT_FALSE(window.compareCluster()) << "a claim alone in its cluster has nothing to compare";

    window.claimTable()->selectClaim(rows[3].id);
    window.compareClusterAction()->trigger();
    CompareArea* area = window.compareArea();
    ASSERT_EQ(area->viewers().size(), 2);
    EXPECT_EQ(area->viewers()[0]->documentId(), rows[3].documentId) << "the current claim's article first";
    EXPECT_EQ(area->viewers()[0]->linkedClaim(), rows[3].id);
    EXPECT_EQ(area->viewers()[1]->documentId(), rows[0].documentId);
    EXPECT_EQ(area->viewers()[1]->linkedClaim(), rows[0].id);
    EXPECT_TRUE(area->bannerText().contains(QStringLiteral("5 March vs April")));
    // Opening a document from the library leaves the comparison.
    area->openDocument(rows[0].documentId);
    EXPECT_TRUE(area->bannerText().isEmpty());
}

TEST(Workbench, TheDarkThemeKeepsHighlightsReadableAndIsRemembered) {
    testing::qtApp();
    testing::TempDir dir;
    const std::string path = dir.file("dark.claimdesk").string();
    writeSmallProjectFile(path);
    MainWindow window;
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    const auto themeAction = [&](Theme theme) {
        for (QAction* a : window.themeActions())
            if (a->data().toString() == themeName(theme))
                return a;
        return static_cast<QAction*>(nullptr);
    };
    ASSERT_NE(themeAction(Theme::Dark), nullptr);
    themeAction(Theme::Dark)->trigger();
    QApplication::processEvents();  // widgets hear of the new palette from posted events
    EXPECT_EQ(storedTheme(), Theme::Dark);
    const QPalette palette = QApplication::palette();
    EXPECT_TRUE(isDark(palette));
    const QColor text = palette.color(QPalette::Text);
    for (ClaimStatus s : {ClaimStatus::Extracted, ClaimStatus::Confirmed, ClaimStatus::Rejected})
        EXPECT_GE(contrast(text, statusColor(s, palette)), 4.5) << static_cast<int>(s);
    EXPECT_GE(contrast(text, bannerColor(palette)), 4.5);
    for (const QColor& c : {speakerColor(palette), dateColor(palette), noteColor(palette), warningColor(palette)})
        EXPECT_GE(contrast(c, palette.color(QPalette::Base)), 4.5) << c.name().toStdString();
    // Boilerplate is dimmed, yet still readable.
    EXPECT_GE(contrast(dimmedTextColor(palette), palette.color(QPalette::Base)), 3.0);
    EXPECT_LT(contrast(dimmedTextColor(palette), palette.color(QPalette::Base)),
              contrast(text, palette.color(QPalette::Base)));
    // The viewer repainted its highlights for the dark palette.
    DocumentViewer* viewer = window.compareArea()->viewers().front();
    QTextCursor cursor(viewer->document());
    cursor.setPosition(viewer->document()->toPlainText().indexOf(QStringLiteral("the bridge would reopen")) + 1);
    EXPECT_EQ(cursor.charFormat().background().color(), statusColor(ClaimStatus::Extracted, palette));

    saveScreenshot(&window, QStringLiteral("dark.png"));
    themeAction(Theme::Light)->trigger();
    EXPECT_FALSE(isDark(QApplication::palette()));
    EXPECT_GE(contrast(QApplication::palette().color(QPalette::Text), statusColor(ClaimStatus::Extracted, QApplication::palette())), 4.5);
    themeAction(Theme::System)->trigger();
    EXPECT_EQ(storedTheme(), Theme::System);
}

TEST(Workbench, EveryMenuActionHasAShortcutAndEveryPanelAName) {
    testing::qtApp();
    testing::TempDir dir;
    const std::string path = dir.file("keys.claimdesk").string();
    writeSmallProjectFile(path);
    MainWindow window;
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    std::function<void(QMenu*)> check = [&](QMenu* menu) {
        for (QAction* a : menu->actions()) {
            if (a->isSeparator())
                continue;
            if (a->menu()) {
                if (a->menu()->title() != QStringLiteral("Open &Recent"))
                    check(a->menu());
                continue;
            }
            EXPECT_FALSE(a->shortcut().isEmpty()) << a->text().toStdString();
        }
    };
    for (QAction* top : window.menuBar()->actions())
        if (top->menu())
            check(top->menu());
    std::set<QString> shortcuts;
    for (QAction* a : window.findChildren<QAction*>())
        for (const QKeySequence& k : a->shortcuts())
            EXPECT_TRUE(shortcuts.insert(k.toString()).second) << "used twice: " << k.toString().toStdString();
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
        EXPECT_FALSE(dock->accessibleName().isEmpty()) << dock->objectName().toStdString();
    for (QTableView* view : window.findChildren<QTableView*>())
        EXPECT_FALSE(view->accessibleName().isEmpty());
}

// Not a check but the docs' picture of an annotation being made: a
// selection in a demo article with its context menu open. Runs only with
// CLAIMDESK_SCREENSHOT_DIR set (CLAIMDESK_SCREENSHOT_THEME=dark for dark).
TEST(Screenshots, AnAnnotationBeingMade) {
    if (qEnvironmentVariableIsEmpty("CLAIMDESK_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set CLAIMDESK_SCREENSHOT_DIR to take it";
    testing::qtApp();
    testing::TempDir dir;
    const std::string path = demoProject(dir);
    const bool dark = qEnvironmentVariable("CLAIMDESK_SCREENSHOT_THEME") == QStringLiteral("dark");
    applyTheme(dark ? Theme::Dark : Theme::Light);
    MainWindow window;
    window.setPrompts(std::make_unique<Analyst>());
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.move(0, 0);  // the offscreen screen is small: keep the menu on it
    QApplication::setActiveWindow(&window);
    // In the first article, a sentence with a figure that extraction left
    // alone: what an analyst would make a claim of.
    DocumentViewer* viewer = window.compareArea()->viewers().front();
    const Document document = *window.workspace()->document(viewer->documentId());
    const Analysis analysis = *window.workspace()->analysis(viewer->documentId());
    const QList<uint> text = QString::fromStdString(document.text).toUcs4();
    const auto claimed = [&](Span s) {
        return std::any_of(analysis.claims.begin(), analysis.claims.end(), [&](const Claim& c) {
            return c.content.span.start < s.end && s.start < c.content.span.end;
        });
    };
    const auto unclaimedSentence = [&](bool withFigure) -> std::optional<Span> {
        std::int64_t begin = document.body.start;
        for (std::int64_t i = begin; i < document.body.end; ++i) {
            if (text[i] != '.' && text[i] != '\n')
                continue;
            const Span sentence{begin, i + (text[i] == '.' ? 1 : 0)};
            begin = i + 1;
            while (begin < document.body.end && QChar::isSpace(text[begin]))
                ++begin;
            bool digit = false;
            for (auto j = sentence.start; j < sentence.end; ++j)
                digit = digit || QChar::isDigit(text[j]);
            if ((digit || !withFigure) && sentence.length() > 30 && sentence.length() < 140 && !claimed(sentence))
                return sentence;
        }
        return std::nullopt;
    };
    std::optional<Span> selection = unclaimedSentence(true);
    if (!selection)
        selection = unclaimedSentence(false);
    ASSERT_TRUE(selection) << "no unclaimed sentence in the first demo article";
    viewer->setFocus();
    viewer->selectSpan(*selection);
    viewer->centerCursor();
    QApplication::processEvents();
    // Just below the selection's end, as a right click there would open it.
    const QPoint at = viewer->cursorRect(viewer->textCursor()).bottomLeft() + QPoint(-40, 4);
    bool grabbed = false;
    QTimer::singleShot(300, [&] {
        saveScreenshot(&window, dark ? QStringLiteral("workbench-annotating-dark.png")
                                     : QStringLiteral("workbench-annotating.png"));
        grabbed = true;
        if (QWidget* popup = QApplication::activePopupWidget())
            popup->close();
    });
    QContextMenuEvent menu(QContextMenuEvent::Mouse, at, viewer->viewport()->mapToGlobal(at));
    QApplication::sendEvent(viewer->viewport(), &menu);
    EXPECT_TRUE(grabbed);
    applyTheme(Theme::System);
}

// The docs' picture of a cluster compared: a disagreeing claim of the demo
// corpus with every article carrying it side by side under the banner.
TEST(Screenshots, AClusterCompared) {
    if (qEnvironmentVariableIsEmpty("CLAIMDESK_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set CLAIMDESK_SCREENSHOT_DIR to take it";
    testing::qtApp();
    testing::TempDir dir;
    const std::string path = demoProject(dir);
    const bool dark = qEnvironmentVariable("CLAIMDESK_SCREENSHOT_THEME") == QStringLiteral("dark");
    applyTheme(dark ? Theme::Dark : Theme::Light);
    MainWindow window;
    window.setPrompts(std::make_unique<Analyst>());
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    qint64 chosen = 0;
    for (const auto& c : *window.workspace()->claims({}))
        if (c.disagreement && c.clusterDocuments >= 2 && !chosen)
            chosen = c.id;
    ASSERT_GT(chosen, 0) << "no disagreeing cluster in the demo corpus";
    window.claimTable()->selectClaim(chosen);
    ASSERT_TRUE(window.compareCluster());
    QTest::qWait(100);
    saveScreenshot(&window, dark ? QStringLiteral("workbench-compare-dark.png") : QStringLiteral("workbench-compare.png"));
    applyTheme(Theme::System);
}

}  // namespace
}  // namespace claimdesk::ui
