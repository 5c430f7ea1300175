#pragma once

// The store's SQL layer: a connection, prepared statements with values
// always bound, and transactions that roll back unless committed. One API
// over two engines: an SQLite project file, or a team project on a
// PostgreSQL server (libpq). Store SQL is written once with ? / ?N
// placeholders; where the dialects differ, code branches on engine() in a
// few named places (schema DDL, full-text search). See docs/teams.md.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/result.h"
#include "core/store/engine.h"

namespace claimdesk::store {

class Database;

class Statement {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters are 1-based, as in SQL.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bindBlob(int index, std::string_view bytes);
    Statement& bindNull(int index);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances to the next row: true while there is one. Errors are kept
    // and reported by status().
    bool step();
    // Runs a statement that returns no rows.
    Status run();
    void reset();
    Status status() const;

    int columnCount() const;
    bool isNull(int column) const;  // columns are 0-based
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::optional<std::string> optionalText(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    friend class Database;
    explicit Statement(std::unique_ptr<EngineStatement> impl);

    std::unique_ptr<EngineStatement> m_impl;
};

class Database {
public:
    enum class Access {
        ReadWrite,  // creating the file if needed
        ReadOnly,   // never written: a project on read-only media or in a folder this user cannot write
    };
    // Opens a database file, or ":memory:". Read-only, a WAL file whose
    // -shm cannot be made beside it is opened as immutable: it is read as it
    // is on disk.
    // A "postgresql://" or "postgres://" libpq connection URI opens a
    // database on a PostgreSQL server instead. Its password comes from
    // ~/.pgpass or PGPASSWORD: a URI carrying one is refused. Read-only,
    // every transaction of the connection is read-only.
    static Result<Database> open(const std::string& path, Access access = Access::ReadWrite);
    static bool isServerUri(std::string_view path);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // Compiles a statement, or reuses an idle one compiled from the same
    // text: the store runs the same few statements for every document.
    Result<Statement> prepare(std::string_view sql);
    // Runs one or more statements without parameters.
    Status exec(std::string_view sql);
    // The id of the row the last INSERT on this connection added. On
    // PostgreSQL: lastval(), the value the last sequence (an id column)
    // handed out in this session; 0 when nothing was inserted yet.
    std::int64_t lastInsertId() const;
    // Rows the last INSERT, UPDATE or DELETE changed.
    int changes() const;
    std::string lastError() const;
    const std::string& path() const { return m_path; }  // the file, or the server URI
    bool readOnly() const { return m_readOnly; }
    Engine engine() const { return m_connection->engine(); }

    Status begin();
    Status commit();
    void rollback();
    bool autocommit() const;  // false while a transaction is open

private:
    Database(std::unique_ptr<EngineConnection> connection, std::string path, bool readOnly);

    std::unique_ptr<EngineConnection> m_connection;
    std::string m_path;
    bool m_readOnly = false;
    friend class Transaction;
    friend class ReadTransaction;
    int m_transactionDepth = 0;  // open Transactions, outermost included
};

// Begins a transaction and rolls it back on destruction unless commit()
// succeeded, so an early return or a failure leaves the store unchanged.
// Opened inside another transaction it is a savepoint of that one: its
// commit keeps its changes for the outer transaction to commit or undo.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& started() const { return m_started; }
    Status commit();

private:
    Database& m_db;
    bool m_nested = false;
    Status m_started;
    bool m_done = false;
};

// One consistent view for a reader that makes many queries (an export, a
// report): a deferred transaction holds one read snapshot of the WAL
// without taking the write lock, so other connections keep writing (on
// PostgreSQL, a REPEATABLE READ READ ONLY transaction). Inside
// an open transaction it does nothing; a Transaction opened inside it is a
// savepoint. Ends (committing nothing) on destruction.
class ReadTransaction {
public:
    explicit ReadTransaction(Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Database& m_db;
    bool m_began = false;
};

}  // namespace claimdesk::store
