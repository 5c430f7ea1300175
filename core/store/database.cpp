#include "core/store/database.h"

#include <utility>

#include "core/store/postgres/postgresengine.h"
#include "core/store/sqlite/sqliteengine.h"

namespace claimdesk::store {

Statement::Statement(std::unique_ptr<EngineStatement> impl) : m_impl(std::move(impl)) {}
Statement::Statement(Statement&& other) noexcept = default;
Statement& Statement::operator=(Statement&& other) noexcept = default;
Statement::~Statement() = default;

Statement& Statement::bind(int index, std::int64_t value) {
    m_impl->bindInt64(index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    m_impl->bindDouble(index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    m_impl->bindText(index, text);
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    m_impl->bindBlob(index, bytes);
    return *this;
}

Statement& Statement::bindNull(int index) {
    m_impl->bindNull(index);
    return *this;
}

bool Statement::step() { return m_impl->step(); }

Status Statement::run() {
    while (step()) {
    }
    Status s = status();
    reset();
    return s;
}

void Statement::reset() { m_impl->reset(); }

Status Statement::status() const {
    if (m_impl->error().empty())
        return {};
    return makeError(m_impl->error());
}

int Statement::columnCount() const { return m_impl->columnCount(); }
bool Statement::isNull(int column) const { return m_impl->isNull(column); }
std::int64_t Statement::int64(int column) const { return m_impl->int64(column); }
double Statement::real(int column) const { return m_impl->real(column); }
std::string Statement::text(int column) const { return m_impl->text(column); }

std::optional<std::string> Statement::optionalText(int column) const {
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const {
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<double> Statement::optionalReal(int column) const {
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

bool Database::isServerUri(std::string_view path) {
    return path.starts_with("postgresql://") || path.starts_with("postgres://");
}

Result<Database> Database::open(const std::string& path, Access access) {
    const bool readOnly = access == Access::ReadOnly;
    if (isServerUri(path)) {
        auto connection = postgres::open(path, readOnly);
        if (!connection)
            return makeError(postgres::describe(path) + ": cannot open store: " + connection.error());
        return Database(*std::move(connection), path, readOnly);
    }
    auto connection = sqlite::open(path, readOnly);
    if (!connection)
        return makeError(path + ": cannot open store: " + connection.error());
    return Database(*std::move(connection), path, readOnly);
}

Database::Database(std::unique_ptr<EngineConnection> connection, std::string path, bool readOnly)
    : m_connection(std::move(connection)), m_path(std::move(path)), m_readOnly(readOnly) {}

Database::Database(Database&& other) noexcept
    : m_connection(std::move(other.m_connection)), m_path(std::move(other.m_path)), m_readOnly(other.m_readOnly),
      m_transactionDepth(std::exchange(other.m_transactionDepth, 0)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        m_connection = std::move(other.m_connection);
        m_path = std::move(other.m_path);
        m_readOnly = other.m_readOnly;
        m_transactionDepth = std::exchange(other.m_transactionDepth, 0);
    }
    return *this;
}

Database::~Database() = default;

// Compiles a statement, or reuses an idle one compiled from the same text.
Result<Statement> Database::prepare(std::string_view sql) {
    auto impl = m_connection->prepare(sql);
    if (!impl)
        return makeError(impl.error());
    return Statement(*std::move(impl));
}

Status Database::exec(std::string_view sql) { return m_connection->exec(sql); }
std::int64_t Database::lastInsertId() const { return m_connection->lastInsertId(); }
int Database::changes() const { return m_connection->changes(); }
std::string Database::lastError() const { return m_connection->lastError(); }

Status Database::begin() { return m_connection->begin(); }
Status Database::commit() { return m_connection->commit(); }
bool Database::autocommit() const { return m_connection->autocommit(); }
void Database::rollback() { m_connection->rollback(); }

// Inside an open transaction a Transaction is a savepoint, so that calls
// which each write in one transaction can be composed into a larger one
// (an import) that still commits or rolls back as a whole. Nesting is
// counted rather than read from the engine's autocommit flag: after an
// error that makes SQLite roll the whole transaction back itself (a full
// disk, an interrupt), an inner Transaction must fail instead of
// beginning, and committing, one of its own.
Transaction::Transaction(Database& db) : m_db(db), m_nested(db.m_transactionDepth > 0) {
    if (m_nested && db.autocommit()) {
        m_started = makeError("the enclosing transaction was rolled back");
        return;
    }
    m_started = m_nested ? db.exec("SAVEPOINT nested") : db.begin();
    if (m_started.ok())
        ++db.m_transactionDepth;
}

Transaction::~Transaction() {
    if (m_done || !m_started.ok())
        return;
    if (!m_db.autocommit()) {
        if (m_nested) {
            m_db.exec("ROLLBACK TO nested");
            m_db.exec("RELEASE nested");
        } else {
            m_db.rollback();
        }
    }
    --m_db.m_transactionDepth;
}

Status Transaction::commit() {
    if (!m_started.ok())
        return m_started;
    if (m_db.autocommit())
        return makeError("the transaction was rolled back");
    Status s = m_nested ? m_db.exec("RELEASE nested") : m_db.commit();
    if (s.ok()) {
        m_done = true;
        --m_db.m_transactionDepth;
    }
    return s;
}

ReadTransaction::ReadTransaction(Database& db) : m_db(db) {
    if (db.m_transactionDepth > 0 || !db.autocommit())
        return;
    m_began = db.m_connection->beginRead().ok();
    if (m_began)
        ++db.m_transactionDepth;
}

ReadTransaction::~ReadTransaction() {
    if (!m_began)
        return;
    if (!m_db.autocommit())
        m_db.exec("COMMIT");
    --m_db.m_transactionDepth;
}

}  // namespace claimdesk::store
