#pragma once

// A throwaway PostgreSQL server for the tests: Debian's server binaries
// (the newest /usr/lib/postgresql/<version>/bin, installed by
// scripts/ensure-deps.sh, or the folder $CLAIMDESK_PG_BINDIR names)
// run initdb into a temporary folder and serve on a Unix socket in it,
// with no TCP at all. When the tests run as root (CI does), the server
// runs as "nobody", the folder given to that user: PostgreSQL refuses to
// run as root. Started on first use, once per test binary, and stopped
// when the binary ends (a GoogleTest global environment).
//
// Without the binaries, running() is false and error() says how to get
// them: a test that needs the server fails with that message, never skips.

#include <string>

#include "core/domain/result.h"

namespace claimdesk::testing {

class PostgresServer {
public:
    // The server of this test binary, started on first call.
    static PostgresServer& shared();

    bool running() const { return m_running; }
    const std::string& error() const { return m_error; }

    // A libpq URI of `database` on this server, as its superuser.
    std::string uri(const std::string& database) const;
    // Makes a fresh, empty database and returns its URI.
    Result<std::string> createDatabase();
    // Runs SQL as the superuser in the maintenance database "postgres".
    Status execAsSuperuser(const std::string& sql);

    void stop();

    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

private:
    PostgresServer() = default;
    ~PostgresServer();
    void start();

    std::string m_folder;  // data/, the socket and the server's log
    std::string m_binDir;
    bool m_running = false;
    std::string m_error;
    int m_databases = 0;
};

}  // namespace claimdesk::testing
