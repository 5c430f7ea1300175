#include "core/text/lexicon.h"

#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <stdexcept>

namespace claimdesk::text {
namespace fs = std::filesystem;

fs::path dataDirectory() {
    if (const char* env = std::getenv("CLAIMDESK_DATA_DIR"); env && *env)
        return env;
    // The install layout, <prefix>/bin/<exe> beside <prefix>/share/claimdesk,
    // found from the running executable so that an installation can move
    // (a scratch root, /usr/local, /opt). The build tree mirrors it.
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec)
        throw std::runtime_error("cannot tell where the lexicons are (/proc/self/exe: " + ec.message() +
                                 "); set CLAIMDESK_DATA_DIR to the folder holding lexicons/");
    return exe.parent_path().parent_path() / "share" / "claimdesk";
}

namespace {

std::vector<LexiconEntry> readLexicon(const fs::path& path) {
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("lexicon file missing: " + path.string());
    std::vector<LexiconEntry> entries;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line[0] == '#')
            continue;
        LexiconEntry entry;
        std::size_t start = 0;
        bool first = true;
        while (start <= line.size()) {
            const std::size_t tab = line.find('\t', start);
            std::string field = line.substr(start, tab == std::string::npos ? std::string::npos : tab - start);
            if (first)
                entry.key = std::move(field);
            else
                entry.fields.push_back(std::move(field));
            first = false;
            if (tab == std::string::npos)
                break;
            start = tab + 1;
        }
        if (!entry.key.empty())
            entries.push_back(std::move(entry));
    }
    return entries;
}

}  // namespace

const std::vector<LexiconEntry>& lexicon(const std::string& name) {
    static std::mutex mutex;
    static std::map<std::string, std::vector<LexiconEntry>> cache;
    std::lock_guard lock(mutex);
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.emplace(name, readLexicon(dataDirectory() / "lexicons" / (name + ".txt"))).first;
    return it->second;
}

const std::unordered_set<std::string>& lexiconWords(const std::string& name) {
    static std::mutex mutex;
    static std::map<std::string, std::unordered_set<std::string>> cache;
    const auto& entries = lexicon(name);
    std::lock_guard lock(mutex);
    auto it = cache.find(name);
    if (it == cache.end()) {
        std::unordered_set<std::string> words;
        for (const auto& entry : entries)
            words.insert(entry.key);
        it = cache.emplace(name, std::move(words)).first;
    }
    return it->second;
}

}  // namespace claimdesk::text
