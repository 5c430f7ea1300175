// claimdesk-cli: Claimdesk's batch tool. Wires subcommands; the work is in core/.

#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"

namespace {

constexpr const char* kHelp = R"(usage: claimdesk-cli COMMAND [OPTIONS]

Commands:
  ingest     add article files or folders to a project store
  analyze    analyse articles in a temporary store and write the analysis export (JSON)
  search     full-text search over a store's documents and claims
  claims     list a store's claims with their ids and statuses
  review     mark a claim's attribution correct or wrong (kept with its history)
  assess     record whether a claim is true: verdict, credibility, note
  cluster    move a claim into another cluster, or one of its own
  export     write the report (PDF, HTML) or claims as CSV, JSON, W3C Web
             Annotation, schema.org ClaimReview or a TimelineJS timeline
  import     read a W3C Web Annotation export back into a project
  grade      grade an outlet's or a speaker's reliability (Admiralty A-F)
  reanalyze  re-extract a project's documents with this version, keeping the analysts' work
  team       make a PostgreSQL database a team project with reader, analyst and editor roles

Options:
  --help     show this help (also: claimdesk-cli COMMAND --help)
  --version  print the version

Exit status: 0 success, 1 some inputs failed (the rest were processed),
2 wrong arguments, 3 the store could not be opened or written.
)";

}  // namespace

int main(int argc, char** argv) {
    using namespace claimdesk::cli;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << kHelp;
        return kExitUsage;
    }
    const std::string command = args.front();
    const Args rest(args.begin() + 1, args.end());
    try {
        if (command == "--help" || command == "-h" || command == "help") {
            std::cout << kHelp;
            return kExitOk;
        }
        if (command == "--version") {
            std::cout << "claimdesk-cli " << CLAIMDESK_VERSION << "\n";
            return kExitOk;
        }
        if (command == "ingest")
            return runIngest(rest);
        if (command == "analyze")
            return runAnalyze(rest);
        if (command == "search")
            return runSearch(rest);
        if (command == "claims")
            return runClaims(rest);
        if (command == "review")
            return runReview(rest);
        if (command == "assess")
            return runAssess(rest);
        if (command == "cluster")
            return runCluster(rest);
        if (command == "export")
            return runExport(rest);
        if (command == "import")
            return runImport(rest);
        if (command == "grade")
            return runGrade(rest);
        if (command == "reanalyze")
            return runReanalyze(rest);
        if (command == "team")
            return runTeam(rest);
        std::cerr << "claimdesk-cli: unknown command '" << command << "' (see claimdesk-cli --help)\n";
        return kExitUsage;
    } catch (const std::exception& e) {
        std::cerr << "claimdesk-cli " << command << ": internal error: " << e.what() << "\n";
        return kExitStoreError;
    }
}
