#include "postgresserver.h"

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <vector>

namespace claimdesk::testing {
namespace fs = std::filesystem;
namespace {

constexpr const char* kSuperuser = "claimdesk";
constexpr const char* kMissing =
    "PostgreSQL server binaries (initdb, pg_ctl) not found (in $CLAIMDESK_PG_BINDIR when set, else in "
    "/usr/lib/postgresql/<version>/bin): run scripts/ensure-deps.sh (installs Debian's postgresql), then the tests "
    "again";

// The server binaries: $CLAIMDESK_PG_BINDIR when set (and then only
// there), or the newest Debian version.
std::string findBinDir() {
    if (const char* dir = std::getenv("CLAIMDESK_PG_BINDIR"); dir && *dir)
        return fs::exists(fs::path(dir) / "initdb") && fs::exists(fs::path(dir) / "pg_ctl") ? dir : "";
    std::error_code ec;
    int best = -1;
    std::string found;
    for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || !std::all_of(name.begin(), name.end(), ::isdigit))
            continue;
        const int version = std::stoi(name);
        if (version > best && fs::exists(entry.path() / "bin" / "initdb") && fs::exists(entry.path() / "bin" / "pg_ctl")) {
            best = version;
            found = (entry.path() / "bin").string();
        }
    }
    return found;
}

// Who runs the server: "nobody" when we are root, ourselves otherwise.
struct ServerUser {
    uid_t uid;
    gid_t gid;
};

ServerUser serverUser() {
    if (geteuid() != 0)
        return {geteuid(), getegid()};
    if (const passwd* pw = getpwnam("nobody"))
        return {pw->pw_uid, pw->pw_gid};
    return {65534, 65534};
}

// Runs a server binary as the server's user, its output appended to
// `log`; true when it exits with 0.
bool run(const std::vector<std::string>& argv, const std::string& folder, const std::string& log) {
    const ServerUser user = serverUser();
    std::vector<char*> args;
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    std::fflush(nullptr);
    const pid_t child = fork();
    if (child < 0)
        return false;
    if (child == 0) {
        if (geteuid() == 0 && (setgroups(0, nullptr) != 0 || setgid(user.gid) != 0 || setuid(user.uid) != 0))
            _exit(126);
        const int out = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (out >= 0) {
            dup2(out, STDOUT_FILENO);
            dup2(out, STDERR_FILENO);
        }
        // The server's user may not enter the folder the tests run in.
        if (chdir(folder.c_str()) != 0)
            _exit(126);
        execv(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    return waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

std::string tail(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "r");
    if (!f)
        return {};
    std::string text;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0)
        text.append(buffer, n);
    std::fclose(f);
    return text.size() > 1500 ? text.substr(text.size() - 1500) : text;
}

// Stops the shared server when the test binary ends.
class ServerEnvironment : public ::testing::Environment {
public:
    void TearDown() override { PostgresServer::shared().stop(); }
};

}  // namespace

PostgresServer& PostgresServer::shared() {
    static PostgresServer* server = [] {
        auto* s = new PostgresServer();
        ::testing::AddGlobalTestEnvironment(new ServerEnvironment);
        s->start();
        return s;
    }();
    return *server;
}

PostgresServer::~PostgresServer() { stop(); }

void PostgresServer::start() {
    m_binDir = findBinDir();
    if (m_binDir.empty()) {
        m_error = kMissing;
        return;
    }
    std::string pattern = (fs::temp_directory_path() / "claimdesk-pg-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
        m_error = "cannot make a folder for the test server in " + fs::temp_directory_path().string();
        return;
    }
    m_folder = pattern;
    const ServerUser user = serverUser();
    if (geteuid() == 0 && chown(m_folder.c_str(), user.uid, user.gid) != 0) {
        m_error = "cannot give " + m_folder + " to the server's user";
        return;
    }
    chmod(m_folder.c_str(), 0700);

    const std::string log = m_folder + "/server.log";
    const std::string data = m_folder + "/data";
    if (!run({m_binDir + "/initdb", "-D", data, "-U", kSuperuser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8",
              "--no-sync", "--no-instructions"},
             m_folder, log)) {
        m_error = "initdb failed in " + m_folder + ":\n" + tail(log);
        return;
    }
    // No TCP (listen_addresses empty), the socket in our folder; durability
    // is of no use to a server that is thrown away.
    const std::string options = "-k " + m_folder + " -c listen_addresses='' -F -c full_page_writes=off "
                                "-c synchronous_commit=off -c max_connections=40";
    if (!run({m_binDir + "/pg_ctl", "-D", data, "-l", log, "-w", "-t", "60", "-o", options, "start"}, m_folder, log)) {
        m_error = "the test server did not start (" + m_folder + "):\n" + tail(log);
        return;
    }
    m_running = true;
}

void PostgresServer::stop() {
    if (m_running) {
        run({m_binDir + "/pg_ctl", "-D", m_folder + "/data", "-m", "immediate", "-w", "stop"}, m_folder,
            m_folder + "/server.log");
        m_running = false;
    }
    if (!m_folder.empty()) {
        std::error_code ec;
        fs::remove_all(m_folder, ec);
        m_folder.clear();
    }
}

std::string PostgresServer::uri(const std::string& database) const {
    return "postgresql:///" + database + "?host=" + m_folder + "&user=" + kSuperuser;
}

Status PostgresServer::execAsSuperuser(const std::string& sql) {
    if (!m_running)
        return makeError(m_error);
    PGconn* conn = PQconnectdb(uri("postgres").c_str());
    Status status;
    if (PQstatus(conn) != CONNECTION_OK) {
        status = makeError(PQerrorMessage(conn));
    } else {
        PGresult* result = PQexec(conn, sql.c_str());
        if (PQresultStatus(result) != PGRES_COMMAND_OK && PQresultStatus(result) != PGRES_TUPLES_OK)
            status = makeError(PQresultErrorMessage(result));
        PQclear(result);
    }
    PQfinish(conn);
    return status;
}

Result<std::string> PostgresServer::createDatabase() {
    const std::string name = "project" + std::to_string(++m_databases);
    if (Status s = execAsSuperuser("CREATE DATABASE " + name); !s.ok())
        return makeError(s.error());
    return uri(name);
}

}  // namespace claimdesk::testing
