#include <algorithm>
#include <fstream>
#include <iostream>
#include <regex>

#include "arguments.h"
#include "commands.h"
#include "core/export/analysisexport.h"
#include "core/link/claimlinker.h"
#include "core/link/documentclaims.h"
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

// Clusters of claims across the analysed documents, as export rows.
std::vector<exporting::ExportedCluster> linkAcrossDocuments(const std::vector<Document>& documents,
                                                            const std::vector<Analysis>& analyses) {
    std::vector<link::LinkClaim> claims;
    std::vector<std::pair<std::size_t, std::size_t>> origin;  // (document, claim index)
    for (std::size_t d = 0; d < documents.size(); ++d) {
        auto own = link::linkClaimsOf(documents[d], analyses[d], static_cast<std::int64_t>(d));
        for (std::size_t c = 0; c < own.size(); ++c) {
            claims.push_back(std::move(own[c]));
            origin.emplace_back(d, c);
        }
    }
    link::ClaimLinker linker;
    linker.add(claims);
    std::vector<exporting::ExportedCluster> out;
    for (const auto& cluster : linker.clusters()) {
        exporting::ExportedCluster e;
        e.id = "k" + std::to_string(out.size() + 1);
        for (std::size_t m : cluster.members)
            e.members.push_back({documents[origin[m].first].fileName, exporting::claimExportId(origin[m].second)});
        e.disagreement = cluster.disagreement;
        e.reason = cluster.reason;
        out.push_back(std::move(e));
    }
    return out;
}

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
    const std::string json = exporting::writeAnalysisExport(exported, linkAcrossDocuments(documents, analyses),
                                                            exportOptions);

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
