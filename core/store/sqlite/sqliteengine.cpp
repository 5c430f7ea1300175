#include "core/store/sqlite/sqliteengine.h"

#include <sqlite3.h>

#include <unordered_map>
#include <utility>

namespace claimdesk::store::sqlite {
namespace {

// What a write to a project opened read-only says, instead of SQLite's
// "attempt to write a readonly database".
constexpr const char* kReadOnly = "the project is open read-only (its file or folder cannot be written)";

std::string errorOf(sqlite3* db) {
    if ((sqlite3_extended_errcode(db) & 0xFF) == SQLITE_READONLY)
        return kReadOnly;
    return sqlite3_errmsg(db);
}

// Idle compiled statements of one connection, by SQL text. Shared with the
// statements themselves, so that one outliving its connection finalizes
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

class SqliteStatement final : public EngineStatement {
public:
    SqliteStatement(sqlite3* db, sqlite3_stmt* stmt, std::string sql, std::shared_ptr<StatementCache> cache)
        : m_db(db), m_stmt(stmt), m_sql(std::move(sql)), m_cache(std::move(cache)) {}
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Back to the connection's cache, or finalized.
    ~SqliteStatement() override {
        reset();
        m_cache->give(std::move(m_sql), m_stmt);
    }

    void bindInt64(int index, std::int64_t value) override { sqlite3_bind_int64(m_stmt, index, value); }
    void bindDouble(int index, double value) override { sqlite3_bind_double(m_stmt, index, value); }
    void bindText(int index, std::string_view text) override {
        sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    void bindBlob(int index, std::string_view bytes) override {
        sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    }
    void bindNull(int index) override { sqlite3_bind_null(m_stmt, index); }

    bool step() override {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE && m_error.empty())
            m_error = errorOf(m_db);
        return false;
    }

    void reset() override {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    const std::string& error() const override { return m_error; }

    int columnCount() const override { return sqlite3_column_count(m_stmt); }
    bool isNull(int column) const override { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    std::int64_t int64(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const override { return sqlite3_column_double(m_stmt, column); }
    std::string text(int column) const override {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        const int size = sqlite3_column_bytes(m_stmt, column);
        return data ? std::string(data, static_cast<std::size_t>(size)) : std::string();
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt;
    std::string m_error;
    std::string m_sql;
    std::shared_ptr<StatementCache> m_cache;
};

class SqliteConnection final : public EngineConnection {
public:
    explicit SqliteConnection(sqlite3* db) : m_db(db), m_cache(std::make_shared<StatementCache>()) {}
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    ~SqliteConnection() override {
        m_cache->close();
        // _v2: statements still alive keep the connection until they finalize.
        sqlite3_close_v2(m_db);
    }

    Engine engine() const override { return Engine::Sqlite; }

    Result<std::unique_ptr<EngineStatement>> prepare(std::string_view sql) override {
        std::string text(sql);
        sqlite3_stmt* stmt = m_cache->take(text);
        if (!stmt) {
            const int rc =
                sqlite3_prepare_v2(m_db, text.c_str(), static_cast<int>(text.size() + 1), &stmt, nullptr);
            if (rc != SQLITE_OK)
                return makeError(std::string(sqlite3_errmsg(m_db)) + " in: " + text.substr(0, 80));
        }
        return std::unique_ptr<EngineStatement>(
            std::make_unique<SqliteStatement>(m_db, stmt, std::move(text), m_cache));
    }

    Status exec(std::string_view sql) override {
        char* message = nullptr;
        const int rc = sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message);
        if (rc != SQLITE_OK) {
            std::string text = (rc & 0xFF) == SQLITE_READONLY ? kReadOnly : message ? message : sqlite3_errstr(rc);
            sqlite3_free(message);
            return makeError(text);
        }
        return {};
    }

    std::int64_t lastInsertId() const override { return sqlite3_last_insert_rowid(m_db); }
    int changes() const override { return sqlite3_changes(m_db); }
    std::string lastError() const override { return sqlite3_errmsg(m_db); }

    // IMMEDIATE: the write lock is taken at once, so a writer never fails
    // half-way for another connection's write (it waits, busy_timeout).
    Status begin() override { return exec("BEGIN IMMEDIATE"); }
    Status beginRead() override { return exec("BEGIN DEFERRED"); }
    Status commit() override { return exec("COMMIT"); }
    void rollback() override {
        if (!autocommit())
            exec("ROLLBACK");
    }
    bool autocommit() const override { return sqlite3_get_autocommit(m_db) != 0; }

private:
    sqlite3* m_db;
    std::shared_ptr<StatementCache> m_cache;
};

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

Result<std::unique_ptr<EngineConnection>> open(const std::string& path, bool readOnly) {
    Result<sqlite3*> db = makeError("");
    if (!readOnly) {
        db = openConnection(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    } else {
        db = openConnection(fileUri(path, "mode=ro"), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
        if (db && !canRead(*db)) {
            sqlite3_close(*db);
            db = openConnection(fileUri(path, "immutable=1"), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
        }
    }
    if (!db)
        return makeError(db.error());
    // A batch of ingest holds the write lock while it stores and links its
    // documents (seconds on a busy machine): an analyst's edit waits for it.
    sqlite3_busy_timeout(*db, 30000);
    sqlite3_extended_result_codes(*db, 1);
    return std::unique_ptr<EngineConnection>(std::make_unique<SqliteConnection>(*db));
}

}  // namespace claimdesk::store::sqlite
