#include <gtest/gtest.h>

#include <QTreeWidget>

#include "core/pipeline/ingestion.h"
#include "qtapp.h"
#include "testsupport.h"
#include "ui/widgets/mainwindow.h"

namespace claimdesk::ui {
namespace {

TEST(MainWindow, OpensAProjectAndListsItsDocuments) {
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
    auto* list = window.findChild<QTreeWidget*>();
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->topLevelItemCount(), 2);
    EXPECT_TRUE(window.windowTitle().startsWith("p.claimdesk"));
}

}  // namespace
}  // namespace claimdesk::ui
