#pragma once

// Store tests run on both engines: a fresh, empty project on SQLite (a
// file in a temporary folder) or on PostgreSQL (a new database on the
// tests' throwaway server, tests/support/postgresserver.h).
//
//   class MyStoreTest : public claimdesk::testing::EngineTest {};
//   TEST_P(MyStoreTest, Something) { auto db = project().openMigrated(); ... }
//   INSTANTIATE_TEST_SUITE_P(BothEngines, MyStoreTest, claimdesk::testing::bothEngines(),
//                            claimdesk::testing::engineName);
//
// A binary with such tests shares one server among them: register it with
// add_test as one CTest test, not test by test (tests/core/store/postgres).

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/domain/result.h"
#include "core/store/database.h"

namespace claimdesk::testing {

class TempDir;

class FreshProject {
public:
    // Fails (with the server's reason) when PostgreSQL is asked for and the
    // test server is not running.
    static Result<FreshProject> make(store::Engine engine);

    store::Engine engine() const { return m_engine; }
    // What store::Database::open takes: the file's path or the server URI.
    const std::string& location() const { return m_location; }

    // A connection, as many as a test needs (one per analyst); on SQLite
    // with foreign keys enforced, as ProjectStore opens a project.
    Result<store::Database> open() const;
    // A connection to the project migrated to the current schema.
    Result<store::Database> openMigrated() const;

private:
    FreshProject(store::Engine engine, std::string location, std::shared_ptr<TempDir> folder);

    store::Engine m_engine;
    std::string m_location;
    std::shared_ptr<TempDir> m_folder;  // the SQLite file's, removed with the last copy
};

// A test run once per engine, with a fresh project each time.
class EngineTest : public ::testing::TestWithParam<store::Engine> {
protected:
    void SetUp() override;
    const FreshProject& project() const { return *m_project; }

private:
    std::unique_ptr<FreshProject> m_project;
};

::testing::internal::ParamGenerator<store::Engine> bothEngines();
std::string engineName(const ::testing::TestParamInfo<store::Engine>& info);

// The schema version recorded in the project (PRAGMA user_version, or
// PostgreSQL's schema_version table).
Result<int> recordedSchemaVersion(store::Database& db);

}  // namespace claimdesk::testing
