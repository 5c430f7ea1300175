// `import` reads a W3C Web Annotation export back into a project.

#include <fstream>
#include <iostream>
#include <sstream>

#include "arguments.h"
#include "commands.h"
#include "core/export/webannotationimport.h"
#include "core/pipeline/clock.h"
#include "core/pipeline/clusterjudge.h"
#include "core/store/projectstore.h"

namespace claimdesk::cli {
namespace {

constexpr const char* kHelp = R"(usage: claimdesk-cli import --store FILE.claimdesk --w3c FILE.jsonld [--analyst NAME]

Reads a W3C Web Annotation export (claimdesk-cli export --format w3c, or
another tool's) into a project where the same documents are already
ingested (matched by SHA-256). Claims get their status, credibility, reason
and review history back; notes and highlights are recreated. An annotation
whose quote is no longer in its document is kept as an orphan and named.
A decision never overrides one made in this project without having seen
it: such a conflict is kept in the claim's history, not applied, and named.
Importing the same file twice adds nothing. All of it is one transaction:
a document missing from the project imports nothing.

  --store FILE     the project file (*.claimdesk)
  --w3c FILE       the W3C Web Annotation file (JSON-LD) to read
  --analyst NAME   for annotations that name no creator (default: the OS user)

Exit status: 0 imported; 1 the file could not be read, a document is
missing (nothing imported), some annotations were kept as orphans or some
decisions conflicted;
2 wrong arguments; 3 the project could not be opened or written.
)";

}  // namespace

int runImport(const Args& args) {
    Arguments a(args, {"--store", "--w3c", "--analyst"}, {"--help"});
    if (a.has("--help")) {
        std::cout << kHelp;
        return kExitOk;
    }
    if (!a.ok())
        return usageError("import", a.error());
    const auto storePath = a.value("--store");
    const auto input = a.value("--w3c");
    if (!storePath || !input)
        return usageError("import", "--store and --w3c are required");

    std::ifstream file(*input, std::ios::binary);
    if (!file) {
        std::cerr << "error: " << *input << ": no such file\n";
        return kExitInputFailed;
    }
    std::ostringstream bytes;
    bytes << file.rdbuf();
    auto items = exporting::readWebAnnotations(bytes.str());
    if (!items) {
        std::cerr << "error: " << *input << ": " << items.error() << "\n";
        return kExitInputFailed;
    }

    auto store = openExistingStore(*storePath);
    if (!store) {
        std::cerr << "claimdesk-cli import: " << store.error() << "\n";
        return kExitStoreError;
    }
    exporting::ImportOptions options;
    options.analyst = a.value("--analyst").value_or(osUser());
    options.now = pipeline::systemClock()();
    options.judge = pipeline::clusterJudge(*store);
    auto report = exporting::importWebAnnotations(*store, *items, options);
    if (!report) {
        std::cerr << "claimdesk-cli import: " << *input << ": nothing imported: " << report.error() << "\n";
        return kExitStoreError;
    }
    if (!report->missingDocuments.empty()) {
        for (const auto& d : report->missingDocuments)
            std::cerr << "error: " << *input << ": the project has no document " << d << "\n";
        std::cerr << "nothing imported: ingest the missing documents first\n";
        return kExitInputFailed;
    }
    for (const auto& w : report->warnings)
        std::cerr << "warning: " << oneLine(w) << "\n";
    std::cout << report->claimsUpdated << " claims updated, " << report->claimsCreated << " created, "
              << report->claimsUnchanged << " unchanged; " << report->annotationsAdded << " annotations added, "
              << report->duplicates << " already there; " << report->orphaned << " orphaned, " << report->skipped
              << " skipped";
    if (report->conflicts > 0)
        std::cout << "; " << report->conflicts << " conflicting decisions kept in history, not applied";
    std::cout << "\n";
    return report->orphaned > 0 || report->conflicts > 0 ? kExitInputFailed : kExitOk;
}

}  // namespace claimdesk::cli
