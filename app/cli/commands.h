#pragma once

// The subcommands of claimdesk-cli. Each takes the arguments after its name
// and returns the process exit status.

#include <string>
#include <vector>

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
int runCluster(const Args& args);
int runGrade(const Args& args);

// Writes "claimdesk-cli <command>: <message>" to stderr and returns kExitUsage.
int usageError(const std::string& command, const std::string& message);

}  // namespace claimdesk::cli
