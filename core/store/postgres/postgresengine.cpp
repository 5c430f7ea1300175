#include "core/store/postgres/postgresengine.h"

#include <libpq-fe.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <regex>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/store/postgres/placeholders.h"

namespace claimdesk::store::postgres {
namespace {

// Type oids of pg_type (catalog/pg_type_d.h is a server header).
constexpr Oid kUnknownOid = 0;
constexpr Oid kBoolOid = 16;
constexpr Oid kByteaOid = 17;
constexpr Oid kInt8Oid = 20;
constexpr Oid kTextOid = 25;
constexpr Oid kUnknownPseudoOid = 705;  // "unknown", a literal's type before context gives it one
constexpr Oid kFloat8Oid = 701;

// SQLSTATE 42P18 (indeterminate datatype) and 42P08 (ambiguous
// parameter): a parameter whose type the statement does not show, or
// shows only after a use that does not ("?1 IS NULL OR k = ?1"). Such a
// statement is typed by its bound values.
bool isUntypedParameter(const std::string& sqlState) { return sqlState == "42P18" || sqlState == "42P08"; }

struct ResultDeleter {
    void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

// The server's own words for a failed result, on one line; a write on a
// read-only connection says so as it does for a read-only project file.
std::string errorOf(const PGresult* result, PGconn* conn) {
    if (const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        state && std::strcmp(state, "25006") == 0)
        return "the project is open read-only (this connection may not write)";
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    std::string message = primary ? primary : conn ? PQerrorMessage(conn) : "the connection is closed";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    if (message.empty())
        message = "the server did not answer";
    return message;
}

bool succeeded(const PGresult* result) {
    const ExecStatusType status = PQresultStatus(result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

std::string sqlStateOf(const PGresult* result) {
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    return state ? state : "";
}

// `sql` with each "$N IS [NOT] NULL" made "NULL IS NULL" where $N is used
// elsewhere too (that use types it), and "$N::text IS NULL" where it is
// not (it must still appear, typed).
std::string withoutNullTests(const std::string& sql, int parameterCount) {
    static const std::regex nullTest(R"(\$([0-9]+)(\s+IS\s+(NOT\s+)?NULL))", std::regex::icase);
    static const std::regex parameter(R"(\$([0-9]+))");
    std::vector<int> uses(static_cast<std::size_t>(parameterCount) + 1);
    std::vector<int> tests(uses.size());
    for (auto it = std::sregex_iterator(sql.begin(), sql.end(), parameter); it != std::sregex_iterator(); ++it) {
        if (const auto n = static_cast<std::size_t>(std::stoi((*it)[1])); n < uses.size())
            ++uses[n];
    }
    for (auto it = std::sregex_iterator(sql.begin(), sql.end(), nullTest); it != std::sregex_iterator(); ++it) {
        if (const auto n = static_cast<std::size_t>(std::stoi((*it)[1])); n < tests.size())
            ++tests[n];
    }
    std::string probe;
    auto last = sql.cbegin();
    for (auto it = std::sregex_iterator(sql.begin(), sql.end(), nullTest); it != std::sregex_iterator(); ++it) {
        const auto n = static_cast<std::size_t>(std::stoi((*it)[1]));
        probe.append(last, (*it)[0].first);
        if (n < uses.size() && uses[n] > tests[n])
            probe += "NULL IS NULL";
        else
            probe += "$" + (*it)[1].str() + "::text" + (*it)[2].str();
        last = (*it)[0].second;
    }
    probe.append(last, sql.cend());
    return probe;
}

// One compiled statement on the server.
struct Prepared {
    std::string name;
    bool typedByValues = false;  // prepared again per set of bound types
};

// What a connection and its statements share. A statement that outlives
// the connection finds conn null and fails instead of touching it.
struct Session {
    // Queries built per call (filters, sort orders) vary; past this many
    // texts a statement runs unprepared (PQexecParams).
    static constexpr std::size_t kCapacity = 256;

    PGconn* conn = nullptr;
    std::unordered_map<std::string, Prepared> prepared;  // by $N text, or text + bound types
    int named = 0;
    int changes = 0;
    bool inserted = false;  // an INSERT succeeded: lastval() has a value to give
    std::string lastError;

    // Prepares `sql` under a new name; the cache entry, or the error.
    Result<const Prepared*> prepare(const std::string& key, const std::string& sql, int parameterCount,
                                    const Oid* types) {
        if (auto it = prepared.find(key); it != prepared.end())
            return &it->second;
        if (prepared.size() >= kCapacity)
            return static_cast<const Prepared*>(nullptr);
        std::string name = "cd" + std::to_string(++named);
        ResultPtr result = guarded([&] { return PQprepare(conn, name.c_str(), sql.c_str(), parameterCount, types); });
        if (succeeded(result.get()))
            return &prepared.emplace(key, Prepared{std::move(name), false}).first->second;
        if (!types && isUntypedParameter(sqlStateOf(result.get()))) {
            if (std::vector<Oid> inferred = inferTypes(sql, parameterCount); !inferred.empty()) {
                ResultPtr typed = guarded(
                    [&] { return PQprepare(conn, name.c_str(), sql.c_str(), parameterCount, inferred.data()); });
                if (succeeded(typed.get()))
                    return &prepared.emplace(key, Prepared{std::move(name), false}).first->second;
            }
            return &prepared.emplace(key, Prepared{std::string(), true}).first->second;
        }
        lastError = errorOf(result.get(), conn);
        return makeError(lastError);
    }

    // The types of a statement's parameters as the server reads them once
    // "?N IS [NOT] NULL" tests are set aside: such a test gives no type,
    // and when it comes first the server calls the parameter ambiguous
    // even where a later use ("OR k = ?N") says what it is. A parameter
    // only tested for NULL is text. Empty when the server still cannot
    // tell.
    std::vector<Oid> inferTypes(const std::string& sql, int parameterCount) {
        const std::string probe = withoutNullTests(sql, parameterCount);
        // Named: the savepoint's RELEASE (a simple query) would drop an
        // unnamed statement before it could be described.
        constexpr const char* kProbe = "claimdesk_probe";
        ResultPtr prepared = guarded([&] { return PQprepare(conn, kProbe, probe.c_str(), parameterCount, nullptr); });
        if (!succeeded(prepared.get()))
            return {};
        ResultPtr described(PQdescribePrepared(conn, kProbe));
        ResultPtr(PQexec(conn, "DEALLOCATE claimdesk_probe"));
        if (!succeeded(described.get()) || PQnparams(described.get()) != parameterCount)
            return {};
        std::vector<Oid> types(static_cast<std::size_t>(parameterCount));
        for (int i = 0; i < parameterCount; ++i) {
            const Oid type = PQparamtype(described.get(), i);
            types[static_cast<std::size_t>(i)] = type == kUnknownOid || type == kUnknownPseudoOid ? kTextOid : type;
        }
        return types;
    }

    // A failed statement makes the server give up the whole transaction
    // it ran in; preparing one (which may fail only to learn that its
    // parameters need types) must not, so inside a transaction it runs in
    // a savepoint of its own. Prepared statements outlive a rollback.
    template <typename Call>
    ResultPtr guarded(Call call) {
        if (PQtransactionStatus(conn) != PQTRANS_INTRANS)
            return ResultPtr(call());
        ResultPtr(PQexec(conn, "SAVEPOINT claimdesk_prepare"));
        ResultPtr result(call());
        if (!succeeded(result.get()))
            ResultPtr(PQexec(conn, "ROLLBACK TO SAVEPOINT claimdesk_prepare"));
        ResultPtr(PQexec(conn, "RELEASE SAVEPOINT claimdesk_prepare"));
        return result;
    }

    // Rows counted by the command tag of an INSERT, UPDATE or DELETE.
    void noteCommand(const PGresult* result) {
        const char* tuples = PQcmdTuples(const_cast<PGresult*>(result));
        if (!tuples || !*tuples)
            return;
        const char* command = PQcmdStatus(const_cast<PGresult*>(result));
        if (std::strncmp(command, "SELECT", 6) == 0)
            return;
        changes = std::atoi(tuples);
        if (std::strncmp(command, "INSERT", 6) == 0)
            inserted = true;
    }
};

std::string formatDouble(double value) {
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "Infinity" : "-Infinity";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 0;
}

// bytea in text format: "\x" then two hex digits a byte (bytea_output hex,
// set for the session when it opens).
std::string decodeBytea(const char* text, int length) {
    if (length < 2 || text[0] != '\\' || text[1] != 'x')
        return std::string(text, static_cast<std::size_t>(length));
    std::string bytes;
    bytes.reserve(static_cast<std::size_t>(length - 2) / 2);
    for (int i = 2; i + 1 < length; i += 2)
        bytes += static_cast<char>(hexValue(text[i]) << 4 | hexValue(text[i + 1]));
    return bytes;
}

class PostgresStatement final : public EngineStatement {
public:
    PostgresStatement(std::shared_ptr<Session> session, PostgresSql sql, const Prepared* prepared)
        : m_session(std::move(session)), m_sql(std::move(sql)), m_prepared(prepared) {
        const auto n = static_cast<std::size_t>(m_sql.parameterCount);
        m_values.resize(n);
        m_null.assign(n, true);
        m_types.assign(n, kUnknownOid);
        m_formats.assign(n, 0);
    }

    void bindInt64(int index, std::int64_t value) override { set(index, std::to_string(value), kInt8Oid, 0); }
    void bindDouble(int index, double value) override { set(index, formatDouble(value), kFloat8Oid, 0); }
    // Text is sent as of unknown type: the server reads it as the type the
    // statement gives the parameter, as it reads a quoted literal.
    void bindText(int index, std::string_view text) override { set(index, std::string(text), kUnknownOid, 0); }
    void bindBlob(int index, std::string_view bytes) override { set(index, std::string(bytes), kByteaOid, 1); }
    void bindNull(int index) override {
        if (!inRange(index))
            return;
        const auto i = static_cast<std::size_t>(index - 1);
        m_null[i] = true;
        m_types[i] = kUnknownOid;
        m_formats[i] = 0;
    }

    bool step() override {
        if (!m_result) {
            if (!execute())
                return false;
            m_row = -1;
        }
        if (++m_row < PQntuples(m_result.get()))
            return true;
        m_result.reset();  // stepping again runs it again, as SQLite does
        return false;
    }

    void reset() override {
        m_result.reset();
        m_row = -1;
        m_null.assign(m_null.size(), true);
        m_types.assign(m_types.size(), kUnknownOid);
        m_formats.assign(m_formats.size(), 0);
    }

    const std::string& error() const override { return m_error; }

    int columnCount() const override { return m_result ? PQnfields(m_result.get()) : 0; }

    bool isNull(int column) const override { return !value(column); }

    std::int64_t int64(int column) const override {
        const char* v = value(column);
        if (!v)
            return 0;
        if (PQftype(m_result.get(), column) == kBoolOid)
            return *v == 't' ? 1 : 0;
        char* end = nullptr;
        errno = 0;
        const long long n = std::strtoll(v, &end, 10);
        if (*end == '.' || *end == 'e' || *end == 'E' || errno == ERANGE)
            return static_cast<std::int64_t>(std::strtod(v, nullptr));
        return n;
    }

    double real(int column) const override {
        const char* v = value(column);
        return v ? std::strtod(v, nullptr) : 0.0;
    }

    std::string text(int column) const override {
        const char* v = value(column);
        if (!v)
            return {};
        const int length = PQgetlength(m_result.get(), m_row, column);
        const Oid type = PQftype(m_result.get(), column);
        if (type == kByteaOid)
            return decodeBytea(v, length);
        if (type == kBoolOid)
            return *v == 't' ? "1" : "0";
        return std::string(v, static_cast<std::size_t>(length));
    }

private:
    bool inRange(int index) const { return index >= 1 && index <= m_sql.parameterCount; }

    void set(int index, std::string value, Oid type, int format) {
        if (!inRange(index))
            return;
        const auto i = static_cast<std::size_t>(index - 1);
        m_values[i] = std::move(value);
        m_null[i] = false;
        m_types[i] = type;
        m_formats[i] = format;
    }

    // The current row's value of `column`, or null (also past the rows).
    const char* value(int column) const {
        if (!m_result || m_row < 0 || m_row >= PQntuples(m_result.get()) || column < 0 ||
            column >= PQnfields(m_result.get()) || PQgetisnull(m_result.get(), m_row, column))
            return nullptr;
        return PQgetvalue(m_result.get(), m_row, column);
    }

    bool fail(std::string message) {
        if (m_error.empty())
            m_error = std::move(message);
        m_session->lastError = m_error;
        return false;
    }

    // A statement the server could not type from its text alone is
    // prepared for the types of the values bound to it (text as text).
    Result<const Prepared*> preparedForValues(std::vector<Oid>& types) {
        std::string key = m_sql.text;
        key += '\x1f';
        for (Oid& type : types) {
            if (type == kUnknownOid)
                type = kTextOid;
            key += std::to_string(type) + ',';
        }
        return m_session->prepare(key, m_sql.text, m_sql.parameterCount, types.data());
    }

    bool execute() {
        PGconn* conn = m_session->conn;
        if (!conn)
            return fail("the connection to the server is closed");
        std::vector<const char*> values(m_values.size());
        std::vector<int> lengths(m_values.size());
        for (std::size_t i = 0; i < m_values.size(); ++i) {
            values[i] = m_null[i] ? nullptr : m_values[i].c_str();
            lengths[i] = static_cast<int>(m_values[i].size());
        }
        std::vector<Oid> types = m_types;
        const Prepared* prepared = m_prepared;
        if (prepared && prepared->typedByValues) {
            auto typed = preparedForValues(types);
            if (!typed)
                return fail(typed.error());
            prepared = *typed;
        }
        const int n = m_sql.parameterCount;
        ResultPtr result(prepared ? PQexecPrepared(conn, prepared->name.c_str(), n, values.data(), lengths.data(),
                                                   m_formats.data(), 0)
                                  : PQexecParams(conn, m_sql.text.c_str(), n, types.data(), values.data(),
                                                 lengths.data(), m_formats.data(), 0));
        if (!succeeded(result.get()))
            return fail(errorOf(result.get(), conn));
        m_session->noteCommand(result.get());
        m_result = std::move(result);
        return true;
    }

    std::shared_ptr<Session> m_session;
    PostgresSql m_sql;
    const Prepared* m_prepared;  // null: run unprepared (the cache is full)
    std::vector<std::string> m_values;
    std::vector<char> m_null;
    std::vector<Oid> m_types;
    std::vector<int> m_formats;
    ResultPtr m_result;
    int m_row = -1;
    std::string m_error;
};

class PostgresConnection final : public EngineConnection {
public:
    explicit PostgresConnection(PGconn* conn) : m_session(std::make_shared<Session>()) { m_session->conn = conn; }
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    ~PostgresConnection() override {
        PQfinish(m_session->conn);
        m_session->conn = nullptr;
        m_session->prepared.clear();
    }

    Engine engine() const override { return Engine::Postgres; }

    Result<std::unique_ptr<EngineStatement>> prepare(std::string_view sql) override {
        PostgresSql rewritten = toPostgresPlaceholders(sql);
        auto prepared = m_session->prepare(rewritten.text, rewritten.text, rewritten.parameterCount, nullptr);
        if (!prepared)
            return makeError(prepared.error() + " in: " + std::string(sql.substr(0, 80)));
        return std::unique_ptr<EngineStatement>(
            std::make_unique<PostgresStatement>(m_session, std::move(rewritten), *prepared));
    }

    Status exec(std::string_view sql) override {
        ResultPtr result(PQexec(m_session->conn, std::string(sql).c_str()));
        if (!succeeded(result.get())) {
            m_session->lastError = errorOf(result.get(), m_session->conn);
            return makeError(m_session->lastError);
        }
        m_session->noteCommand(result.get());
        return {};
    }

    std::int64_t lastInsertId() const override {
        if (!m_session->inserted)
            return 0;
        // lastval() fails when no sequence was used yet in this session
        // (an INSERT into a table without an id): guarded, so that it
        // cannot spoil the transaction it is asked in.
        ResultPtr result = m_session->guarded([&] { return PQexec(m_session->conn, "SELECT lastval()"); });
        if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) != 1)
            return 0;
        return std::strtoll(PQgetvalue(result.get(), 0, 0), nullptr, 10);
    }

    int changes() const override { return m_session->changes; }
    std::string lastError() const override { return m_session->lastError; }

    Status begin() override { return exec("BEGIN"); }
    Status beginRead() override { return exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); }

    // After a failed statement the server has already given the
    // transaction up (it would answer COMMIT with ROLLBACK): said so.
    Status commit() override {
        if (PQtransactionStatus(m_session->conn) == PQTRANS_INERROR) {
            const std::string cause = m_session->lastError;
            rollback();
            return makeError("the transaction was rolled back after an error: " + cause);
        }
        ResultPtr result(PQexec(m_session->conn, "COMMIT"));
        if (!succeeded(result.get()))
            return makeError(m_session->lastError = errorOf(result.get(), m_session->conn));
        if (std::strcmp(PQcmdStatus(result.get()), "ROLLBACK") == 0)
            return makeError("the transaction was rolled back");
        return {};
    }

    void rollback() override {
        if (!autocommit())
            exec("ROLLBACK");
    }

    bool autocommit() const override {
        const PGTransactionStatusType status = PQtransactionStatus(m_session->conn);
        return status == PQTRANS_IDLE || status == PQTRANS_UNKNOWN;
    }

private:
    std::shared_ptr<Session> m_session;
};

void ignoreNotice(void*, const char*) {}

// Whether the URI names a password (user:password@ or ?password=).
Result<bool> carriesPassword(const std::string& uri) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(uri.c_str(), &error);
    if (!options) {
        std::string message = error ? error : "not a connection URI";
        PQfreemem(error);
        while (!message.empty() && message.back() == '\n')
            message.pop_back();
        return makeError(message);
    }
    bool password = false;
    for (const PQconninfoOption* o = options; o->keyword; ++o) {
        if (std::strcmp(o->keyword, "password") == 0 && o->val && *o->val)
            password = true;
    }
    PQconninfoFree(options);
    return password;
}

}  // namespace

std::string describe(const std::string& uri) {
    // user:password@ -> user:***@, password=... -> password=***
    static const std::regex userInfo(R"(^(postgres(?:ql)?://[^:/@?]*):[^@/?]*@)");
    static const std::regex parameter(R"(([?&]password=)[^&]*)");
    return std::regex_replace(std::regex_replace(uri, userInfo, "$1:***@"), parameter, "$1***");
}

Result<std::unique_ptr<EngineConnection>> open(const std::string& uri, bool readOnly) {
    auto password = carriesPassword(uri);
    if (!password)
        return makeError(password.error());
    if (*password)
        return makeError("a password in the connection URI is refused: keep it in ~/.pgpass or PGPASSWORD");

    const char* keywords[] = {"dbname", "client_encoding", "application_name", nullptr};
    const char* values[] = {uri.c_str(), "UTF8", "claimdesk", nullptr};
    PGconn* conn = PQconnectdbParams(keywords, values, 1);
    if (PQstatus(conn) != CONNECTION_OK) {
        std::string message = conn ? PQerrorMessage(conn) : "out of memory";
        PQfinish(conn);
        while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
            message.pop_back();
        return makeError(message);
    }
    PQsetNoticeProcessor(conn, ignoreNotice, nullptr);
    auto connection = std::make_unique<PostgresConnection>(conn);
    if (Status s = connection->exec("SET bytea_output = 'hex'"); !s.ok())
        return makeError(s.error());
    if (readOnly) {
        if (Status s = connection->exec("SET default_transaction_read_only = on"); !s.ok())
            return makeError(s.error());
    }
    return std::unique_ptr<EngineConnection>(std::move(connection));
}

}  // namespace claimdesk::store::postgres
