#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>

#include "arguments.h"
#include "commands.h"
#include "core/export/analysisexport.h"
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

// The project's clusters of two or more claims, then of events, as export
// rows naming each member by its file and export id ("c3", "e2").
Result<std::vector<exporting::ExportedCluster>> exportedClusters(store::ProjectStore& store,
                                                                 const std::vector<Document>& documents,
                                                                 const std::vector<Analysis>& analyses) {
    std::map<std::int64_t, exporting::ClusterMember> byClaim;
    for (std::size_t d = 0; d < documents.size(); ++d)
        for (std::size_t c = 0; c < analyses[d].claims.size(); ++c)
            byClaim[analyses[d].claims[c].id] = {documents[d].fileName, exporting::claimExportId(c)};
    auto memberships = store.claimClusters();
    auto infos = store.clusterInfos();
    if (!memberships || !infos)
        return makeError(!memberships ? memberships.error() : infos.error());
    std::map<std::int64_t, exporting::ExportedCluster> clusters;
    for (const auto& m : *memberships)
        if (auto it = byClaim.find(m.claimId); it != byClaim.end())
            clusters[m.clusterId].members.push_back(it->second);
    std::vector<exporting::ExportedCluster> out;
    for (const auto& info : *infos) {
        auto it = clusters.find(info.id);
        if (it == clusters.end() || it->second.members.size() < 2)
            continue;
        exporting::ExportedCluster e = std::move(it->second);
        e.id = "k" + std::to_string(out.size() + 1);
        e.disagreement = info.disagreement;
        e.reason = info.reason;
        e.outletCount = info.outletCount;
        e.independentSources = info.independentSources;
        e.originSpeaker = info.originSpeaker;
        out.push_back(std::move(e));
    }
    // Events reporting the same happening, named by their export ids.
    std::map<std::int64_t, exporting::ClusterMember> byEvent;
    for (std::size_t d = 0; d < documents.size(); ++d)
        for (std::size_t e = 0; e < analyses[d].events.size(); ++e)
            byEvent[analyses[d].events[e].id] = {documents[d].fileName, exporting::eventExportId(e)};
    auto eventGroups = store.eventClusters();
    if (!eventGroups)
        return makeError(eventGroups.error());
    for (const auto& group : *eventGroups) {
        exporting::ExportedCluster e;
        e.id = "k" + std::to_string(out.size() + 1);
        for (auto eventId : group)
            if (auto it = byEvent.find(eventId); it != byEvent.end())
                e.members.push_back(it->second);
        if (e.members.size() >= 2)
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
    if (!report.linkError.empty())
        std::cerr << "claimdesk-cli analyze: " << report.linkError << "\n";
    auto clusters = exportedClusters(*store, documents, analyses);
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
