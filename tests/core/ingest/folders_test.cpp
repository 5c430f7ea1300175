// Regression (issue 14): an unreadable folder was reported as having no
// articles, and unreadable subfolders were skipped without a word. Checked
// as an unprivileged user: root reads whatever the modes say.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include "core/ingest/ingest.h"
#include "testsupport.h"
#include "unprivileged.h"

namespace claimdesk::ingest {
namespace {

namespace fs = std::filesystem;

constexpr auto kOpen = fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec | fs::perms::others_read |
                       fs::perms::others_exec;

class Folders : public ::testing::Test {
protected:
    void SetUp() override { fs::permissions(m_dir.path(), kOpen); }
    void TearDown() override {
        for (const auto& p : m_closed)
            fs::permissions(p, fs::perms::owner_all);
    }

    fs::path folder(const std::string& name) {
        const fs::path p = m_dir.path() / name;
        fs::create_directories(p);
        fs::permissions(p, kOpen);
        return p;
    }
    void close(const fs::path& p) {
        fs::permissions(p, fs::perms::none);
        m_closed.push_back(p);
    }

    // collectArticles as an unprivileged user: 0 when `expect` holds.
    int collectedAs(const std::vector<std::string>& paths, const std::function<bool(const CollectedPaths&)>& expect) {
        return testing::runUnprivileged([&] {
            const CollectedPaths found = collectArticles(paths);
            if (expect(found))
                return 0;
            for (const auto& e : found.errors)
                std::fprintf(stderr, "error: %s\n", e.c_str());
            for (const auto& f : found.files)
                std::fprintf(stderr, "file: %s\n", f.c_str());
            return 1;
        });
    }

    testing::TempDir m_dir;
    std::vector<fs::path> m_closed;
};

TEST_F(Folders, AnUnreadableFolderIsNamedAsSuchNotAsEmpty) {
    const fs::path in = folder("in");
    m_dir.write("in/a.txt", "The mayor said the bridge would reopen.");
    close(in);
    EXPECT_EQ(collectedAs({in.string()},
                          [&](const CollectedPaths& found) {
                              return found.files.empty() && found.errors.size() == 1 &&
                                     found.errors[0] == in.string() + ": cannot read folder (Permission denied)";
                          }),
              0);
}

TEST_F(Folders, AnUnreadableSubfolderIsNamedAndTheRestIsFound) {
    const fs::path in = folder("in");
    m_dir.write("in/a.txt", "The mayor said the bridge would reopen.");
    const fs::path locked = folder("in/locked");
    m_dir.write("in/locked/b.txt", "The mayor said the bridge would reopen.");
    folder("in/open");
    m_dir.write("in/open/c.txt", "The mayor said the bridge would reopen.");
    close(locked);
    EXPECT_EQ(collectedAs({in.string()},
                          [&](const CollectedPaths& found) {
                              return found.files == std::vector<fs::path>{in / "a.txt", in / "open" / "c.txt"} &&
                                     found.errors == std::vector<std::string>{
                                                         locked.string() +
                                                         ": cannot read folder (Permission denied); its articles "
                                                         "are left out"};
                          }),
              0);
}

TEST_F(Folders, AFolderWithoutArticlesIsStillSaidToBeOne) {
    const fs::path in = folder("empty");
    m_dir.write("empty/notes.md", "nothing to read");
    EXPECT_EQ(collectedAs({in.string()},
                          [&](const CollectedPaths& found) {
                              return found.errors == std::vector<std::string>{
                                                         in.string() +
                                                         ": folder has no articles (.txt, .html, .htm, .xhtml, .pdf)"};
                          }),
              0);
}

}  // namespace
}  // namespace claimdesk::ingest
