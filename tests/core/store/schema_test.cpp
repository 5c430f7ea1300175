#include <gtest/gtest.h>

#include <random>

#include "core/store/database.h"
#include "core/store/projectstore.h"
#include "core/store/schema.h"
#include "storefixtures.h"
#include "testsupport.h"
#include "storeaccess.h"

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
    Database& db = claimdesk::testing::rawDatabase(*store);
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
    EXPECT_EQ(scalar(claimdesk::testing::rawDatabase(*again), "PRAGMA user_version"), kSchemaVersion);
}

TEST(Schema, AProjectFileCarriesClaimdesksApplicationIdInItsHeader) {
    testing::TempDir dir;
    const std::string path = dir.file("p.claimdesk").string();
    {
        auto store = ProjectStore::open(path);
        ASSERT_TRUE(store.ok()) << store.error();
        EXPECT_EQ(scalar(claimdesk::testing::rawDatabase(*store), "PRAGMA application_id"), kApplicationId);
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
        ASSERT_TRUE(claimdesk::testing::rawDatabase(*store).exec("INSERT INTO outlets(name) VALUES ('Kept Outlet')").ok());
        // As a build from before the mark left it.
        ASSERT_TRUE(claimdesk::testing::rawDatabase(*store).exec("PRAGMA application_id = 0").ok());
    }
    auto store = ProjectStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error();
    Database& db = claimdesk::testing::rawDatabase(*store);
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

// A project written by a build of schema 9 (before claim types, figure
// frames, disputed members and the decision order) opens migrated, its
// rows kept, read as statements made, figures without frames, members all
// disputed.
TEST(Schema, AStoreFromBeforeClaimTypesIsMigratedWithItsRowsKept) {
    testing::TempDir dir;
    const std::string path = dir.file("old.claimdesk").string();
    std::int64_t claimId = 0;
    {
        auto store = ProjectStore::open(path);
        ASSERT_TRUE(store.ok());
        auto added = store->addDocument(testing::sampleDocument("a.txt", testing::kSampleText),
                                        testing::sampleAnalysis());
        ASSERT_TRUE(added.ok());
        claimId = (*store->claims({}))[0].id;
        ASSERT_TRUE(store->writeClaimClusters({{0, {claimId}, true, "x vs y", 1, 1, "", {}}}).ok());
        Database& db = claimdesk::testing::rawDatabase(*store);
        // Back to what schema 9 had.
        for (const char* sql : {"DROP INDEX claims_type", "ALTER TABLE claims DROP COLUMN type",
                                "ALTER TABLE claims DROP COLUMN polarity", "ALTER TABLE quantities DROP COLUMN measure",
                                "ALTER TABLE quantities DROP COLUMN subject", "ALTER TABLE quantities DROP COLUMN period",
                                "ALTER TABLE quantities DROP COLUMN period_kind",
                                "ALTER TABLE quantities DROP COLUMN cumulative",
                                "ALTER TABLE cluster_members DROP COLUMN disputed",
                                "ALTER TABLE review_history DROP COLUMN imported",
                                "ALTER TABLE review_history DROP COLUMN applied", "PRAGMA user_version = 9"})
            ASSERT_TRUE(db.exec(sql).ok()) << sql << ": " << db.lastError();
    }
    auto store = ProjectStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error();
    EXPECT_EQ(scalar(claimdesk::testing::rawDatabase(*store), "PRAGMA user_version"), kSchemaVersion);
    auto row = store->claim(claimId);
    ASSERT_TRUE(row.ok()) << row.error();
    EXPECT_EQ(row->content, "the bridge would reopen on Monday");
    EXPECT_EQ(row->type, ClaimType::Statement);
    EXPECT_EQ(row->polarity, Polarity::Affirmed);
    EXPECT_EQ(row->figureFrames, "the: what it counts is not said");
    EXPECT_TRUE(row->disagreement);
}

}  // namespace
}  // namespace claimdesk::store

namespace claimdesk::store {
namespace {

// The document count each cluster keeps by triggers equals a recount after
// every kind of membership change: a document's first and second claim
// joining, one leaving, a claim moving between clusters, an event member.
using testing::kSampleText;
using testing::sampleAnalysis;
using testing::sampleDocument;

TEST(Schema, AClustersDocumentCountFollowsEveryMembershipChange) {
    auto store = ProjectStore::open(":memory:");
    ASSERT_TRUE(store.ok()) << store.error();
    Analysis twoClaims = sampleAnalysis();
    twoClaims.claims.push_back(twoClaims.claims.front());
    twoClaims.claims.back().content = {{0, 5}, "Mayor"};
    std::vector<std::int64_t> claims;
    for (const char* name : {"a.txt", "b.txt", "c.txt"})
        ASSERT_TRUE(store->addDocument(sampleDocument(name, kSampleText), twoClaims).ok());
    Database& db = claimdesk::testing::rawDatabase(*store);
    auto ids = db.prepare("SELECT id FROM claims ORDER BY id");
    while (ids->step())
        claims.push_back(ids->int64(0));
    ASSERT_EQ(claims.size(), 6u);
    ASSERT_TRUE(db.exec("DELETE FROM cluster_members; DELETE FROM clusters;").ok());
    ASSERT_TRUE(db.exec("INSERT INTO clusters(id, kind) VALUES (1, 'claim'), (2, 'claim')").ok());

    std::mt19937 random(7);
    for (int step = 0; step < 300; ++step) {
        const std::int64_t claim = claims[random() % claims.size()];
        const std::string c = std::to_string(claim);
        const std::string to = std::to_string(1 + random() % 2);
        const bool member = scalar(db, "SELECT COUNT(*) FROM cluster_members WHERE claim_id = " + c) > 0;
        std::string sql;
        if (!member)
            sql = "INSERT INTO cluster_members(cluster_id, claim_id) VALUES (" + to + ", " + c + ")";
        else if (random() % 3 == 0)
            sql = "DELETE FROM cluster_members WHERE claim_id = " + c;
        else
            sql = "UPDATE cluster_members SET cluster_id = " + to + " WHERE claim_id = " + c;
        ASSERT_TRUE(db.exec(sql).ok()) << sql;
        if (step == 150) {
            ASSERT_TRUE(db.exec("INSERT INTO cluster_members(cluster_id, event_id) SELECT 1, id FROM events").ok());
        }
        ASSERT_EQ(scalar(db,
                         "SELECT COUNT(*) FROM clusters k WHERE document_count <> (SELECT COUNT(DISTINCT c.document_id) "
                         "FROM cluster_members m JOIN claims c ON c.id = m.claim_id WHERE m.cluster_id = k.id)"),
                  0)
            << "after step " << step << ": " << sql;
    }
}

}  // namespace
}  // namespace claimdesk::store
