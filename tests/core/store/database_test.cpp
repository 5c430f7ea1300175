#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "core/store/database.h"

namespace claimdesk::store {
namespace {

Database memoryDatabase() {
    auto db = Database::open(":memory:");
    EXPECT_TRUE(db.ok()) << db.error();
    EXPECT_TRUE(db->exec("CREATE TABLE t (k INTEGER, v TEXT)").ok());
    return *std::move(db);
}

std::string valueOf(Database& db, std::int64_t key) {
    auto stmt = db.prepare("SELECT v FROM t WHERE k = ?");
    EXPECT_TRUE(stmt.ok()) << stmt.error();
    stmt->bind(1, key);
    return stmt->step() ? stmt->text(0) : std::string("<none>");
}

// A reused statement starts afresh: no bindings or half-read rows of its
// previous use leak into the next.
TEST(Database, AStatementReusedFromTheCacheStartsAfresh) {
    Database db = memoryDatabase();
    for (int k = 0; k < 3; ++k) {
        auto insert = db.prepare("INSERT INTO t (k, v) VALUES (?, ?)");
        ASSERT_TRUE(insert.ok());
        insert->bind(1, k).bind(2, "v" + std::to_string(k));
        ASSERT_TRUE(insert->run().ok());
    }
    EXPECT_EQ(valueOf(db, 2), "v2");
    EXPECT_EQ(valueOf(db, 0), "v0");
    EXPECT_EQ(valueOf(db, 7), "<none>");

    {
        auto all = db.prepare("SELECT v FROM t ORDER BY k");
        ASSERT_TRUE(all->step());  // left half-read on purpose
    }
    auto again = db.prepare("SELECT v FROM t ORDER BY k");
    int rows = 0;
    while (again->step())
        ++rows;
    EXPECT_EQ(rows, 3);
}

// The same text may be in use twice at once (a query inside a loop over
// the same query); each use gets its own statement.
TEST(Database, TheSameStatementCanBeOpenTwice) {
    Database db = memoryDatabase();
    ASSERT_TRUE(db.exec("INSERT INTO t VALUES (1, 'a'), (2, 'b')").ok());
    auto outer = db.prepare("SELECT k FROM t ORDER BY k");
    int pairs = 0;
    while (outer->step()) {
        auto inner = db.prepare("SELECT k FROM t ORDER BY k");
        while (inner->step())
            ++pairs;
    }
    EXPECT_EQ(pairs, 4);
}

TEST(Database, AStatementMayOutliveItsConnection) {
    std::optional<Statement> kept;
    {
        Database db = memoryDatabase();
        auto stmt = db.prepare("SELECT 1");
        ASSERT_TRUE(stmt.ok());
        kept.emplace(*std::move(stmt));
    }
    kept.reset();  // finalizes against a closed connection without a crash
}

TEST(Database, ASyntaxErrorNamesTheStatement) {
    Database db = memoryDatabase();
    auto stmt = db.prepare("SELEC v FROM t");
    ASSERT_FALSE(stmt.ok());
    EXPECT_NE(stmt.error().find("SELEC v FROM t"), std::string::npos);
}

int rows(Database& db) {
    auto count = db.prepare("SELECT COUNT(*) FROM t");
    count->step();
    return static_cast<int>(count->int64(0));
}

// An inner Transaction is a savepoint: rolled back alone, or kept for the
// outer one to commit or undo.
TEST(Transaction, NestedTransactionsAreSavepointsOfTheOuterOne) {
    Database db = memoryDatabase();
    {
        Transaction outer(db);
        ASSERT_TRUE(outer.started().ok());
        ASSERT_TRUE(db.exec("INSERT INTO t VALUES (1, 'kept')").ok());
        {
            Transaction inner(db);
            ASSERT_TRUE(inner.started().ok());
            ASSERT_TRUE(db.exec("INSERT INTO t VALUES (2, 'undone')").ok());
        }  // not committed: rolled back to the savepoint
        {
            Transaction inner(db);
            ASSERT_TRUE(db.exec("INSERT INTO t VALUES (3, 'kept too')").ok());
            ASSERT_TRUE(inner.commit().ok());
        }
        ASSERT_TRUE(outer.commit().ok());
    }
    EXPECT_EQ(rows(db), 2);
    EXPECT_EQ(valueOf(db, 2), "<none>");
    {
        Transaction outer(db);
        {
            Transaction inner(db);
            ASSERT_TRUE(db.exec("INSERT INTO t VALUES (4, 'x')").ok());
            ASSERT_TRUE(inner.commit().ok());
        }
    }  // the outer one is not committed: the inner one's row goes with it
    EXPECT_EQ(rows(db), 2);
}

// When the outer transaction is gone (SQLite rolls it back itself after
// some errors; here by hand), an inner Transaction fails rather than begin
// and commit a transaction of its own.
TEST(Transaction, AnInnerTransactionAfterTheOuterOneWasRolledBackFails) {
    Database db = memoryDatabase();
    {
        Transaction outer(db);
        ASSERT_TRUE(outer.started().ok());
        ASSERT_TRUE(db.exec("INSERT INTO t VALUES (1, 'a')").ok());
        ASSERT_TRUE(db.exec("ROLLBACK").ok());
        {
            Transaction inner(db);
            EXPECT_FALSE(inner.started().ok());
            ASSERT_TRUE(db.exec("INSERT INTO t VALUES (2, 'b')").ok());  // autocommitted, as SQLite would
            EXPECT_FALSE(inner.commit().ok());
        }
        EXPECT_FALSE(outer.commit().ok());
    }
    EXPECT_EQ(rows(db), 1);
    Transaction next(db);  // every Transaction ended: the next one is outermost
    EXPECT_TRUE(next.started().ok());
    EXPECT_TRUE(next.commit().ok());
}

// A reader's many queries see one project while another connection writes.
TEST(ReadTransaction, SeesOneSnapshotWhileAnotherConnectionWrites) {
    const auto path = std::filesystem::temp_directory_path() /
                      ("claimdesk-read-" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(path);
    auto writer = Database::open(path.string());
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE(writer->exec("PRAGMA journal_mode=WAL; CREATE TABLE t (k INTEGER, v TEXT)").ok());
    ASSERT_TRUE(writer->exec("INSERT INTO t VALUES (1, 'a')").ok());
    auto reader = Database::open(path.string());
    ASSERT_TRUE(reader.ok());
    {
        ReadTransaction snapshot(*reader);
        EXPECT_EQ(rows(*reader), 1);
        ASSERT_TRUE(writer->exec("INSERT INTO t VALUES (2, 'b')").ok()) << "the writer is not blocked";
        EXPECT_EQ(rows(*reader), 1) << "the reader keeps its snapshot";
        Transaction inner(*reader);  // a savepoint inside it, not a second BEGIN
        EXPECT_TRUE(inner.started().ok());
    }
    EXPECT_EQ(rows(*reader), 2);
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path.string() + suffix);
}

}  // namespace
}  // namespace claimdesk::store
