#include "clirun.h"

#include <array>
#include <cstdio>
#include <sys/wait.h>

namespace claimdesk::testing {
namespace {

std::string shellQuoted(const std::string& s) {
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace

CliRun runCli(const std::vector<std::string>& args, const std::string& prefix) {
    std::string command = prefix.empty() ? std::string() : prefix + " ";
    command += shellQuoted(CLAIMDESK_CLI);
    for (const auto& a : args)
        command += " " + shellQuoted(a);
    command += " 2>&1";
    CliRun run;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return run;
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        run.output.append(buffer.data(), n);
    const int status = pclose(pipe);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

}  // namespace claimdesk::testing
