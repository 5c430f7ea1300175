#include "testsupport.h"

#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace claimdesk::testing {
namespace fs = std::filesystem;

TempDir::TempDir() {
    std::random_device rd;
    const fs::path base = fs::temp_directory_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        fs::path candidate = base / ("claimdesk-test-" + std::to_string(rd()));
        if (fs::create_directory(candidate)) {
            m_path = candidate;
            return;
        }
    }
    throw std::runtime_error("cannot create a temporary folder");
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

fs::path TempDir::write(const std::string& name, const std::string& bytes) const {
    const fs::path p = m_path / name;
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out << bytes;
    return p;
}

fs::path sourceDir() { return CLAIMDESK_SOURCE_DIR; }
fs::path testDataDir() { return sourceDir() / "tests" / "data"; }
fs::path demoCorpusDir() { return sourceDir() / "data" / "demo"; }
fs::path sharedDir() { return sourceDir().parent_path() / "shared"; }
bool haveShared() { return fs::exists(sharedDir() / "corpus" / "seeds"); }

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string fixedTime() { return "2025-02-10T12:00:00Z"; }

}  // namespace claimdesk::testing
