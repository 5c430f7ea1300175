#pragma once

// What one database engine offers the store's SQL layer (database.h): a
// connection that compiles statements, runs scripts and transactions, and
// statements that bind values and read rows. store::Database and
// store::Statement are the facade the store uses; an engine only serves
// them (sqlite/sqliteengine.h, postgres/postgresengine.h). Internal to
// core/store.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/domain/result.h"

namespace claimdesk::store {

enum class Engine {
    Sqlite,    // a project file
    Postgres,  // a team project on a PostgreSQL server
};

// One compiled statement. Parameters are 1-based, columns 0-based. step()
// keeps the first error for error(); reset() clears bindings and rows.
class EngineStatement {
public:
    virtual ~EngineStatement() = default;

    virtual void bindInt64(int index, std::int64_t value) = 0;
    virtual void bindDouble(int index, double value) = 0;
    virtual void bindText(int index, std::string_view text) = 0;
    virtual void bindBlob(int index, std::string_view bytes) = 0;
    virtual void bindNull(int index) = 0;

    virtual bool step() = 0;
    virtual void reset() = 0;
    virtual const std::string& error() const = 0;

    virtual int columnCount() const = 0;
    virtual bool isNull(int column) const = 0;
    virtual std::int64_t int64(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual std::string text(int column) const = 0;
};

// One open connection. Closed when destroyed; statements that outlive it
// fail (or finalize) instead of touching a closed connection.
class EngineConnection {
public:
    virtual ~EngineConnection() = default;

    virtual Engine engine() const = 0;
    virtual Result<std::unique_ptr<EngineStatement>> prepare(std::string_view sql) = 0;
    virtual Status exec(std::string_view sql) = 0;
    virtual std::int64_t lastInsertId() const = 0;
    virtual int changes() const = 0;
    virtual std::string lastError() const = 0;

    virtual Status begin() = 0;      // a transaction that will write
    virtual Status beginRead() = 0;  // one consistent read snapshot, writing nothing
    virtual Status commit() = 0;
    virtual void rollback() = 0;
    virtual bool autocommit() const = 0;  // false while a transaction is open (or failed and not yet ended)
};

}  // namespace claimdesk::store
