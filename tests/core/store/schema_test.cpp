#include <gtest/gtest.h>

#include "core/store/database.h"
#include "core/store/projectstore.h"
#include "core/store/schema.h"
#include "testsupport.h"

namespace claimdesk::store {
namespace {

std::int64_t scalar(Database& db, const std::string& sql) {
    auto stmt = db.prepare(sql);
    EXPECT_TRUE(stmt.ok()) << stmt.error();
    stmt->step();
    return stmt->int64(0);
}

std::string scalarText(Database& db, const std::string& sql) {
    auto stmt = db.prepare(sql);
    stmt->step();
    return stmt->text(0);
}

TEST(Schema, ANewProjectFileIsWalWithForeignKeysAndTheCurrentVersion) {
    testing::TempDir dir;
    auto store = ProjectStore::open(dir.file("p.claimdesk").string());
    ASSERT_TRUE(store.ok()) << store.error();
    Database& db = store->database();
    EXPECT_EQ(scalar(db, "PRAGMA user_version"), kSchemaVersion);
    EXPECT_EQ(scalarText(db, "PRAGMA journal_mode"), "wal");
    EXPECT_EQ(scalar(db, "PRAGMA foreign_keys"), 1);
    for (const char* table : {"documents", "outlets", "speakers", "speaker_aliases", "claims", "quantities",
                              "timexes", "events", "clusters", "cluster_members", "annotations", "review_history",
                              "documents_fts", "claims_fts"})
        EXPECT_EQ(scalar(db, std::string("SELECT COUNT(*) FROM sqlite_master WHERE name = '") + table + "'"), 1)
            << table;
}

TEST(Schema, ReopeningDoesNotMigrateAgain) {
    testing::TempDir dir;
    const std::string path = dir.file("p.claimdesk").string();
    ASSERT_TRUE(ProjectStore::open(path).ok());
    auto again = ProjectStore::open(path);
    ASSERT_TRUE(again.ok()) << again.error();
    EXPECT_EQ(scalar(again->database(), "PRAGMA user_version"), kSchemaVersion);
}

TEST(Schema, AProjectFileCarriesClaimdesksApplicationIdInItsHeader) {
    testing::TempDir dir;
    const std::string path = dir.file("p.claimdesk").string();
    {
        auto store = ProjectStore::open(path);
        ASSERT_TRUE(store.ok()) << store.error();
        EXPECT_EQ(scalar(store->database(), "PRAGMA application_id"), kApplicationId);
    }
    // What the desktop's MIME magic reads: the SQLite header, bytes 68-71.
    const std::string bytes = testing::readFile(path);
    ASSERT_GE(bytes.size(), 100u);
    EXPECT_EQ(bytes.substr(0, 16), std::string("SQLite format 3\0", 16));
    EXPECT_EQ(bytes.substr(68, 4), "CDSK");
}

TEST(Schema, OpeningAProjectFromBeforeTheMarkMarksItKeepingItsContents) {
    testing::TempDir dir;
    const std::string path = dir.file("old.claimdesk").string();
    {
        auto store = ProjectStore::open(path);
        ASSERT_TRUE(store.ok()) << store.error();
        ASSERT_TRUE(store->database().exec("INSERT INTO outlets(name) VALUES ('Kept Outlet')").ok());
        // As a build from before the mark left it.
        ASSERT_TRUE(store->database().exec("PRAGMA application_id = 0").ok());
    }
    auto store = ProjectStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error();
    Database& db = store->database();
    EXPECT_EQ(scalar(db, "PRAGMA application_id"), kApplicationId);
    EXPECT_EQ(scalar(db, "PRAGMA user_version"), kSchemaVersion);
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM outlets WHERE name = 'Kept Outlet'"), 1);
}

TEST(Schema, AnotherProgramsSqliteFileIsRefusedUnchanged) {
    testing::TempDir dir;
    const std::string path = dir.file("map.gpkg").string();
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->exec("PRAGMA application_id = 1196444487").ok());  // "GPKG", a GeoPackage
    }
    auto store = ProjectStore::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_NE(store.error().find("another program (application_id 0x47504B47)"), std::string::npos) << store.error();
    auto db = Database::open(path);
    EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM sqlite_master"), 0);
    EXPECT_EQ(scalar(*db, "PRAGMA user_version"), 0);
}

TEST(Schema, AStoreFromANewerVersionIsRefusedUnchanged) {
    testing::TempDir dir;
    const std::string path = dir.file("future.claimdesk").string();
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->exec("PRAGMA user_version = 99").ok());
    }
    auto store = ProjectStore::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_NE(store.error().find("newer Claimdesk"), std::string::npos) << store.error();
    auto db = Database::open(path);
    EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"), 0);
}

TEST(Schema, AFileThatIsNotAStoreIsRefusedWithItsName) {
    testing::TempDir dir;
    const auto path = dir.write("notes.claimdesk", "these are plain notes, not a database at all........");
    auto store = ProjectStore::open(path.string());
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().rfind(path.string() + ": ", 0), 0u) << store.error();
    EXPECT_EQ(testing::readFile(path), "these are plain notes, not a database at all........");
}

}  // namespace
}  // namespace claimdesk::store
