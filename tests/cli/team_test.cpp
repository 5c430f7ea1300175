#include <gtest/gtest.h>

#include <string>

#include "clirun.h"
#include "core/store/database.h"
#include "core/store/schema.h"
#include "postgresserver.h"

namespace claimdesk {
namespace {

using testing::CliRun;
using testing::PostgresServer;
using testing::runCli;

std::string freshTeamDatabase() {
    PostgresServer& server = PostgresServer::shared();
    EXPECT_TRUE(server.running()) << server.error();
    auto uri = server.createDatabase();
    EXPECT_TRUE(uri.ok()) << uri.error();
    return uri.ok() ? *uri : std::string();
}

// A fresh database becomes a team project whose reader is refused a
// review by the server itself.
TEST(TeamInit, MakesATeamProjectWhoseReaderCannotReview) {
    const std::string uri = freshTeamDatabase();
    ASSERT_FALSE(uri.empty());
    const CliRun run = runCli({"team", "init", "--store", uri});
    ASSERT_EQ(run.status, 0) << run.output;
    EXPECT_NE(run.output.find("claimdesk_reader"), std::string::npos) << run.output;
    EXPECT_EQ(runCli({"team", "init", "--store", uri}).status, 0) << "running it again changes nothing";

    ASSERT_TRUE(PostgresServer::shared().execAsSuperuser("CREATE ROLE cli_reader LOGIN IN ROLE claimdesk_reader").ok());
    std::string asReader = uri;
    asReader.replace(asReader.find("user=claimdesk"), 14, "user=cli_reader");
    auto reader = store::Database::open(asReader);
    ASSERT_TRUE(reader.ok()) << reader.error();
    auto version = reader->prepare("SELECT version FROM schema_version");
    ASSERT_TRUE(version.ok() && version->step()) << version->status().error();
    EXPECT_EQ(version->int64(0), store::kSchemaVersion);
    const Status refused = reader->exec("INSERT INTO review_history (claim_id, status, analyst, at) "
                                        "VALUES (1, 'confirmed', 'r', 'now')");
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().find("permission denied for table review_history"), std::string::npos)
        << refused.error();
}

TEST(TeamInit, PrintsItsSqlForAnAdministrator) {
    const CliRun run = runCli({"team", "init", "--sql"});
    ASSERT_EQ(run.status, 0) << run.output;
    EXPECT_NE(run.output.find("CREATE ROLE claimdesk_analyst NOLOGIN"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("GRANT SELECT ON ALL TABLES IN SCHEMA public TO claimdesk_reader"), std::string::npos);
}

TEST(TeamInit, RefusesAFileAndAPasswordInTheUri) {
    const CliRun file = runCli({"team", "init", "--store", "project.claimdesk"});
    EXPECT_EQ(file.status, 3) << file.output;
    EXPECT_NE(file.output.find("PostgreSQL server"), std::string::npos) << file.output;
    const CliRun password = runCli({"team", "init", "--store", "postgresql://boss:hunter2@localhost/desk"});
    EXPECT_EQ(password.status, 3) << password.output;
    EXPECT_NE(password.output.find("~/.pgpass or PGPASSWORD"), std::string::npos) << password.output;
    EXPECT_EQ(password.output.find("hunter2"), std::string::npos) << password.output;
    EXPECT_EQ(runCli({"team", "init"}).status, 2);
    EXPECT_EQ(runCli({"team", "drop", "--sql"}).status, 2);
}

}  // namespace
}  // namespace claimdesk
