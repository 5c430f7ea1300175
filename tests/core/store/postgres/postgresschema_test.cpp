#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "core/store/database.h"
#include "core/store/postgres/textsearch.h"
#include "core/store/schema.h"
#include "storeengines.h"

namespace claimdesk::store {
namespace {

using testing::FreshProject;

class PostgresSchema : public ::testing::Test {
protected:
    void SetUp() override {
        auto project = FreshProject::make(Engine::Postgres);
        ASSERT_TRUE(project.ok()) << project.error();
        m_project.emplace(*std::move(project));
    }

    std::optional<FreshProject> m_project;
};

TEST_F(PostgresSchema, ADatabaseWithTablesOfItsOwnIsNotMadeAProject) {
    auto db = m_project->open();
    ASSERT_TRUE(db.ok()) << db.error();
    ASSERT_TRUE(db->exec("CREATE TABLE invoices (id BIGINT)").ok());
    const Status s = migrate(*db);
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.error().find("not a Claimdesk project"), std::string::npos) << s.error();
    auto tables = db->prepare("SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()");
    ASSERT_TRUE(tables->step());
    EXPECT_EQ(tables->int64(0), 1);
}

// Two analysts opening a new team project at once: one migrates, the
// other waits for it (an advisory lock) and finds the schema current.
TEST_F(PostgresSchema, TwoConnectionsMigratingAtOnceMigrateOnce) {
    auto first = m_project->open();
    auto second = m_project->open();
    ASSERT_TRUE(first.ok() && second.ok());
    Status a;
    Status b;
    std::thread one([&] { a = migrate(*first); });
    std::thread two([&] { b = migrate(*second); });
    one.join();
    two.join();
    EXPECT_TRUE(a.ok()) << a.error();
    EXPECT_TRUE(b.ok()) << b.error();
    auto version = testing::recordedSchemaVersion(*second);
    ASSERT_TRUE(version.ok()) << version.error();
    EXPECT_EQ(*version, kSchemaVersion);
    auto rows = second->prepare("SELECT COUNT(*) FROM schema_version");
    ASSERT_TRUE(rows->step());
    EXPECT_EQ(rows->int64(0), 1);
}

// Search on PostgreSQL: accents and case do not matter, a phrase is kept
// together, a left-out word leaves documents out; the columns are those
// of the SQLite query.
TEST_F(PostgresSchema, FullTextSearchFindsWordsWithoutTheirAccents) {
    auto db = m_project->openMigrated();
    ASSERT_TRUE(db.ok()) << db.error();
    struct Doc {
        const char* title;
        const char* text;
    };
    const std::vector<Doc> docs = {
        {"Économie", "Le ministre a déclaré que la croissance reprendrait à Zürich."},
        {"Sport", "The minister said the stadium in Zurich would open in spring."},
        {"", "Nothing about that city here."},
    };
    for (std::size_t i = 0; i < docs.size(); ++i) {
        const std::string sha = "sha" + std::to_string(i);
        auto insert = db->prepare(
            "INSERT INTO documents (sha256, file_name, file_path, media_type, original, text, title, body_start, "
            "body_end, ingested_at) VALUES (?, ?, ?, 'text/plain', ?, ?, ?, 0, 0, 'now')");
        ASSERT_TRUE(insert.ok()) << insert.error();
        insert->bind(1, sha).bind(2, sha + ".txt").bind(3, sha).bindBlob(4, docs[i].text).bind(5, docs[i].text);
        insert->bind(6, docs[i].title);
        ASSERT_TRUE(insert->run().ok()) << insert->status().error();
        auto fts = db->prepare("INSERT INTO documents_fts(rowid, title, text) VALUES (?, ?, ?)");
        fts->bind(1, db->lastInsertId()).bind(2, docs[i].title).bind(3, docs[i].text);
        ASSERT_TRUE(fts->run().ok()) << fts->status().error();
    }
    auto search = [&](const std::string& words) {
        std::vector<std::string> files;
        auto stmt = db->prepare(postgres::documentSearchSql());
        EXPECT_TRUE(stmt.ok()) << stmt.error();
        stmt->bind(1, postgres::searchText(words)).bind(2, 10);
        while (stmt->step()) {
            EXPECT_EQ(stmt->columnCount(), 6);
            files.push_back(stmt->text(1));
        }
        EXPECT_TRUE(stmt->status().ok()) << stmt->status().error();
        return files;
    };
    EXPECT_EQ(search("ZURICH").size(), 2u);
    auto both = search("zurich");
    std::sort(both.begin(), both.end());
    EXPECT_EQ(both, (std::vector<std::string>{"sha0.txt", "sha1.txt"}));
    EXPECT_EQ(search("declare"), std::vector<std::string>{"sha0.txt"});
    EXPECT_EQ(search("decla"), std::vector<std::string>{});  // words are matched whole
    EXPECT_EQ(search("déclaré croissance"), std::vector<std::string>{"sha0.txt"});
    EXPECT_EQ(search("economie"), std::vector<std::string>{"sha0.txt"});
    EXPECT_EQ(search("title:economie"), std::vector<std::string>{"sha0.txt"});
    EXPECT_EQ(search("zurich -stadium"), std::vector<std::string>{"sha0.txt"});
    EXPECT_EQ(search("\"stadium in zurich\""), std::vector<std::string>{"sha1.txt"});
    EXPECT_EQ(search("\"zurich in stadium\""), std::vector<std::string>{});
    EXPECT_EQ(search("^^^ \" ("), std::vector<std::string>{});

    auto snippet = db->prepare(postgres::documentSearchSql());
    snippet->bind(1, "stadium").bind(2, 1);
    ASSERT_TRUE(snippet->step()) << snippet->status().error();
    EXPECT_NE(snippet->text(2).find("[stadium]"), std::string::npos) << snippet->text(2);
    EXPECT_NE(snippet->text(3).find("\x02stadium\x03"), std::string::npos) << snippet->text(3);
    EXPECT_EQ(snippet->text(5), "Sport");
}

TEST_F(PostgresSchema, ClaimSearchFindsAClaimByAWordWithoutItsAccents) {
    auto db = m_project->openMigrated();
    ASSERT_TRUE(db.ok()) << db.error();
    ASSERT_TRUE(db->exec("INSERT INTO documents (sha256, file_name, file_path, media_type, original, text, body_start, "
                         "body_end, ingested_at) VALUES ('s', 'a.txt', 'a', 'text/plain', '\\x00', "
                         "'Le président a dit.', 0, 0, 'now')")
                    .ok());
    ASSERT_TRUE(db->exec("INSERT INTO claims (document_id, kind, content_start, content_end, content) "
                         "SELECT id, 'direct', 0, 10, 'Le président viendra à Genève' FROM documents")
                    .ok());
    ASSERT_TRUE(db->exec("INSERT INTO claims_fts (rowid, content) SELECT id, content FROM claims").ok());
    auto stmt = db->prepare(postgres::claimSearchSql());
    ASSERT_TRUE(stmt.ok()) << stmt.error();
    stmt->bind(1, "geneve president").bind(2, 5);
    ASSERT_TRUE(stmt->step()) << stmt->status().error();
    EXPECT_EQ(stmt->columnCount(), 7);
    EXPECT_EQ(stmt->text(2), "a.txt");
    EXPECT_NE(stmt->text(3).find("[Genève]"), std::string::npos) << stmt->text(3);
    EXPECT_FALSE(stmt->step());
}

}  // namespace
}  // namespace claimdesk::store
