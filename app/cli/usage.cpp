#include <iostream>

#include "commands.h"

namespace claimdesk::cli {

int usageError(const std::string& command, const std::string& message) {
    std::cerr << "claimdesk-cli " << command << ": " << message << " (see claimdesk-cli " << command << " --help)\n";
    return kExitUsage;
}

}  // namespace claimdesk::cli
