#include <gtest/gtest.h>

#include <string>

#include "core/store/database.h"
#include "core/store/schema.h"
#include "storeengines.h"

namespace claimdesk::store {
namespace {

using testing::EngineTest;

// The schema's own behaviour (triggers, defaults, checks), the same on
// both engines.
class EngineSchema : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (HasFatalFailure())
            return;
        auto db = project().openMigrated();
        ASSERT_TRUE(db.ok()) << db.error();
        m_db.emplace(*std::move(db));
    }

    Database& db() { return *m_db; }

    std::int64_t scalar(const std::string& sql) {
        auto stmt = db().prepare(sql);
        EXPECT_TRUE(stmt.ok()) << stmt.error();
        if (!stmt.ok() || !stmt->step()) {
            ADD_FAILURE() << sql << ": " << stmt->status().error();
            return -1;
        }
        return stmt->int64(0);
    }

    std::int64_t addDocument(const std::string& sha) {
        auto insert = db().prepare(
            "INSERT INTO documents (sha256, file_name, file_path, media_type, original, text, body_start, body_end, "
            "ingested_at) VALUES (?, ?, ?, 'text/plain', ?, ?, 0, 4, ?)");
        EXPECT_TRUE(insert.ok()) << insert.error();
        insert->bind(1, sha).bind(2, sha + ".txt").bind(3, "/in/" + sha + ".txt").bindBlob(4, "body");
        insert->bind(5, "body").bind(6, "2025-02-10T12:00:00Z");
        EXPECT_TRUE(insert->run().ok()) << insert->status().error();
        return db().lastInsertId();
    }

    std::int64_t addClaim(std::int64_t document, const std::string& content) {
        auto insert = db().prepare(
            "INSERT INTO claims (document_id, kind, content_start, content_end, content) VALUES (?, 'direct', 0, ?, ?)");
        EXPECT_TRUE(insert.ok()) << insert.error();
        insert->bind(1, document).bind(2, static_cast<std::int64_t>(content.size())).bind(3, content);
        EXPECT_TRUE(insert->run().ok()) << insert->status().error();
        return db().lastInsertId();
    }

    std::optional<Database> m_db;
};

TEST_P(EngineSchema, AFreshProjectMigratesToTheCurrentVersionAndReopeningChangesNothing) {
    auto version = testing::recordedSchemaVersion(db());
    ASSERT_TRUE(version.ok()) << version.error();
    EXPECT_EQ(*version, kSchemaVersion);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM verdict_labels"), 4);
    ASSERT_TRUE(db().exec("INSERT INTO project_texts (key, value) VALUES ('summary', 'kept')").ok());

    auto again = project().openMigrated();
    ASSERT_TRUE(again.ok()) << again.error();
    auto reopened = testing::recordedSchemaVersion(*again);
    ASSERT_TRUE(reopened.ok()) << reopened.error();
    EXPECT_EQ(*reopened, kSchemaVersion);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM verdict_labels"), 4);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM reject_reasons"), 5);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM project_texts"), 1);
}

TEST_P(EngineSchema, IdsAreHandedOutInOrderAndNeverReused) {
    const std::int64_t first = addDocument("a");
    const std::int64_t second = addDocument("b");
    EXPECT_GT(first, 0);
    EXPECT_EQ(second, first + 1);
    ASSERT_TRUE(db().exec("DELETE FROM documents WHERE id = " + std::to_string(second)).ok());
    EXPECT_EQ(addDocument("c"), second + 1);
}

TEST_P(EngineSchema, ReviewAndAssessmentHistoriesAreAppendOnly) {
    const std::int64_t claim = addClaim(addDocument("a"), "We will win.");
    ASSERT_TRUE(db().exec("INSERT INTO review_history (claim_id, status, analyst, at) VALUES (" +
                          std::to_string(claim) + ", 'confirmed', 'ana', 'now')")
                    .ok());
    const Status update = db().exec("UPDATE review_history SET status = 'rejected'");
    ASSERT_FALSE(update.ok());
    EXPECT_NE(update.error().find("review history is append-only"), std::string::npos) << update.error();
    const Status erase = db().exec("DELETE FROM review_history");
    ASSERT_FALSE(erase.ok());
    EXPECT_NE(erase.error().find("review history is append-only"), std::string::npos) << erase.error();

    ASSERT_TRUE(db().exec("INSERT INTO assessment_history (claim_id, analyst, at) VALUES (" + std::to_string(claim) +
                          ", 'ana', 'now')")
                    .ok());
    const Status rewrite = db().exec("UPDATE assessment_history SET note = 'x'");
    ASSERT_FALSE(rewrite.ok());
    EXPECT_NE(rewrite.error().find("assessment history is append-only"), std::string::npos) << rewrite.error();
}

TEST_P(EngineSchema, AStoredClaimWaitsForLinkingAndADeletedOneLeavesNoPostings) {
    const std::int64_t claim = addClaim(addDocument("a"), "Prices rose.");
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM link_pending_claims WHERE claim_id = " + std::to_string(claim)), 1);
    ASSERT_TRUE(db().exec("INSERT INTO link_words (word) VALUES ('prices')").ok());
    ASSERT_TRUE(db().exec("INSERT INTO link_postings (word_id, claim_id) SELECT id, " + std::to_string(claim) +
                          " FROM link_words")
                    .ok());
    ASSERT_TRUE(db().exec("DELETE FROM claims WHERE id = " + std::to_string(claim)).ok());
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM link_postings"), 0);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM link_pending_claims"), 0);
}

TEST_P(EngineSchema, AnAliasKeepsItsLastWord) {
    ASSERT_TRUE(db().exec("INSERT INTO speakers (name, kind) VALUES ('Ana Maria Lopez', 'person')").ok());
    ASSERT_TRUE(db().exec("INSERT INTO speaker_aliases (speaker_id, alias, folded) "
                          "SELECT id, name, 'ana maria lopez' FROM speakers")
                    .ok());
    auto word = db().prepare("SELECT last_word FROM speaker_aliases");
    ASSERT_TRUE(word.ok() && word->step()) << word->status().error();
    EXPECT_EQ(word->text(0), "lopez");
}

// Members added several at a time (one statement) count each document
// once, and leave it counted until its last claim leaves the cluster.
TEST_P(EngineSchema, AClusterCountsTheDocumentsOfItsMembers) {
    const std::int64_t d1 = addDocument("a");
    const std::int64_t d2 = addDocument("b");
    const std::string c1 = std::to_string(addClaim(d1, "one"));
    const std::string c2 = std::to_string(addClaim(d1, "two"));
    const std::string c3 = std::to_string(addClaim(d2, "three"));
    ASSERT_TRUE(db().exec("INSERT INTO clusters (kind) VALUES ('claim')").ok());
    const std::string k = std::to_string(db().lastInsertId());
    ASSERT_TRUE(db().exec("INSERT INTO cluster_members (cluster_id, claim_id) VALUES (" + k + ", " + c1 + "), (" + k +
                          ", " + c2 + "), (" + k + ", " + c3 + ")")
                    .ok());
    const std::string count = "SELECT document_count FROM clusters WHERE id = " + k;
    EXPECT_EQ(scalar(count), 2);
    ASSERT_TRUE(db().exec("DELETE FROM cluster_members WHERE claim_id = " + c2).ok());
    EXPECT_EQ(scalar(count), 2);
    ASSERT_TRUE(db().exec("DELETE FROM cluster_members WHERE claim_id = " + c1).ok());
    EXPECT_EQ(scalar(count), 1);
    ASSERT_TRUE(db().exec("INSERT INTO clusters (kind) VALUES ('claim')").ok());
    const std::string other = std::to_string(db().lastInsertId());
    ASSERT_TRUE(db().exec("UPDATE cluster_members SET cluster_id = " + other + " WHERE claim_id = " + c3).ok());
    EXPECT_EQ(scalar(count), 0);
    EXPECT_EQ(scalar("SELECT document_count FROM clusters WHERE id = " + other), 1);
}

TEST_P(EngineSchema, OutletNamesAreUniqueWhateverTheirCase) {
    ASSERT_TRUE(db().exec("INSERT INTO outlets (name) VALUES ('Le Monde')").ok());
    EXPECT_FALSE(db().exec("INSERT INTO outlets (name) VALUES ('le monde')").ok());
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM outlets WHERE name = 'LE MONDE'"), 1);
}

TEST_P(EngineSchema, AStoreFromANewerBuildIsRefusedUntouched) {
    const std::string newer = std::to_string(kSchemaVersion + 1);
    ASSERT_TRUE(db().exec(db().engine() == Engine::Sqlite ? "PRAGMA user_version = " + newer
                                                          : "UPDATE schema_version SET version = " + newer)
                    .ok());
    auto again = project().openMigrated();
    ASSERT_FALSE(again.ok());
    EXPECT_NE(again.error().find("newer Claimdesk"), std::string::npos) << again.error();
}

INSTANTIATE_TEST_SUITE_P(BothEngines, EngineSchema, testing::bothEngines(), testing::engineName);

}  // namespace
}  // namespace claimdesk::store
