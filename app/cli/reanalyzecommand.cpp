// `reanalyze` runs the current extractor and linker over a project's
// documents again, keeping everything its analysts did.

#include <iostream>

#include "arguments.h"
#include "commands.h"
#include "core/pipeline/reanalysis.h"

namespace claimdesk::cli {
namespace {

constexpr const char* kReanalyzeHelp = R"(usage: claimdesk-cli reanalyze --store FILE.claimdesk [--document ID]

Re-extracts every document of a project (or one) with this version's
extractor and links the whole project again. Every claim an analyst
reviewed, graded, annotated, pinned in a cluster or made by hand is kept
with its id, history and notes; speaker merges and grades stay. Each
document is re-analysed in its own transaction: one that fails is named
and left as it was. Prints what changed: claims added and removed, claims
that moved cluster, disagreements before and after.

  --store FILE        the project file (*.claimdesk)
  --document ID       only this document (its id in claims --json)
)";

void printSummary(const pipeline::ReanalysisSummary& s) {
    std::cout << "re-analysed " << s.documents << (s.documents == 1 ? " document" : " documents")
              << (s.cancelled ? " (stopped early)" : "") << "\n"
              << "claims: " << s.claimsBefore << " before, " << s.claimsAfter << " after; " << s.claimsAdded
              << " added, " << s.claimsRemoved << " removed, " << s.claimsKept << " kept with their ids\n"
              << "clusters: " << s.claimsMovedCluster << " claims moved (other claims beside them now); "
              << "disagreements "
              << s.disagreementsBefore << " before, " << s.disagreementsAfter << " after, " << s.newDisagreements
              << " new\n";
}

}  // namespace

int runReanalyze(const Args& args) {
    Arguments a(args, {"--store", "--document"}, {"--help"});
    if (a.has("--help")) {
        std::cout << kReanalyzeHelp;
        return kExitOk;
    }
    if (!a.ok())
        return usageError("reanalyze", a.error());
    const auto storePath = a.value("--store");
    if (!storePath)
        return usageError("reanalyze", "--store FILE is required");
    std::optional<std::int64_t> documentId;
    if (const auto text = a.value("--document")) {
        documentId = parseId(*text);
        if (!documentId)
            return usageError("reanalyze", "--document needs a document id");
    }
    if (!a.positional().empty())
        return usageError("reanalyze", "unexpected argument '" + a.positional().front() + "'");
    auto store = openExistingStore(*storePath);
    if (!store) {
        std::cerr << "claimdesk-cli reanalyze: " << store.error() << "\n";
        return kExitStoreError;
    }
    auto summary = pipeline::reanalyzeProject(*store, documentId);
    if (!summary) {
        std::cerr << "claimdesk-cli reanalyze: " << oneLine(*storePath) << ": " << oneLine(summary.error()) << "\n";
        return kExitStoreError;
    }
    for (const auto& failure : summary->failures)
        std::cerr << "error: " << oneLine(failure) << "\n";
    printSummary(*summary);
    return summary->failures.empty() ? kExitOk : kExitInputFailed;
}

}  // namespace claimdesk::cli
