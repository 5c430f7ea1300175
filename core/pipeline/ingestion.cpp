#include "core/pipeline/ingestion.h"

#include <algorithm>
#include <new>
#include <optional>

#include "core/extract/extractor.h"
#include "core/pipeline/linking.h"

namespace claimdesk::pipeline {

int BatchReport::count(FileOutcome::Kind kind) const {
    return static_cast<int>(std::count_if(outcomes.begin(), outcomes.end(),
                                          [kind](const FileOutcome& o) { return o.kind == kind; }));
}

namespace {

std::string seconds(double s) {
    std::string text = std::to_string(s);
    text.erase(text.find_last_not_of('0') + 1);
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text;
}

void storeFile(FileOutcome& outcome, store::ProjectStore& store, const std::filesystem::path& path,
               const ingest::IngestOptions& options, const Clock& clock) {
    const Deadline deadline(options.maxAnalysisSeconds);
    auto document = ingest::loadFile(path, options);
    if (!document) {
        outcome.message = document.error();
        return;
    }
    // A file already stored is recognised before the costly analysis.
    auto existing = store.findDocument(document->sha256);
    if (existing && *existing) {
        outcome.kind = FileOutcome::Kind::Duplicate;
        outcome.documentId = **existing;
        return;
    }
    document->ingestedAt = clock();
    std::optional<Analysis> analysis;
    if (!deadline.passed())
        analysis = extract::analyzeDocument(*document, deadline);
    if (!analysis) {
        outcome.message = outcome.path + ": reading and analysing it took longer than the limit of " +
                          seconds(options.maxAnalysisSeconds) + " s";
        return;
    }
    auto added = store.addDocument(*document, *analysis);
    if (!added) {
        outcome.message = outcome.path + ": not stored: " + added.error();
        return;
    }
    outcome.kind = added->added ? FileOutcome::Kind::Added : FileOutcome::Kind::Duplicate;
    outcome.documentId = added->id;
}

}  // namespace

FileOutcome ingestFile(store::ProjectStore& store, const std::filesystem::path& path,
                       const ingest::IngestOptions& options, const Clock& clock) {
    FileOutcome outcome;
    outcome.path = path.string();
    // Whatever goes wrong with one file is that file's failure, named; the
    // batch goes on (the store rolled back its transaction, if any).
    try {
        storeFile(outcome, store, path, options, clock);
    } catch (const std::bad_alloc&) {
        outcome = {FileOutcome::Kind::Failed, path.string(), 0, path.string() + ": out of memory reading it"};
    } catch (const std::exception& e) {
        outcome = {FileOutcome::Kind::Failed, path.string(), 0, path.string() + ": internal error: " + e.what()};
    }
    return outcome;
}

BatchReport ingestPaths(store::ProjectStore& store, const std::vector<std::string>& paths,
                        const ingest::IngestOptions& options, const Clock& clock, const Progress& progress,
                        const Reported& reported) {
    BatchReport report;
    auto record = [&](FileOutcome outcome) {
        report.outcomes.push_back(std::move(outcome));
        if (reported)
            reported(report.outcomes.back());
    };
    ingest::CollectedPaths collected = ingest::collectArticles(paths);
    for (auto& error : collected.errors)
        record({FileOutcome::Kind::Failed, error.substr(0, error.find(':')), 0, error});
    const std::size_t total = collected.files.size();
    for (std::size_t i = 0; i < total; ++i) {
        if (progress && !progress(i, total, collected.files[i].string())) {
            report.cancelled = true;
            break;
        }
        record(ingestFile(store, collected.files[i], options, clock));
    }
    if (report.count(FileOutcome::Kind::Added) > 0) {
        Status linked;
        try {
            linked = relinkProject(store);
        } catch (const std::exception& e) {
            linked = makeError(std::string("internal error: ") + e.what());
        }
        if (!linked.ok())
            report.linkError = "linking claims across documents failed: " + linked.error();
    }
    if (progress && !report.cancelled)
        progress(total, total, {});
    return report;
}

}  // namespace claimdesk::pipeline
