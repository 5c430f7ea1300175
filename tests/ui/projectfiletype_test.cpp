// The project file type as a desktop with packaging/mime/claimdesk.xml
// installed sees it. A binary of its own: Qt reads the MIME database once
// per process, and here it must be a database with the package's type in.

#include <gtest/gtest.h>

#include <QMimeDatabase>
#include <QProcess>

#include "core/store/database.h"
#include "core/store/projectstore.h"
#include "qtapp.h"
#include "testsupport.h"
#include "ui/dialogs/projectfiletype.h"

namespace claimdesk::ui {
namespace {

// The type a project is a kind of, as shared-mime-info's freedesktop.org.xml
// defines it (the whole file takes update-mime-database seconds).
constexpr const char* kSqliteType = R"(<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/vnd.sqlite3">
    <comment>SQLite3 database</comment>
    <glob pattern="*.sqlite3"/>
    <magic><match type="string" value="SQLite format 3" offset="0"/></magic>
    <alias type="application/x-sqlite3"/>
  </mime-type>
</mime-info>
)";

// As after installing the package: the desktop's types and Claimdesk's
// compiled by update-mime-database into one cache, the only one Qt reads.
// (One cache, as on an installed system: Qt 6.4 lets a later cache's first
// magic match override an earlier one's higher priority.)
class ProjectFileType : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        static claimdesk::testing::TempDir share;
        share.write("mime/packages/sqlite.xml", kSqliteType);
        share.write("mime/packages/claimdesk.xml", claimdesk::testing::readFile(CLAIMDESK_MIME_XML));
        const QString mime = QString::fromStdString((share.path() / "mime").string());
        s_ready = QProcess::execute(QStringLiteral("update-mime-database"), {mime}) == 0;
        qputenv("XDG_DATA_DIRS", QByteArray(share.path().c_str()));
        claimdesk::testing::qtApp();
    }
    void SetUp() override {
        if (!s_ready)
            GTEST_SKIP() << "needs update-mime-database (shared-mime-info)";
    }
    static inline bool s_ready = false;
};

QString typeOf(const std::string& path) { return QMimeDatabase().mimeTypeForFile(QString::fromStdString(path)).name(); }

TEST_F(ProjectFileType, AProjectIsKnownByItsContentWhateverItsName) {
    claimdesk::testing::TempDir dir;
    const std::string path = dir.file("project-without-suffix").string();
    ASSERT_TRUE(store::ProjectStore::open(path).ok());
    EXPECT_EQ(typeOf(path), kProjectMimeType);
}

TEST_F(ProjectFileType, AnotherSqliteFileIsNotAProject) {
    claimdesk::testing::TempDir dir;
    const std::string path = dir.file("other-database").string();
    {
        auto db = store::Database::open(path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->exec("CREATE TABLE t(x)").ok());
    }
    EXPECT_EQ(typeOf(path), "application/vnd.sqlite3");
}

TEST_F(ProjectFileType, ANameEndingInClaimdeskIsAProject) {
    EXPECT_EQ(QMimeDatabase().mimeTypeForFile(QStringLiteral("spill.claimdesk"), QMimeDatabase::MatchExtension).name(),
              kProjectMimeType);
}

TEST_F(ProjectFileType, TheFileDialogsOfferProjectsUnderTheTypesOwnName) {
    EXPECT_EQ(projectNameFilters(), QStringList{QStringLiteral("Claimdesk project (*.claimdesk)")});
}

}  // namespace
}  // namespace claimdesk::ui
