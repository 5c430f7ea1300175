#include "core/export/outputfile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

namespace claimdesk::exporting {
namespace fs = std::filesystem;
namespace {

Status failure(const std::string& path, int error) {
    return makeError(path + ": cannot write (" + std::strerror(error) + ")");
}

bool writeAll(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// The file a chain of symbolic links ends at (which may not exist yet).
fs::path finalTarget(fs::path path) {
    std::error_code error;
    for (int hop = 0; hop < 40 && fs::is_symlink(fs::symlink_status(path, error)); ++hop) {
        const fs::path link = fs::read_symlink(path, error);
        if (error)
            break;
        path = link.is_absolute() ? link : path.parent_path() / link;
    }
    return path;
}

// Appending: a shell's `>>` behind /dev/stdout keeps what it holds, and a
// device or pipe has no end to truncate.
Status writeInPlace(const std::string& path, std::string_view bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return failure(path, errno);
    const bool written = writeAll(fd, bytes);
    const int error = errno;
    if (::close(fd) != 0 && written)
        return failure(path, errno);
    return written ? Status{} : failure(path, error);
}

Status writeAndRename(const std::string& shown, const fs::path& target, std::string_view bytes) {
    struct stat existing{};
    const bool exists = ::stat(target.c_str(), &existing) == 0;
    std::random_device random;
    std::string temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temporary = target.string() + ".part-" + std::to_string(random());
        // 0666 under the umask: the mode a new file gets from any program.
        fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            return failure(shown, errno);
    }
    if (fd < 0)
        return failure(shown, EEXIST);
    bool ok = writeAll(fd, bytes) && (!exists || ::fchmod(fd, existing.st_mode & 07777) == 0) && ::fsync(fd) == 0;
    int error = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (ok && ::rename(temporary.c_str(), target.c_str()) != 0) {
        ok = false;
        error = errno;
    }
    if (!ok) {
        ::unlink(temporary.c_str());
        return failure(shown, error);
    }
    return {};
}

}  // namespace

bool writesInPlace(const std::string& path) {
    // This process's own streams, even when the shell sent them to a file.
    for (const char* stream : {"/dev/stdout", "/dev/stderr", "/dev/fd/", "/proc/self/fd/"})
        if (path.starts_with(stream))
            return true;
    struct stat target{};
    return ::stat(path.c_str(), &target) == 0 && !S_ISREG(target.st_mode);
}

Status writeOutputFile(const std::string& path, std::string_view bytes) {
    if (path.empty())
        return makeError("no output file named");
    if (writesInPlace(path))
        return writeInPlace(path, bytes);
    return writeAndRename(path, finalTarget(path), bytes);
}

}  // namespace claimdesk::exporting
