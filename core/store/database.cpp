#include "core/store/database.h"

#include <sqlite3.h>

#include <unordered_map>
#include <utility>

namespace claimdesk::store {
namespace {

// What a write to a project opened read-only says, instead of SQLite's
// "attempt to write a readonly database".
constexpr const char* kReadOnly = "the project is open read-only (its file or folder cannot be written)";

std::string errorOf(sqlite3* db) {
    if ((sqlite3_extended_errcode(db) & 0xFF) == SQLITE_READONLY)
        return kReadOnly;
    return sqlite3_errmsg(db);
}

}  // namespace

// Idle compiled statements of one connection, by SQL text. Shared with the
// statements themselves, so that one outliving its Database finalizes
// itself instead of returning to a closed connection's cache.
class StatementCache {
public:
    // Queries built per call (filters, sort orders) vary; bound the cache
    // so they cannot grow it without limit.
    static constexpr std::size_t kCapacity = 128;

    sqlite3_stmt* take(const std::string& sql) {
        auto it = m_idle.find(sql);
        if (it == m_idle.end())
            return nullptr;
        sqlite3_stmt* stmt = it->second;
        m_idle.erase(it);
        return stmt;
    }

    void give(std::string sql, sqlite3_stmt* stmt) {
        if (m_closed || m_idle.size() >= kCapacity || !m_idle.try_emplace(std::move(sql), stmt).second)
            sqlite3_finalize(stmt);
    }

    void close() {
        m_closed = true;
        for (auto& [sql, stmt] : m_idle)
            sqlite3_finalize(stmt);
        m_idle.clear();
    }

private:
    std::unordered_map<std::string, sqlite3_stmt*> m_idle;
    bool m_closed = false;
};

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt, std::string sql, std::shared_ptr<StatementCache> cache)
    : m_db(db), m_stmt(stmt), m_sql(std::move(sql)), m_cache(std::move(cache)) {}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_error(std::move(other.m_error)), m_sql(std::move(other.m_sql)), m_cache(std::move(other.m_cache)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        release();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_error = std::move(other.m_error);
        m_sql = std::move(other.m_sql);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Statement::~Statement() { release(); }

void Statement::release() {
    if (!m_stmt)
        return;
    if (m_cache) {
        reset();
        m_cache->give(std::move(m_sql), m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
    m_cache.reset();
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE && m_error.empty())
        m_error = errorOf(m_db);
    return false;
}

Status Statement::run() {
    while (step()) {
    }
    Status s = status();
    reset();
    return s;
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

Status Statement::status() const {
    if (m_error.empty())
        return {};
    return makeError(m_error);
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string Statement::text(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string(data, static_cast<std::size_t>(size)) : std::string();
}

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

namespace {

// "file:" URI of a path, with the characters URIs give meaning escaped.
std::string fileUri(const std::string& path, const char* query) {
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            static constexpr char kHex[] = "0123456789ABCDEF";
            uri += '%';
            uri += kHex[static_cast<unsigned char>(c) >> 4];
            uri += kHex[static_cast<unsigned char>(c) & 0xF];
        } else {
            uri += c;
        }
    }
    return uri + "?" + query;
}

// SQLite gives every page cache a first block of 20 pages (about 86 KB).
// Each CHECK (x IN ('a', 'b', 'c')) of the schema is evaluated through a
// temporary index with a cache of its own, so every claim stored used to
// allocate and free four such blocks; freeing them at the top of the heap
// returned the memory to the system each time (brk, page faults), which
// was more than half of an ingest's time. Caches that grow page by page
// cost nothing measurable otherwise. Must run before SQLite initialises:
// the first connection does that.
void configureLibraryOnce() {
    static const bool configured = [] {
        return sqlite3_config(SQLITE_CONFIG_PAGECACHE, static_cast<void*>(nullptr), 0, 0) == SQLITE_OK;
    }();
    (void)configured;  // SQLITE_MISUSE if something initialised it first: only slower
}

Result<sqlite3*> openConnection(const std::string& name, int flags) {
    configureLibraryOnce();
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(name.c_str(), &db, flags | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close(db);
        return makeError(message);
    }
    return db;
}

// Whether a read-only connection can read: a WAL file needs its -shm,
// which a folder that cannot be written does not let SQLite make.
bool canRead(sqlite3* db) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM sqlite_master", -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    const bool ok = sqlite3_step(stmt) == SQLITE_ROW;
    sqlite3_finalize(stmt);
    return ok;
}

}  // namespace

Result<Database> Database::open(const std::string& path, Access access) {
    Result<sqlite3*> db = makeError("");
    if (access == Access::ReadWrite) {
        db = openConnection(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    } else {
        db = openConnection(fileUri(path, "mode=ro"), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
        if (db && !canRead(*db)) {
            sqlite3_close(*db);
            db = openConnection(fileUri(path, "immutable=1"), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
        }
    }
    if (!db)
        return makeError(path + ": cannot open store: " + db.error());
    // A batch of ingest holds the write lock while it stores and links its
    // documents (seconds on a busy machine): an analyst's edit waits for it.
    sqlite3_busy_timeout(*db, 30000);
    sqlite3_extended_result_codes(*db, 1);
    return Database(*db, path, access == Access::ReadOnly);
}

Database::Database(sqlite3* db, std::string path, bool readOnly)
    : m_db(db), m_path(std::move(path)), m_readOnly(readOnly), m_cache(std::make_shared<StatementCache>()) {}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)), m_readOnly(other.m_readOnly),
      m_cache(std::move(other.m_cache)), m_transactionDepth(std::exchange(other.m_transactionDepth, 0)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_readOnly = other.m_readOnly;
        m_cache = std::move(other.m_cache);
        m_transactionDepth = std::exchange(other.m_transactionDepth, 0);
    }
    return *this;
}

Database::~Database() { close(); }

void Database::close() {
    if (m_cache)
        m_cache->close();
    // _v2: statements still alive keep the connection until they finalize.
    sqlite3_close_v2(m_db);
}

Result<Statement> Database::prepare(std::string_view sql) {
    std::string text(sql);
    sqlite3_stmt* stmt = m_cache->take(text);
    if (!stmt) {
        const int rc = sqlite3_prepare_v2(m_db, text.c_str(), static_cast<int>(text.size() + 1), &stmt, nullptr);
        if (rc != SQLITE_OK)
            return makeError(std::string(sqlite3_errmsg(m_db)) + " in: " + text.substr(0, 80));
    }
    return Statement(m_db, stmt, std::move(text), m_cache);
}

Status Database::exec(std::string_view sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string text = (rc & 0xFF) == SQLITE_READONLY ? kReadOnly : message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        return makeError(text);
    }
    return {};
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
std::string Database::lastError() const { return sqlite3_errmsg(m_db); }

Status Database::begin() { return exec("BEGIN IMMEDIATE"); }
Status Database::commit() { return exec("COMMIT"); }
bool Database::autocommit() const { return sqlite3_get_autocommit(m_db) != 0; }

void Database::rollback() {
    if (!sqlite3_get_autocommit(m_db))
        exec("ROLLBACK");
}

// Inside an open transaction a Transaction is a savepoint, so that calls
// which each write in one transaction can be composed into a larger one
// (an import) that still commits or rolls back as a whole. Nesting is
// counted rather than read from SQLite's autocommit flag: after an error
// that makes SQLite roll the whole transaction back itself (a full disk,
// an interrupt), an inner Transaction must fail instead of beginning, and
// committing, one of its own.
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
    m_began = db.exec("BEGIN DEFERRED").ok();
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
