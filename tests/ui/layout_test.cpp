// The window's default layout at the sizes analysts use: at 1280x720 every
// column of the library and the claim table is on screen (narrow ones cut
// their text and give it whole as a tooltip), the table takes a third of
// the height or more, and View > Reset Layout brings all of it back. With
// CLAIMDESK_SCREENSHOT_DIR set, the demo project is saved there at both
// sizes (docs/screenshots).
#include <gtest/gtest.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QPainter>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include "core/pipeline/ingestion.h"
#include "core/store/projectstore.h"
#include "qtapp.h"
#include "scriptedprompts.h"
#include "testsupport.h"
#include "ui/edit/workspace.h"
#include "ui/models/claimtablemodel.h"
#include "ui/widgets/claimtableview.h"
#include "ui/widgets/comparearea.h"
#include "ui/widgets/librarypanel.h"
#include "ui/widgets/mainwindow.h"

namespace claimdesk::ui {
namespace {

std::string demoProject(const testing::TempDir& dir) {
    const std::string path = dir.file("demo.claimdesk").string();
    auto store = store::ProjectStore::open(path);
    EXPECT_TRUE(store.ok());
    auto report = pipeline::ingestPaths(*store, {testing::demoCorpusDir().string()}, {}, [] { return testing::fixedTime(); });
    EXPECT_FALSE(report.anyFailed());
    return path;
}

void openAt(MainWindow& window, const std::string& path, QSize size) {
    window.setPrompts(std::make_unique<testing::ScriptedAnalyst>());
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    window.resize(size);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.resetLayout();
    QTest::qWait(50);
}

// Every visible column of `view` lies within its viewport; a cell whose
// text is wider than its column has a tooltip with the text.
void expectColumnsOnScreen(QAbstractItemView* view, QHeaderView* header, const char* what) {
    const int width = view->viewport()->width();
    ASSERT_GT(width, 100) << what;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const int left = header->sectionViewportPosition(c);
        EXPECT_GE(left, 0) << what << " column " << c;
        EXPECT_LE(left + header->sectionSize(c), width) << what << " column " << c << " ends off screen";
        EXPECT_GE(header->sectionSize(c), 30) << what << " column " << c;
    }
    const QFontMetrics metrics(view->font());
    std::function<void(const QModelIndex&)> rows = [&](const QModelIndex& parent) {
        const auto* model = view->model();
        for (int r = 0; r < model->rowCount(parent) && r < 60; ++r) {
            for (int c = 0; c < model->columnCount(parent); ++c) {
                if (header->isSectionHidden(c))
                    continue;
                const QModelIndex index = model->index(r, c, parent);
                const QString text = index.data().toString();
                const int room = view->visualRect(index).width() - 8;
                if (!text.isEmpty() && metrics.horizontalAdvance(text) > room) {
                    EXPECT_FALSE(index.data(Qt::ToolTipRole).toString().isEmpty())
                        << what << ": \"" << text.toStdString() << "\" is cut without a tooltip";
                }
            }
            rows(model->index(r, 0, parent));
        }
    };
    rows({});
}

void saveScreenshot(QWidget* window, const QString& name) {
    const QString dir = qEnvironmentVariable("CLAIMDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    EXPECT_TRUE(window->grab().save(dir + QLatin1Char('/') + name)) << name.toStdString();
}

TEST(Layout, At1280x720EveryColumnIsOnScreenAndTheTableHasAThird) {
    testing::qtApp();
    testing::TempDir dir;
    MainWindow window;
    openAt(window, demoProject(dir), QSize(1280, 720));
    ASSERT_EQ(window.size(), QSize(1280, 720));
    expectColumnsOnScreen(window.claimTable()->table(), window.claimTable()->table()->horizontalHeader(), "claim table");
    expectColumnsOnScreen(window.library()->tree(), window.library()->tree()->header(), "library");
    auto* claims = window.findChild<QDockWidget*>(QStringLiteral("claims"));
    EXPECT_GE(claims->height() * 3, window.height()) << "the claim table takes a third of the height";
    EXPECT_GE(window.claimTable()->table()->viewport()->height(), 6 * window.claimTable()->table()->verticalHeader()->defaultSectionSize());
    // Nothing off screen: every dock shown lies inside the window, and the
    // articles keep room to be read.
    // (A tabbed dock behind another is parked out of the window by Qt.)
    for (QDockWidget* dock : window.docks()) {
        if (dock->isVisible() && !dock->visibleRegion().isEmpty()) {
            const QRect at(dock->mapTo(&window, QPoint(0, 0)), dock->size());
            EXPECT_TRUE(window.rect().contains(at)) << dock->objectName().toStdString() << " at " << at.x() << ","
                                                    << at.y() << " " << at.width() << "x" << at.height();
        }
    }
    EXPECT_GE(window.compareArea()->width(), 600);
    saveScreenshot(&window, QStringLiteral("workbench-1280x720.png"));
}

TEST(Layout, At1920x1080TheTimelineSitsBesideTheTable) {
    testing::qtApp();
    testing::TempDir dir;
    MainWindow window;
    openAt(window, demoProject(dir), QSize(1920, 1080));
    auto* claims = window.findChild<QDockWidget*>(QStringLiteral("claims"));
    auto* timeline = window.findChild<QDockWidget*>(QStringLiteral("timeline"));
    ASSERT_TRUE(timeline->isVisible());
    EXPECT_EQ(claims->geometry().top(), timeline->geometry().top());
    EXPECT_LT(claims->geometry().right(), timeline->geometry().left());
    expectColumnsOnScreen(window.claimTable()->table(), window.claimTable()->table()->horizontalHeader(), "claim table");
    EXPECT_GE(claims->height() * 3, window.height());
    window.claimTable()->selectNextUnreviewed(true);
    QTest::qWait(50);
    saveScreenshot(&window, QStringLiteral("workbench-1920x1080.png"));
}

TEST(Layout, ResetLayoutBringsEveryPanelBack) {
    testing::qtApp();
    testing::TempDir dir;
    MainWindow window;
    openAt(window, demoProject(dir), QSize(1400, 900));
    for (QDockWidget* dock : window.docks())
        dock->hide();
    window.claimTable()->table()->horizontalHeader()->resizeSection(ClaimTableModel::ClaimText, 2000);
    window.resetLayoutAction()->trigger();
    QTest::qWait(50);
    for (QDockWidget* dock : window.docks()) {
        if (dock->objectName() != QStringLiteral("timeline")) {
            EXPECT_FALSE(dock->isHidden()) << dock->objectName().toStdString();
        }
    }
    expectColumnsOnScreen(window.claimTable()->table(), window.claimTable()->table()->horizontalHeader(), "claim table");
}

}  // namespace
}  // namespace claimdesk::ui
