#include "core/pipeline/ingestion.h"

#include <algorithm>

#include "core/extract/extractor.h"
#include "core/pipeline/linking.h"

namespace claimdesk::pipeline {

int BatchReport::count(FileOutcome::Kind kind) const {
    return static_cast<int>(std::count_if(outcomes.begin(), outcomes.end(),
                                          [kind](const FileOutcome& o) { return o.kind == kind; }));
}

FileOutcome ingestFile(store::ProjectStore& store, const std::filesystem::path& path,
                       const ingest::IngestOptions& options, const Clock& clock) {
    FileOutcome outcome;
    outcome.path = path.string();
    auto document = ingest::loadFile(path, options);
    if (!document) {
        outcome.message = document.error();
        return outcome;
    }
    // A file already stored is recognised before the costly analysis.
    auto existing = store.findDocument(document->sha256);
    if (existing && *existing) {
        outcome.kind = FileOutcome::Kind::Duplicate;
        outcome.documentId = **existing;
        return outcome;
    }
    document->ingestedAt = clock();
    const Analysis analysis = extract::analyzeDocument(*document);
    auto added = store.addDocument(*document, analysis);
    if (!added) {
        outcome.message = outcome.path + ": not stored: " + added.error();
        return outcome;
    }
    outcome.kind = added->added ? FileOutcome::Kind::Added : FileOutcome::Kind::Duplicate;
    outcome.documentId = added->id;
    return outcome;
}

BatchReport ingestPaths(store::ProjectStore& store, const std::vector<std::string>& paths,
                        const ingest::IngestOptions& options, const Clock& clock, const Progress& progress) {
    BatchReport report;
    ingest::CollectedPaths collected = ingest::collectArticles(paths);
    for (auto& error : collected.errors)
        report.outcomes.push_back({FileOutcome::Kind::Failed, error.substr(0, error.find(':')), 0, error});
    const std::size_t total = collected.files.size();
    for (std::size_t i = 0; i < total; ++i) {
        if (progress && !progress(i, total, collected.files[i].string())) {
            report.cancelled = true;
            break;
        }
        report.outcomes.push_back(ingestFile(store, collected.files[i], options, clock));
    }
    if (report.count(FileOutcome::Kind::Added) > 0)
        if (Status linked = relinkProject(store); !linked.ok())
            report.linkError = "linking claims across documents failed: " + linked.error();
    if (progress && !report.cancelled)
        progress(total, total, {});
    return report;
}

}  // namespace claimdesk::pipeline
