#include <cstdlib>
#include <iostream>

#include "arguments.h"
#include "commands.h"
#include "core/pipeline/ingestion.h"

namespace claimdesk::cli {
namespace {

constexpr const char* kHelp = R"(usage: claimdesk-cli ingest --store FILE.claimdesk [--published YYYY-MM-DD] PATH...

Adds article files (plain text, HTML, PDF) and folders of them to a project
store, creating it if needed. A file already in the store is skipped.
Documents are stored and linked up to 1000 per transaction
(CLAIMDESK_DOCUMENTS_PER_TRANSACTION to choose), each in a savepoint of
its own: a file that fails is reported and the others go on. Each file is
printed as soon as its transaction is committed, control characters in
its name escaped (\n, \t), one file per line.

  --store FILE        the project file (*.claimdesk)
  --published DATE    publication date for articles that state none
)";

// CLAIMDESK_DOCUMENTS_PER_TRANSACTION when a positive number: fewer commit
// (and report) sooner, more link more claims at once.
std::size_t documentsPerTransaction() {
    if (const char* value = std::getenv("CLAIMDESK_DOCUMENTS_PER_TRANSACTION")) {
        char* end = nullptr;
        const unsigned long long n = std::strtoull(value, &end, 10);
        if (end != value && *end == '\0' && n > 0)
            return static_cast<std::size_t>(n);
    }
    return pipeline::kDocumentsPerTransaction;
}

}  // namespace

int runIngest(const Args& args) {
    Arguments a(args, {"--store", "--published"}, {"--help"});
    if (a.has("--help")) {
        std::cout << kHelp;
        return kExitOk;
    }
    if (!a.ok())
        return usageError("ingest", a.error());
    const auto storePath = a.value("--store");
    if (!storePath)
        return usageError("ingest", "--store FILE is required");
    if (a.positional().empty())
        return usageError("ingest", "no PATH to ingest");

    auto store = store::ProjectStore::open(*storePath);
    if (!store) {
        std::cerr << "claimdesk-cli ingest: " << store.error() << "\n";
        return kExitStoreError;
    }
    ingest::IngestOptions options;
    options.defaultPublished = a.value("--published");
    // Each file is reported as soon as it is stored (or has failed), so a
    // run stopped half-way leaves a record of what it committed.
    auto print = [](const pipeline::FileOutcome& o) {
        switch (o.kind) {
        case pipeline::FileOutcome::Kind::Added: std::cout << "added      " << oneLine(o.path) << std::endl; break;
        case pipeline::FileOutcome::Kind::Duplicate:
            std::cout << "unchanged  " << oneLine(o.path) << " (already stored)" << std::endl;
            break;
        case pipeline::FileOutcome::Kind::Failed: std::cerr << "error: " << oneLine(o.message) << std::endl; break;
        }
    };
    const pipeline::BatchReport report =
        pipeline::ingestPaths(*store, a.positional(), options, pipeline::systemClock(), {}, print,
                              documentsPerTransaction());
    if (!report.linkError.empty())
        std::cerr << "warning: " << oneLine(report.linkError) << "\n";
    std::cout << report.count(pipeline::FileOutcome::Kind::Added) << " added, "
              << report.count(pipeline::FileOutcome::Kind::Duplicate) << " already stored, "
              << report.count(pipeline::FileOutcome::Kind::Failed) << " failed\n";
    return report.anyFailed() ? kExitInputFailed : kExitOk;
}

}  // namespace claimdesk::cli
