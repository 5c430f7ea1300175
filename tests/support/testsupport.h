#pragma once

// Seams for tests: temporary folders, the repository's fixtures and the
// reference material beside the repository (../shared), which may be
// absent: tests that need it skip themselves.

#include <filesystem>
#include <string>

namespace claimdesk::testing {

// A fresh folder removed (with its contents) when the object dies.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path file(const std::string& name) const { return m_path / name; }
    // Writes `bytes` to a file in the folder and returns its path.
    std::filesystem::path write(const std::string& name, const std::string& bytes) const;

private:
    std::filesystem::path m_path;
};

std::filesystem::path sourceDir();       // the repository
std::filesystem::path testDataDir();     // tests/data
std::filesystem::path demoCorpusDir();   // data/demo
std::filesystem::path sharedDir();       // ../shared (may not exist)
bool haveShared();
std::string readFile(const std::filesystem::path& path);

// A clock that always says the same time.
std::string fixedTime();

}  // namespace claimdesk::testing
