#pragma once

// Runs claimdesk-cli as a user would, from a shell, and keeps what it
// printed (stdout and stderr together) and its exit status.

#include <string>
#include <vector>

namespace claimdesk::testing {

struct CliRun {
    int status = -1;     // the exit status; -1 when it did not exit normally
    std::string output;  // stdout and stderr together
};

// `prefix` goes before the command ("env -u DISPLAY ..."); may be empty.
CliRun runCli(const std::vector<std::string>& args, const std::string& prefix = {});

}  // namespace claimdesk::testing
