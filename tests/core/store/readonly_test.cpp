// Regression (issue 14): a project on a read-only medium could not even be
// opened to read (SQLite wants to write the -wal and -shm files beside it).
// Checked as an unprivileged user: root writes whatever the modes say.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/store/projectstore.h"
#include "storefixtures.h"
#include "testsupport.h"
#include "unprivileged.h"

namespace claimdesk::store {
namespace {

namespace fs = std::filesystem;

// A project of one reviewed claim in a folder nobody may write.
class ReadOnlyProject : public ::testing::Test {
protected:
    void SetUp() override {
        fs::permissions(m_dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                          fs::perms::others_read | fs::perms::others_exec);
        const fs::path folder = m_dir.path() / "medium";
        fs::create_directory(folder);
        m_path = (folder / "p.claimdesk").string();
        {
            auto store = ProjectStore::open(m_path);
            ASSERT_TRUE(store.ok()) << store.error();
            ASSERT_TRUE(store->addDocument(testing::sampleDocument("a.txt", "Mayor Hrytsenko said the bridge would "
                                                                            "reopen on Monday."),
                                           testing::sampleAnalysis())
                            .ok());
            ASSERT_TRUE(store->review({{1, ClaimStatus::Confirmed, "", "ana", "2025-03-05T10:00:00Z"}}).ok());
        }
        const auto readable = fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read;
        fs::permissions(m_path, readable);
        fs::permissions(folder, readable | fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec);
    }

    void TearDown() override { fs::permissions(m_dir.path() / "medium", fs::perms::owner_all); }

    testing::TempDir m_dir;
    std::string m_path;
};

TEST_F(ReadOnlyProject, OpensForReadingAndRefusesWritesWithOneClearLine) {
    const int status = testing::runUnprivileged([&] {
        auto store = ProjectStore::open(m_path);
        if (!store.ok()) {
            std::fprintf(stderr, "open: %s\n", store.error().c_str());
            return 1;
        }
        if (!store->readOnly())
            return 2;
        auto claims = store->claims({});
        if (!claims.ok() || claims->size() != 1 || claims->front().status != ClaimStatus::Confirmed)
            return 3;
        if (!store->search("bridge").ok() || !store->documents().ok())
            return 4;
        const Status review = store->review({{1, ClaimStatus::Rejected, "", "bo", "2025-03-06T10:00:00Z"}});
        if (review.ok() || review.error().find("the project is open read-only") == std::string::npos) {
            std::fprintf(stderr, "review: %s\n", review.error().c_str());
            return 5;
        }
        return 0;
    });
    EXPECT_EQ(status, 0);
    // Nothing was written beside it.
    EXPECT_EQ(std::distance(fs::directory_iterator(m_dir.path() / "medium"), fs::directory_iterator()), 1);
}

TEST_F(ReadOnlyProject, OneThatNeedsAnUpgradeIsRefusedSayingWhy) {
    fs::permissions(m_path, fs::perms::owner_all);
    {
        auto db = Database::open(m_path);
        ASSERT_TRUE(db->exec("PRAGMA user_version = 3").ok());
    }
    fs::permissions(m_path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const int status = testing::runUnprivileged([&] {
        auto store = ProjectStore::open(m_path);
        if (store.ok())
            return 1;
        return store.error().find("needs upgrading to schema") != std::string::npos ? 0 : 2;
    });
    EXPECT_EQ(status, 0);
}

}  // namespace
}  // namespace claimdesk::store
