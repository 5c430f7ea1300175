#pragma once

// The subcommands of claimdesk-cli. Each takes the arguments after its name
// and returns the process exit status.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/result.h"
#include "core/store/projectstore.h"

namespace claimdesk::cli {

// Exit statuses, as the README documents them.
enum ExitCode : int {
    kExitOk = 0,
    kExitInputFailed = 1,  // some inputs could not be read; the others were processed
    kExitUsage = 2,        // wrong arguments
    kExitStoreError = 3,   // the store could not be opened or written
};

using Args = std::vector<std::string>;

int runIngest(const Args& args);
int runAnalyze(const Args& args);
int runSearch(const Args& args);
int runClaims(const Args& args);
int runReview(const Args& args);
int runAssess(const Args& args);
int runCluster(const Args& args);
int runExport(const Args& args);
int runImport(const Args& args);
int runGrade(const Args& args);
int runTeam(const Args& args);
int runReanalyze(const Args& args);

// Writes "claimdesk-cli <command>: <message>" to stderr and returns kExitUsage.
int usageError(const std::string& command, const std::string& message);

// The operating-system user, the default analyst name.
std::string osUser();
// A positive id typed on the command line, or nullopt.
std::optional<std::int64_t> parseId(const std::string& text);
// Writes `bytes` to standard output for "-", else to `path` without
// replacing what it is (core/export/outputfile.h): a device, FIFO or
// /dev/stdout in place, through a symbolic link, a regular file by rename.
Status writeOutput(const std::string& path, const std::string& bytes);
// `text` on one line: control characters (a newline in a file name) and
// backslashes escaped as C does (\n, \t, \x1b, \\), so that each
// output line stays one item.
std::string oneLine(std::string_view text);
// Opens a project that must exist already: only ingest makes a new one, so
// a mistyped --store is an error rather than an empty project.
Result<store::ProjectStore> openExistingStore(const std::string& path);
// True when both paths name one existing file.
bool sameFile(const std::string& a, const std::string& b);

}  // namespace claimdesk::cli
