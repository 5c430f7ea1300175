// The document viewer's highlights and the article ingestion off the UI thread.
#include <gtest/gtest.h>

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QTextCursor>
#include <QTextDocument>

#include "projectfixture.h"
#include "qtapp.h"
#include "testsupport.h"
#include "ui/dialogs/addarticles.h"
#include "ui/edit/workspace.h"
#include "ui/models/statuscolors.h"
#include "ui/models/utf16map.h"
#include "ui/models/claimtablemodel.h"
#include "ui/widgets/claimtableview.h"
#include "ui/widgets/documentviewer.h"

namespace claimdesk::ui {
namespace {

QTextCharFormat formatAt(QPlainTextEdit& viewer, int utf16) {
    QTextCursor cursor(viewer.document());
    cursor.setPosition(utf16 + 1);  // the format of the character before the cursor
    return cursor.charFormat();
}

TEST(DocumentViewer, HighlightsClaimsByStatusAtTheirUtf16Positions) {
    testing::qtApp();
    testing::TempDir dir;
    auto store = store::ProjectStore::open(dir.file("v.claimdesk").string());
    ASSERT_TRUE(store.ok());
    const auto project = testing::writeSmallProject(*store);
    const std::string text = store->document(project.harbour)->text;
    Workspace ws(std::move(*store), QStringLiteral("v.claimdesk"));
    ws.setAnalyst(QStringLiteral("Viewer Test"));
    DocumentViewer viewer(&ws);
    viewer.showDocument(project.harbour);
    const Utf16Map map(viewer.toPlainText());

    // The costs claim comes after U+1F309, so its UTF-16 start is one past
    // its code-point start: a conversion slip would paint the wrong letters.
    const Span costs = testing::spanOf(text, "costs rose to 4 million euros");
    const int start = map.toUtf16(costs.start);
    ASSERT_EQ(start, costs.start + 1);
    EXPECT_EQ(viewer.toPlainText().mid(start, 5), QStringLiteral("costs"));
    EXPECT_EQ(formatAt(viewer, start).background().color(), statusColor(ClaimStatus::Extracted, viewer.palette()));
    EXPECT_NE(formatAt(viewer, start - 2).background().color(), statusColor(ClaimStatus::Extracted, viewer.palette()));
    const int end = map.toUtf16(costs.end);
    EXPECT_EQ(formatAt(viewer, end - 1).background().color(), statusColor(ClaimStatus::Extracted, viewer.palette()));
    EXPECT_NE(formatAt(viewer, end).background().color(), statusColor(ClaimStatus::Extracted, viewer.palette()));

    // A review repaints it; the boilerplate after the body is dimmed.
    const auto claims = *ws.claims({});
    qint64 costsId = 0;
    for (const auto& c : claims)
        if (c.contentSpan == costs)
            costsId = c.id;
    ASSERT_TRUE(ws.rejectClaims({costsId}, QStringLiteral("wrong figure")));
    EXPECT_EQ(formatAt(viewer, start).background().color(), statusColor(ClaimStatus::Rejected, viewer.palette()));
    EXPECT_TRUE(formatAt(viewer, start).fontStrikeOut());
    const int subscribe = map.toUtf16(testing::spanOf(text, "Subscribe").start);
    EXPECT_EQ(formatAt(viewer, subscribe).foreground().color(), dimmedTextColor(viewer.palette()));

    // Speaker mentions are underlined; revealing a claim selects it.
    const int mayor = map.toUtf16(testing::spanOf(text, "Mayor Ana Lind").start);
    EXPECT_TRUE(formatAt(viewer, mayor).fontUnderline());
    EXPECT_TRUE(viewer.revealClaim(costsId));
    EXPECT_EQ(viewer.currentClaim(), costsId);
    EXPECT_EQ(viewer.textCursor().position(), start);
    EXPECT_FALSE(viewer.revealClaim(987654));
}

TEST(AddArticles, IngestsOnAWorkerThreadAndReportsFailures) {
    testing::qtApp();
    testing::TempDir dir;
    const std::string path = dir.file("a.claimdesk").string();
    {
        auto store = store::ProjectStore::open(path);
        ASSERT_TRUE(store.ok());
    }
    dir.write("in/one.txt", "date 2025-03-05\nThe mayor said the bridge would reopen.\n");
    dir.write("in/two.txt", "date 2025-03-06\nResidents said the ferry was late.\n");
    const auto missing = (dir.path() / "in" / "absent.txt").string();
    const auto report = addArticles(nullptr, QString::fromStdString(path),
                                    {QString::fromStdString((dir.path() / "in").string()),
                                     QString::fromStdString(missing)});
    EXPECT_EQ(report.count(pipeline::FileOutcome::Kind::Added), 2);
    EXPECT_EQ(report.count(pipeline::FileOutcome::Kind::Failed), 1);
    auto store = store::ProjectStore::open(path);
    ASSERT_TRUE(store.ok());
    EXPECT_EQ(store->documents()->size(), 2u);
}


// An orphan's span is where its words were before the text changed: the
// viewer neither tells of it there nor offers to edit or delete it; a live
// note beside it is offered as before.
TEST(DocumentViewer, OffersNoOrphanedAnnotationAtItsOldSpan) {
    testing::qtApp();
    testing::TempDir dir;
    auto store = store::ProjectStore::open(dir.file("o.claimdesk").string());
    ASSERT_TRUE(store.ok());
    const auto project = testing::writeSmallProject(*store);
    const std::string text = store->document(project.river)->text;
    store::Annotation orphan;
    orphan.documentId = project.river;
    orphan.span = testing::spanOf(text, "told reporters");
    orphan.exact = "said to the press";
    orphan.kind = store::AnnotationKind::Note;
    orphan.note = "lost anchor";
    orphan.author = "Viewer Test";
    orphan.createdAt = "2025-03-07T10:00:00Z";
    ASSERT_TRUE(store->addOrphanedAnnotation(orphan).ok());
    store::Annotation live = orphan;
    live.span = testing::spanOf(text, "Engineers");
    live.exact = "Engineers";
    live.note = "still here";
    ASSERT_TRUE(store->addAnnotation(live).ok());
    Workspace ws(std::move(*store), QStringLiteral("o.claimdesk"));
    ws.setAnalyst(QStringLiteral("Viewer Test"));
    DocumentViewer viewer(&ws);
    viewer.resize(700, 300);
    viewer.setAttribute(Qt::WA_DontShowOnScreen);  // see TimelineViewTest
    viewer.show();
    viewer.showDocument(project.river);
    const Utf16Map map(viewer.toPlainText());
    const auto pointAt = [&](Span span) {
        QTextCursor cursor(viewer.document());
        cursor.setPosition(map.toUtf16(span.start) + 2);
        return viewer.cursorRect(cursor).center();  // in the viewport
    };

    const auto tipAt = [&](Span span) {
        const QPoint inViewer = viewer.viewport()->mapTo(&viewer, pointAt(span));
        QHelpEvent help(QEvent::ToolTip, inViewer, viewer.mapToGlobal(inViewer));
        QApplication::sendEvent(&viewer, &help);
        const QString tip = QToolTip::isVisible() ? QToolTip::text() : QString();
        QToolTip::hideText();
        return tip;
    };
    EXPECT_TRUE(tipAt(live.span).contains(QStringLiteral("still here")));
    EXPECT_FALSE(tipAt(orphan.span).contains(QStringLiteral("lost anchor")));

    const auto menuAt = [&](Span span) {
        QStringList entries;
        QTimer::singleShot(0, [&] {
            if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
                for (const QAction* a : menu->actions())
                    entries << a->text();
                menu->close();
            }
        });
        const QPoint at = pointAt(span);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewer.viewport()->mapToGlobal(at));
        QApplication::sendEvent(viewer.viewport(), &event);
        return entries.join(QLatin1Char('|'));
    };
    const QString nearLive = menuAt(live.span);
    EXPECT_TRUE(nearLive.contains(QStringLiteral("Edit note"))) << nearLive.toStdString();
    EXPECT_TRUE(nearLive.contains(QStringLiteral("still here"))) << nearLive.toStdString();
    const QString nearOrphan = menuAt(orphan.span);
    EXPECT_FALSE(nearOrphan.isEmpty());  // the standard entries, so the menu was read
    EXPECT_FALSE(nearOrphan.contains(QStringLiteral("Edit note"))) << nearOrphan.toStdString();
    EXPECT_FALSE(nearOrphan.contains(QStringLiteral("lost anchor"))) << nearOrphan.toStdString();
}

// The claim table's status colours are chosen for the table's own palette,
// not the application's: a dark table over a light application gets the
// dark shades, and follows when its palette changes.
TEST(ClaimTableView, StatusColoursFollowTheViewsPalette) {
    testing::qtApp();
    testing::TempDir dir;
    auto store = store::ProjectStore::open(dir.file("t.claimdesk").string());
    ASSERT_TRUE(store.ok());
    testing::writeSmallProject(*store);
    Workspace ws(std::move(*store), QStringLiteral("t.claimdesk"));
    ClaimTableView view(&ws);
    ASSERT_GT(view.model()->rowCount(), 0);
    ASSERT_FALSE(isDark(QApplication::palette()));
    const auto background = [&] {
        const QModelIndex status = view.model()->index(0, ClaimTableModel::Status);
        return view.model()->data(status, Qt::BackgroundRole).value<QBrush>().color();
    };
    const ClaimStatus status = view.model()->claimAt(0)->status;
    EXPECT_EQ(background(), statusColor(status, view.palette()));
    QPalette dark = view.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x21, 0x23));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    view.setPalette(dark);
    EXPECT_EQ(background(), statusColor(status, dark));
    EXPECT_NE(background(), statusColor(status, QApplication::palette()));
}

}  // namespace
}  // namespace claimdesk::ui
