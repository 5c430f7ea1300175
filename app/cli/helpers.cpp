// Small helpers the subcommands share.

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <pwd.h>
#include <unistd.h>

#include "commands.h"
#include "core/export/outputfile.h"
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

Status writeOutput(const std::string& path, const std::string& bytes) {
    if (path == "-") {
        std::cout << bytes;
        if (!std::cout.flush())
            return makeError("standard output: cannot write");
        return {};
    }
    return exporting::writeOutputFile(path, bytes);
}

std::string oneLine(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\\': out += "\\\\"; break;
        default:
            if (c < 0x20 || c == 0x7F) {
                out += "\\x";
                out += kHex[c >> 4];
                out += kHex[c & 0xF];
            } else {
                out += ch;
            }
        }
    }
    return out;
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
