// The document viewer's highlights and the article ingestion off the UI thread.
#include <gtest/gtest.h>

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include "projectfixture.h"
#include "qtapp.h"
#include "testsupport.h"
#include "ui/dialogs/addarticles.h"
#include "ui/edit/workspace.h"
#include "ui/models/statuscolors.h"
#include "ui/models/utf16map.h"
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
    EXPECT_EQ(formatAt(viewer, start).background().color(), statusColor(ClaimStatus::Extracted));
    EXPECT_NE(formatAt(viewer, start - 2).background().color(), statusColor(ClaimStatus::Extracted));
    const int end = map.toUtf16(costs.end);
    EXPECT_EQ(formatAt(viewer, end - 1).background().color(), statusColor(ClaimStatus::Extracted));
    EXPECT_NE(formatAt(viewer, end).background().color(), statusColor(ClaimStatus::Extracted));

    // A review repaints it; the boilerplate after the body is dimmed.
    const auto claims = *ws.claims({});
    qint64 costsId = 0;
    for (const auto& c : claims)
        if (c.contentSpan == costs)
            costsId = c.id;
    ASSERT_TRUE(ws.rejectClaims({costsId}, QStringLiteral("wrong figure")));
    EXPECT_EQ(formatAt(viewer, start).background().color(), statusColor(ClaimStatus::Rejected));
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

}  // namespace
}  // namespace claimdesk::ui
