#include "storeengines.h"

#include "core/store/schema.h"
#include "postgresserver.h"
#include "testsupport.h"

namespace claimdesk::testing {

FreshProject::FreshProject(store::Engine engine, std::string location, std::shared_ptr<TempDir> folder)
    : m_engine(engine), m_location(std::move(location)), m_folder(std::move(folder)) {}

Result<FreshProject> FreshProject::make(store::Engine engine) {
    if (engine == store::Engine::Sqlite) {
        auto folder = std::make_shared<TempDir>();
        return FreshProject(engine, folder->file("project.claimdesk").string(), folder);
    }
    PostgresServer& server = PostgresServer::shared();
    if (!server.running())
        return makeError(server.error());
    auto uri = server.createDatabase();
    if (!uri)
        return makeError(uri.error());
    return FreshProject(engine, *uri, nullptr);
}

// SQLite enforces foreign keys only when asked, as ProjectStore does.
Result<store::Database> FreshProject::open() const {
    auto db = store::Database::open(m_location);
    if (db && m_engine == store::Engine::Sqlite) {
        if (Status s = db->exec("PRAGMA foreign_keys = ON"); !s.ok())
            return makeError(s.error());
    }
    return db;
}

Result<store::Database> FreshProject::openMigrated() const {
    auto db = open();
    if (!db)
        return db;
    if (Status s = store::migrate(*db); !s.ok())
        return makeError(s.error());
    return db;
}

void EngineTest::SetUp() {
    auto project = FreshProject::make(GetParam());
    ASSERT_TRUE(project.ok()) << project.error();
    m_project = std::make_unique<FreshProject>(*std::move(project));
}

::testing::internal::ParamGenerator<store::Engine> bothEngines() {
    return ::testing::Values(store::Engine::Sqlite, store::Engine::Postgres);
}

std::string engineName(const ::testing::TestParamInfo<store::Engine>& info) {
    return info.param == store::Engine::Sqlite ? "Sqlite" : "Postgres";
}

Result<int> recordedSchemaVersion(store::Database& db) {
    auto stmt = db.prepare(db.engine() == store::Engine::Sqlite ? "PRAGMA user_version"
                                                                : "SELECT version FROM schema_version");
    if (!stmt)
        return makeError(stmt.error());
    if (!stmt->step())
        return makeError("no schema version: " + stmt->status().error());
    return static_cast<int>(stmt->int64(0));
}

}  // namespace claimdesk::testing
