#include <algorithm>
#include <fstream>
#include <iostream>
#include <regex>

#include "arguments.h"
#include "commands.h"
#include "core/export/analysisexport.h"
#include "core/export/analysisfromstore.h"
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
        static const std::regex kIsoDate(R"(\d{4}-\d{2}-\d{2})");
        if (!std::regex_match(*published, kIsoDate))
            return usageError("analyze", "--published needs a date as YYYY-MM-DD, not '" + *published + "'");
        options.defaultPublished = *published;
    }

    auto store = store::ProjectStore::open(":memory:");
    if (!store) {
        std::cerr << "claimdesk-cli analyze: " << store.error() << "\n";
        return kExitStoreError;
    }
    const pipeline::BatchReport report =
        pipeline::ingestPaths(*store, a.positional(), options, pipeline::systemClock());

    std::vector<Document> documents;
    std::vector<Analysis> analyses;
    std::vector<std::int64_t> seen;
    for (const auto& o : report.outcomes) {
        if (o.kind == pipeline::FileOutcome::Kind::Failed) {
            std::cerr << "error: " << o.message << "\n";
            continue;
        }
        if (std::find(seen.begin(), seen.end(), o.documentId) != seen.end())
            continue;  // the same file given twice is exported once
        seen.push_back(o.documentId);
        auto doc = store->document(o.documentId);
        auto analysis = store->analysis(o.documentId);
        if (!doc || !analysis) {
            std::cerr << "claimdesk-cli analyze: " << (!doc ? doc.error() : analysis.error()) << "\n";
            return kExitStoreError;
        }
        documents.push_back(std::move(*doc));
        analyses.push_back(std::move(*analysis));
    }

    std::vector<exporting::ExportedDocument> exported;
    for (std::size_t i = 0; i < documents.size(); ++i)
        exported.push_back({&documents[i], &analyses[i]});
    exporting::ExportOptions exportOptions;
    exportOptions.withText = a.has("--with-text");
    if (!report.linkError.empty())
        std::cerr << "claimdesk-cli analyze: " << report.linkError << "\n";
    auto clusters = exporting::exportedClusters(*store, documents, analyses);
    if (!clusters) {
        std::cerr << "claimdesk-cli analyze: " << clusters.error() << "\n";
        return kExitStoreError;
    }
    const std::string json = exporting::writeAnalysisExport(exported, *clusters, exportOptions);

    if (*out == "-") {
        std::cout << json;
    } else {
        std::ofstream file(*out, std::ios::binary | std::ios::trunc);
        if (!file || !(file << json) || !file.flush()) {
            std::cerr << "claimdesk-cli analyze: " << *out << ": cannot write the export\n";
            return kExitStoreError;
        }
    }
    return report.anyFailed() ? kExitInputFailed : kExitOk;
}

}  // namespace claimdesk::cli
