#include <iostream>
#include <limits>

#include "arguments.h"
#include "commands.h"
#include "core/export/analysisexport.h"
#include "core/export/analysisfromstore.h"
#include "core/domain/calendar.h"
#include "core/pipeline/ingestion.h"

namespace claimdesk::cli {
namespace {

constexpr const char* kHelp = R"(usage: claimdesk-cli analyze [--published YYYY-MM-DD] [--with-text] --json OUT.json FILE...

Analyses articles in a temporary in-memory store and writes the analysis
export: per document its source, body span, speakers, claims, events and
timexes, and the clusters linking claims across documents. Offsets are
Unicode code points into each document's text. Files that fail are reported
and left out; the exit status is then 1.

  --json OUT.json     where to write the export ("-" for standard output)
  --published DATE    reference date for articles that state none
  --with-text         add each document's whole text as "text"
)";

}  // namespace

int runAnalyze(const Args& args) {
    Arguments a(args, {"--json", "--published"}, {"--help", "--with-text"});
    if (a.has("--help")) {
        std::cout << kHelp;
        return kExitOk;
    }
    if (!a.ok())
        return usageError("analyze", a.error());
    const auto out = a.value("--json");
    if (!out)
        return usageError("analyze", "--json OUT.json is required");
    if (a.positional().empty())
        return usageError("analyze", "no FILE to analyse");
    ingest::IngestOptions options;
    if (auto published = a.value("--published")) {
        if (published->size() != 10 || !claimdesk::parseCalendarDate(*published))
            return usageError("analyze", "--published needs a date as YYYY-MM-DD, not '" + *published + "'");
        options.defaultPublished = *published;
    }

    auto store = store::ProjectStore::open(":memory:");
    if (!store) {
        std::cerr << "claimdesk-cli analyze: " << store.error() << "\n";
        return kExitStoreError;
    }
    const pipeline::BatchReport report =
        // One pass: the temporary store is linked once, with every claim in.
        pipeline::ingestPaths(*store, a.positional(), options, pipeline::systemClock(), {}, {},
                              std::numeric_limits<std::size_t>::max());

    for (const auto& o : report.outcomes)
        if (o.kind == pipeline::FileOutcome::Kind::Failed)
            std::cerr << "error: " << oneLine(o.message) << "\n";
    if (!report.linkError.empty())
        std::cerr << "claimdesk-cli analyze: " << report.linkError << "\n";
    // The store holds this run's documents only (a file given twice once).
    exporting::ExportOptions exportOptions;
    exportOptions.withText = a.has("--with-text");
    auto json = exporting::writeStoreAnalysis(*store, {}, exportOptions);
    if (!json) {
        std::cerr << "claimdesk-cli analyze: " << json.error() << "\n";
        return kExitStoreError;
    }
    if (Status written = writeOutput(*out, *json); !written.ok()) {
        std::cerr << "claimdesk-cli analyze: " << oneLine(written.error()) << "\n";
        return kExitStoreError;
    }
    return report.anyFailed() ? kExitInputFailed : kExitOk;
}

}  // namespace claimdesk::cli
