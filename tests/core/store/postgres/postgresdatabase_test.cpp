#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>

#include "core/store/database.h"
#include "postgresserver.h"

namespace claimdesk::store {
namespace {

using testing::PostgresServer;

// Each test gets a fresh database on the shared throwaway server.
class PostgresDatabase : public ::testing::Test {
protected:
    void SetUp() override {
        PostgresServer& server = PostgresServer::shared();
        ASSERT_TRUE(server.running()) << server.error();
        auto uri = server.createDatabase();
        ASSERT_TRUE(uri.ok()) << uri.error();
        m_uri = *uri;
        m_db.emplace(connect());
    }

    Database connect(Database::Access access = Database::Access::ReadWrite) {
        auto db = Database::open(m_uri, access);
        EXPECT_TRUE(db.ok()) << db.error();
        return *std::move(db);
    }

    Database& db() { return *m_db; }

    std::int64_t count(Database& on, const std::string& table) {
        auto stmt = on.prepare("SELECT COUNT(*) FROM " + table);
        EXPECT_TRUE(stmt.ok()) << stmt.error();
        return stmt->step() ? stmt->int64(0) : -1;
    }

    std::string m_uri;
    std::optional<Database> m_db;
};

TEST_F(PostgresDatabase, OpensAsThePostgresEngine) {
    EXPECT_EQ(db().engine(), Engine::Postgres);
    EXPECT_EQ(db().path(), m_uri);
    auto sqlite = Database::open(":memory:");
    ASSERT_TRUE(sqlite.ok());
    EXPECT_EQ(sqlite->engine(), Engine::Sqlite);
}

TEST_F(PostgresDatabase, EveryBoundTypeReadsBackAsBound) {
    ASSERT_TRUE(db().exec("CREATE TABLE t (i BIGINT, small INTEGER, r DOUBLE PRECISION, s TEXT, b BYTEA, f BOOLEAN)")
                    .ok());
    const std::string unicode = "Zelenskyy \xC2\xB7 \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2 \xC2\xB7 \xE6\x9D\xB1\xE4\xBA\xAC "
                                "\xF0\x9F\x99\x82 caf\xC3\xA9";
    const std::string bytes("\x00\x01\xFF\xFE\\x'?", 8);
    auto insert = db().prepare("INSERT INTO t (i, small, r, s, b, f) VALUES (?, ?, ?, ?, ?, ?)");
    ASSERT_TRUE(insert.ok()) << insert.error();
    insert->bind(1, std::numeric_limits<std::int64_t>::min())
        .bind(2, 42)
        .bind(3, 0.1)
        .bind(4, unicode)
        .bindBlob(5, bytes)
        .bind(6, 1);
    ASSERT_TRUE(insert->run().ok()) << insert->status().error();
    insert->bind(1, std::numeric_limits<std::int64_t>::max()).bind(2, -7).bind(3, -1e300).bind(4, "").bindBlob(5, "");
    insert->bind(6, 0);
    ASSERT_TRUE(insert->run().ok()) << insert->status().error();

    auto read = db().prepare("SELECT i, small, r, s, b, f FROM t ORDER BY i");
    ASSERT_TRUE(read.ok()) << read.error();
    ASSERT_TRUE(read->step());
    EXPECT_EQ(read->columnCount(), 6);
    EXPECT_EQ(read->int64(0), std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(read->int64(1), 42);
    EXPECT_EQ(read->real(2), 0.1);
    EXPECT_EQ(read->text(3), unicode);
    EXPECT_EQ(read->text(4), bytes);
    EXPECT_EQ(read->int64(5), 1);
    ASSERT_TRUE(read->step());
    EXPECT_EQ(read->int64(0), std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(read->int64(1), -7);
    EXPECT_EQ(read->real(2), -1e300);
    EXPECT_EQ(read->optionalText(3), std::optional<std::string>(""));
    EXPECT_EQ(read->text(4), "");
    EXPECT_FALSE(read->isNull(4));
    EXPECT_EQ(read->int64(5), 0);
    EXPECT_FALSE(read->step());
    EXPECT_TRUE(read->status().ok());
}

TEST_F(PostgresDatabase, NullsBindAndReadAsNull) {
    ASSERT_TRUE(db().exec("CREATE TABLE t (i BIGINT, r DOUBLE PRECISION, s TEXT)").ok());
    auto insert = db().prepare("INSERT INTO t VALUES (?, ?, ?)");
    ASSERT_TRUE(insert.ok()) << insert.error();
    insert->bind(1, std::optional<std::int64_t>()).bind(2, std::optional<double>()).bindNull(3);
    ASSERT_TRUE(insert->run().ok()) << insert->status().error();

    auto read = db().prepare("SELECT i, r, s FROM t");
    ASSERT_TRUE(read->step());
    for (int c = 0; c < 3; ++c)
        EXPECT_TRUE(read->isNull(c)) << c;
    EXPECT_EQ(read->optionalInt64(0), std::nullopt);
    EXPECT_EQ(read->optionalReal(1), std::nullopt);
    EXPECT_EQ(read->optionalText(2), std::nullopt);
}

// Store SQL numbers parameters the SQLite way; a '?' in a literal is text.
TEST_F(PostgresDatabase, PlaceholdersAreRewrittenOutsideLiterals) {
    auto stmt = db().prepare("SELECT '?' || ?2 || ?1, ?2");
    ASSERT_TRUE(stmt.ok()) << stmt.error();
    stmt->bind(1, "b").bind(2, "a");
    ASSERT_TRUE(stmt->step()) << stmt->status().error();
    EXPECT_EQ(stmt->text(0), "?ab");
    EXPECT_EQ(stmt->text(1), "a");
}

// "? IS NULL" gives the server no type for the parameter: the statement is
// typed by its bound values, and preparing it does not spoil the
// transaction it is prepared in.
TEST_F(PostgresDatabase, AParameterWithoutATypeIsTypedByItsValueInsideATransaction) {
    ASSERT_TRUE(db().exec("CREATE TABLE t (k BIGINT, v TEXT)").ok());
    ASSERT_TRUE(db().exec("INSERT INTO t VALUES (1, 'a'), (2, 'b')").ok());
    Transaction tx(db());
    ASSERT_TRUE(tx.started().ok());
    auto stmt = db().prepare("SELECT COUNT(*) FROM t WHERE (?1 IS NULL OR k = ?1) AND (?2 IS NULL OR v = ?2)");
    ASSERT_TRUE(stmt.ok()) << stmt.error();
    stmt->bindNull(1).bindNull(2);
    ASSERT_TRUE(stmt->step()) << stmt->status().error();
    EXPECT_EQ(stmt->int64(0), 2);
    stmt->reset();
    stmt->bind(1, 2).bindNull(2);
    ASSERT_TRUE(stmt->step()) << stmt->status().error();
    EXPECT_EQ(stmt->int64(0), 1);
    stmt->reset();
    stmt->bindNull(1).bind(2, "a");
    ASSERT_TRUE(stmt->step()) << stmt->status().error();
    EXPECT_EQ(stmt->int64(0), 1);
    stmt->reset();
    auto onlyTested = db().prepare("SELECT COUNT(*) FROM t WHERE ? IS NOT NULL");
    ASSERT_TRUE(onlyTested.ok()) << onlyTested.error();
    onlyTested->bind(1, "x");
    ASSERT_TRUE(onlyTested->step()) << onlyTested->status().error();
    EXPECT_EQ(onlyTested->int64(0), 2);
    ASSERT_TRUE(db().exec("INSERT INTO t VALUES (3, 'c')").ok());
    EXPECT_TRUE(tx.commit().ok());
    EXPECT_EQ(count(db(), "t"), 3);
}

TEST_F(PostgresDatabase, LastInsertIdAndChangesFollowTheLastWrite) {
    ASSERT_TRUE(db().exec("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v TEXT)").ok());
    EXPECT_EQ(db().lastInsertId(), 0);
    auto insert = db().prepare("INSERT INTO t (v) VALUES (?)");
    for (const char* v : {"a", "b", "c"}) {
        insert->bind(1, v);
        ASSERT_TRUE(insert->run().ok()) << insert->status().error();
    }
    EXPECT_EQ(db().lastInsertId(), 3);
    EXPECT_EQ(db().changes(), 1);
    auto update = db().prepare("UPDATE t SET v = 'x' WHERE id >= ?");
    update->bind(1, 2);
    ASSERT_TRUE(update->run().ok());
    EXPECT_EQ(db().changes(), 2);
    auto select = db().prepare("SELECT v FROM t");
    while (select->step()) {
    }
    EXPECT_EQ(db().changes(), 2);  // a query changes nothing
}

// An INSERT into a table without an id, before any sequence was used in
// the session: there is no id to give, and asking must not spoil the
// transaction.
TEST_F(PostgresDatabase, LastInsertIdWithoutASequenceIsZeroAndHarmless) {
    ASSERT_TRUE(db().exec("CREATE TABLE t (k BIGINT)").ok());
    Database fresh = connect();
    Transaction tx(fresh);
    ASSERT_TRUE(fresh.exec("INSERT INTO t VALUES (1)").ok());
    EXPECT_EQ(fresh.lastInsertId(), 0);
    ASSERT_TRUE(fresh.exec("INSERT INTO t VALUES (2)").ok());
    EXPECT_TRUE(tx.commit().ok());
    EXPECT_EQ(count(db(), "t"), 2);
}

TEST_F(PostgresDatabase, ATransactionRollsBackUnlessCommitted) {
    ASSERT_TRUE(db().exec("CREATE TABLE t (k BIGINT)").ok());
    {
        Transaction tx(db());
        ASSERT_TRUE(tx.started().ok());
        ASSERT_TRUE(db().exec("INSERT INTO t VALUES (1)").ok());
        EXPECT_FALSE(db().autocommit());
    }
    EXPECT_TRUE(db().autocommit());
    EXPECT_EQ(count(db(), "t"), 0);
    {
        Transaction tx(db());
        ASSERT_TRUE(db().exec("INSERT INTO t VALUES (2)").ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(count(db(), "t"), 1);
}

// A failed statement ends the server's transaction: its commit must say
// so and store nothing, not report success.
TEST_F(PostgresDatabase, AFailedStatementMakesTheCommitFailAndStoresNothing) {
    ASSERT_TRUE(db().exec("CREATE TABLE t (k BIGINT PRIMARY KEY)").ok());
    Transaction tx(db());
    ASSERT_TRUE(db().exec("INSERT INTO t VALUES (1)").ok());
    auto duplicate = db().prepare("INSERT INTO t VALUES (?)");
    ASSERT_TRUE(duplicate.ok()) << duplicate.error();
    duplicate->bind(1, 1);
    const Status failed = duplicate->run();
    ASSERT_FALSE(failed.ok());
    EXPECT_NE(failed.error().find("duplicate key"), std::string::npos) << failed.error();
    const Status committed = tx.commit();
    ASSERT_FALSE(committed.ok());
    EXPECT_NE(committed.error().find("rolled back"), std::string::npos) << committed.error();
    EXPECT_EQ(count(db(), "t"), 0);
}

TEST_F(PostgresDatabase, NestedTransactionsAreSavepoints) {
    ASSERT_TRUE(db().exec("CREATE TABLE t (k BIGINT PRIMARY KEY)").ok());
    {
        Transaction outer(db());
        ASSERT_TRUE(db().exec("INSERT INTO t VALUES (1)").ok());
        {
            Transaction kept(db());
            ASSERT_TRUE(kept.started().ok());
            ASSERT_TRUE(db().exec("INSERT INTO t VALUES (2)").ok());
            ASSERT_TRUE(kept.commit().ok());
        }
        {
            Transaction dropped(db());
            ASSERT_TRUE(dropped.started().ok());
            ASSERT_TRUE(db().exec("INSERT INTO t VALUES (3)").ok());
        }
        {
            // A failure inside a savepoint is undone with it; the outer
            // transaction goes on.
            Transaction failing(db());
            EXPECT_FALSE(db().exec("INSERT INTO t VALUES (1)").ok());
        }
        ASSERT_TRUE(db().exec("INSERT INTO t VALUES (4)").ok());
        ASSERT_TRUE(outer.commit().ok());
    }
    auto keys = db().prepare("SELECT k FROM t ORDER BY k");
    std::string seen;
    while (keys->step())
        seen += std::to_string(keys->int64(0));
    EXPECT_EQ(seen, "124");
}

// A reader's snapshot holds while another connection commits; the next
// snapshot sees the commit.
TEST_F(PostgresDatabase, AReadTransactionKeepsOneSnapshotWhileAnotherConnectionWrites) {
    ASSERT_TRUE(db().exec("CREATE TABLE t (k BIGINT)").ok());
    ASSERT_TRUE(db().exec("INSERT INTO t VALUES (1)").ok());
    Database writer = connect();
    {
        ReadTransaction snapshot(db());
        EXPECT_EQ(count(db(), "t"), 1);
        ASSERT_TRUE(writer.exec("INSERT INTO t VALUES (2)").ok());
        EXPECT_EQ(count(writer, "t"), 2);
        EXPECT_EQ(count(db(), "t"), 1);
        EXPECT_FALSE(db().exec("INSERT INTO t VALUES (3)").ok()) << "a read snapshot writes nothing";
    }
    EXPECT_EQ(count(db(), "t"), 2);
}

TEST_F(PostgresDatabase, AReadOnlyConnectionRefusesWrites) {
    ASSERT_TRUE(db().exec("CREATE TABLE t (k BIGINT)").ok());
    Database reader = connect(Database::Access::ReadOnly);
    EXPECT_TRUE(reader.readOnly());
    EXPECT_EQ(count(reader, "t"), 0);
    const Status refused = reader.exec("INSERT INTO t VALUES (1)");
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().find("read-only"), std::string::npos) << refused.error();
}

TEST_F(PostgresDatabase, AStatementOutlivingItsConnectionFailsCleanly) {
    std::optional<Statement> kept;
    {
        Database db = connect();
        auto stmt = db.prepare("SELECT 1");
        ASSERT_TRUE(stmt.ok());
        kept.emplace(*std::move(stmt));
    }
    EXPECT_FALSE(kept->step());
    EXPECT_FALSE(kept->status().ok());
}

TEST_F(PostgresDatabase, ASyntaxErrorNamesTheStatement) {
    auto stmt = db().prepare("SELEC 1");
    ASSERT_FALSE(stmt.ok());
    EXPECT_NE(stmt.error().find("SELEC 1"), std::string::npos) << stmt.error();
}

// The same text may be in use twice at once (a query inside a loop over
// the same query).
TEST_F(PostgresDatabase, TheSameStatementCanBeOpenTwice) {
    ASSERT_TRUE(db().exec("CREATE TABLE t (k BIGINT); INSERT INTO t VALUES (1), (2)").ok());
    auto outer = db().prepare("SELECT k FROM t ORDER BY k");
    int pairs = 0;
    while (outer->step()) {
        auto inner = db().prepare("SELECT k FROM t ORDER BY k");
        while (inner->step())
            ++pairs;
    }
    EXPECT_EQ(pairs, 4);
}

TEST(PostgresUri, APasswordInTheUriIsRefusedAndNotRepeated) {
    for (const std::string uri : {"postgresql://analyst:s3cret@localhost/desk",
                                  "postgres://localhost/desk?user=analyst&password=s3cret"}) {
        auto db = Database::open(uri);
        ASSERT_FALSE(db.ok()) << uri;
        EXPECT_NE(db.error().find("~/.pgpass or PGPASSWORD"), std::string::npos) << db.error();
        EXPECT_EQ(db.error().find("s3cret"), std::string::npos) << db.error();
    }
}

TEST(PostgresUri, AnUnreachableServerIsAClearError) {
    auto db = Database::open("postgresql:///desk?host=/nonexistent-claimdesk-socket-folder");
    ASSERT_FALSE(db.ok());
    EXPECT_NE(db.error().find("cannot open store"), std::string::npos) << db.error();
}

}  // namespace
}  // namespace claimdesk::store
