// Small helpers the subcommands share.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <pwd.h>
#include <unistd.h>

#include "commands.h"
#include "core/pipeline/linking.h"

namespace claimdesk::cli {

std::string osUser() {
    if (const char* user = std::getenv("USER"); user && *user)
        return user;
    if (const passwd* pw = getpwuid(getuid()))
        return pw->pw_name;
    return "analyst";
}

std::optional<std::int64_t> parseId(const std::string& text) {
    try {
        std::size_t used = 0;
        const long long id = std::stoll(text, &used);
        if (used == text.size() && id > 0)
            return id;
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

bool writeOutput(const std::string& path, const std::string& bytes) {
    if (path == "-") {
        std::cout << bytes;
        return static_cast<bool>(std::cout.flush());
    }
    // Written beside and renamed over: a failed export never leaves half a file.
    const std::string part = path + ".part";
    {
        std::ofstream file(part, std::ios::binary | std::ios::trunc);
        if (!file || !(file << bytes) || !file.flush()) {
            std::remove(part.c_str());
            return false;
        }
    }
    if (std::rename(part.c_str(), path.c_str()) != 0) {
        std::remove(part.c_str());
        return false;
    }
    return true;
}

Result<store::ProjectStore> openExistingStore(const std::string& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        return makeError("no project at " + path);
    // SQLite would take an empty file for a new database and make it one.
    if (std::filesystem::file_size(path, error) == 0 || error)
        return makeError(path + ": an empty file, not a project");
    auto store = store::ProjectStore::open(path);
    if (!store)
        return store;
    // Linking that a killed run left unfinished is finished before anything
    // reads the project; a project that cannot be written is still read.
    if (Status linked = pipeline::relinkProject(*store); !linked.ok())
        std::cerr << "warning: " << path << ": " << linked.error() << "\n";
    return store;
}

bool sameFile(const std::string& a, const std::string& b) {
    std::error_code error;
    return std::filesystem::equivalent(a, b, error) && !error;
}

}  // namespace claimdesk::cli
