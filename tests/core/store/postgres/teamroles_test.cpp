#include <gtest/gtest.h>

#include <string>

#include "core/store/database.h"
#include "core/store/postgres/teamroles.h"
#include "postgresserver.h"
#include "storeengines.h"

namespace claimdesk::store {
namespace {

using testing::FreshProject;
using testing::PostgresServer;

// A project with the team roles, one document and one claim, and a login
// for each role.
class TeamRoles : public ::testing::Test {
protected:
    void SetUp() override {
        auto project = FreshProject::make(Engine::Postgres);
        ASSERT_TRUE(project.ok()) << project.error();
        m_project.emplace(*std::move(project));
        auto owner = m_project->openMigrated();
        ASSERT_TRUE(owner.ok()) << owner.error();
        ASSERT_TRUE(postgres::initTeamRoles(*owner).ok());
        ASSERT_TRUE(owner->exec("INSERT INTO documents (sha256, file_name, file_path, media_type, original, text, "
                                "body_start, body_end, ingested_at) VALUES ('s', 'a.txt', 'a', 'text/plain', "
                                "'\\x00', 'x', 0, 0, 'now'); "
                                "INSERT INTO claims (document_id, kind, content_start, content_end, content) "
                                "SELECT id, 'direct', 0, 1, 'x' FROM documents")
                        .ok());
        // Roles belong to the whole server: each test names its own logins.
        const std::string suffix = std::to_string(++s_logins);
        for (const char* role : {"reader", "analyst", "editor"}) {
            const std::string login = std::string(role) + suffix;
            const Status made = PostgresServer::shared().execAsSuperuser("CREATE ROLE " + login + " LOGIN IN ROLE claimdesk_" + role);
            ASSERT_TRUE(made.ok()) << made.error();
        }
        m_suffix = suffix;
    }

    Database as(const std::string& role) {
        std::string uri = m_project->location();
        const std::string owner = "user=claimdesk";
        uri.replace(uri.find(owner), owner.size(), "user=" + role + m_suffix);
        auto db = Database::open(uri);
        EXPECT_TRUE(db.ok()) << db.error();
        return *std::move(db);
    }

    static Status review(Database& db) {
        return db.exec("INSERT INTO review_history (claim_id, status, analyst, at) "
                       "SELECT id, 'confirmed', current_user, 'now' FROM claims");
    }

    std::optional<FreshProject> m_project;
    std::string m_suffix;
    static inline int s_logins = 0;
};

TEST_F(TeamRoles, AReaderReadsButCannotReviewAndHearsTheServersReason) {
    Database reader = as("reader");
    auto count = reader.prepare("SELECT COUNT(*) FROM claims");
    ASSERT_TRUE(count.ok()) << count.error();
    ASSERT_TRUE(count->step()) << count->status().error();
    EXPECT_EQ(count->int64(0), 1);
    const Status refused = review(reader);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().find("permission denied for table review_history"), std::string::npos)
        << refused.error();
    auto insert = reader.prepare("INSERT INTO annotations (document_id, start, \"end\", exact, kind, author, "
                                 "created_at, modified_at) SELECT id, 0, 1, 'x', 'note', 'r', 'now', 'now' "
                                 "FROM documents");
    ASSERT_TRUE(insert.ok()) << insert.error();
    EXPECT_NE(insert->run().error().find("permission denied"), std::string::npos);
}

TEST_F(TeamRoles, AnAnalystReviewsButCannotDeleteADocument) {
    Database analyst = as("analyst");
    const Status reviewed = review(analyst);
    ASSERT_TRUE(reviewed.ok()) << reviewed.error();
    EXPECT_GT(analyst.lastInsertId(), 0);
    EXPECT_TRUE(analyst.exec("UPDATE claims SET status = 'confirmed'").ok());
    const Status refused = analyst.exec("DELETE FROM documents");
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().find("permission denied for table documents"), std::string::npos) << refused.error();
}

TEST_F(TeamRoles, AnEditorMayDoEverythingAndRunningInitAgainChangesNothing) {
    auto owner = m_project->open();
    ASSERT_TRUE(owner.ok());
    EXPECT_TRUE(postgres::initTeamRoles(*owner).ok());
    Database editor = as("editor");
    EXPECT_TRUE(review(editor).ok());
    EXPECT_TRUE(editor.exec("INSERT INTO outlets (name) VALUES ('Wire')").ok());
    EXPECT_TRUE(editor.exec("DELETE FROM outlets").ok());
}

TEST(TeamRolesOnAFile, AreRefused) {
    auto db = Database::open(":memory:");
    ASSERT_TRUE(db.ok());
    const Status s = postgres::initTeamRoles(*db);
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.error().find("PostgreSQL"), std::string::npos) << s.error();
}

}  // namespace
}  // namespace claimdesk::store
