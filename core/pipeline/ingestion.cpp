#include "core/pipeline/ingestion.h"

#include <algorithm>
#include <mutex>
#include <new>
#include <optional>

#include "core/domain/deadline.h"
#include "core/extract/extractor.h"
#include "core/pipeline/linking.h"
#include "core/pipeline/workerpool.h"
#include "core/store/projectstore.h"

namespace claimdesk::pipeline {
namespace {

// What a worker makes of one file: a document with its analysis, a file
// already stored, or an error.
struct Prepared {
    std::optional<Document> document;
    Analysis analysis;
    FileOutcome outcome;
};

// Whether a file is stored already, asked from the workers: a second
// connection of its own (the writer's is not shared between threads),
// none for a store in memory, which the writer checks at insert time.
class StoredCheck {
public:
    explicit StoredCheck(const std::string& path) {
        if (path.empty() || path == ":memory:")
            return;
        if (auto reader = store::ProjectStore::open(path))
            m_reader.emplace(std::move(*reader));
    }
    std::optional<std::int64_t> find(const std::string& sha256) {
        if (!m_reader)
            return std::nullopt;
        std::lock_guard lock(m_mutex);
        auto found = m_reader->findDocument(sha256);
        return found ? *found : std::nullopt;
    }

private:
    std::mutex m_mutex;
    std::optional<store::ProjectStore> m_reader;
};

void prepareFile(Prepared& p, const std::filesystem::path& path, const ingest::IngestOptions& options,
                 StoredCheck& stored) {
    const Deadline deadline(options.maxAnalysisSeconds);
    auto document = ingest::loadFile(path, options);
    if (!document) {
        p.outcome.message = document.error();
        return;
    }
    // A file already stored is recognised before the costly analysis.
    if (auto existing = stored.find(document->sha256)) {
        p.outcome.kind = FileOutcome::Kind::Duplicate;
        p.outcome.documentId = *existing;
        return;
    }
    std::optional<Analysis> analysis;
    if (!deadline.passed())
        analysis = extract::analyzeDocument(*document, deadline);
    if (!analysis) {
        p.outcome.message = p.outcome.path + ": reading and analysing it took longer than the limit of " +
                            secondsText(options.maxAnalysisSeconds) + " s";
        return;
    }
    p.analysis = std::move(*analysis);
    p.document = std::move(*document);
}

// Whatever goes wrong with one file is that file's failure, named; the
// batch goes on. Runs on a worker thread, where an escaping exception
// would end the program.
void prepare(Prepared& p, const std::filesystem::path& path, const ingest::IngestOptions& options,
             StoredCheck& stored) {
    p.outcome.path = path.string();
    try {
        prepareFile(p, path, options, stored);
    } catch (const std::bad_alloc&) {
        p = {};
        p.outcome = {FileOutcome::Kind::Failed, path.string(), 0, path.string() + ": out of memory reading it"};
    } catch (const std::exception& e) {
        p = {};
        p.outcome = {FileOutcome::Kind::Failed, path.string(), 0, path.string() + ": internal error: " + e.what()};
    }
}

// Stores the prepared documents of one batch and links them, in one
// transaction; fills in each outcome.
std::string storeBatch(store::DocumentStore& store, std::vector<Prepared*>& batch, const Clock& clock) {
    std::vector<store::DocumentToStore> items;
    std::vector<Prepared*> storing;
    for (Prepared* p : batch)
        if (p->document) {
            p->document->ingestedAt = clock();
            items.push_back({&*p->document, &p->analysis});
            storing.push_back(p);
        }
    batch.clear();
    auto link = [&](store::LinkSession& session, const auto& outcomes) {
        std::vector<StoredAnalysis> added;
        for (std::size_t i = 0; i < outcomes.size(); ++i)
            if (outcomes[i] && outcomes[i]->added)
                added.push_back({items[i].document, items[i].analysis, &*outcomes[i]});
        return linkWaiting(session, added);
    };
    // The store rolls its transaction back when an exception leaves it.
    auto stored = [&]() -> decltype(store.addDocuments(items, link)) {
        try {
            return store.addDocuments(items, link);
        } catch (const std::bad_alloc&) {
            return makeError("out of memory");
        } catch (const std::exception& e) {
            return makeError(std::string("internal error: ") + e.what());
        }
    }();
    for (std::size_t i = 0; i < storing.size(); ++i) {
        FileOutcome& o = storing[i]->outcome;
        if (!stored) {
            o.message = o.path + ": not stored: " + stored.error();
            continue;
        }
        const auto& added = stored->documents[i];
        if (!added) {
            o.message = o.path + ": not stored: " + added.error();
            continue;
        }
        o.kind = added->added ? FileOutcome::Kind::Added : FileOutcome::Kind::Duplicate;
        o.documentId = added->id;
    }
    // The analyses are written: free them before the next batch is read.
    for (Prepared* p : storing) {
        p->document.reset();
        p->analysis = {};
    }
    return stored ? stored->linkError : std::string();
}

}  // namespace

int BatchReport::count(FileOutcome::Kind kind) const {
    return static_cast<int>(std::count_if(outcomes.begin(), outcomes.end(),
                                          [kind](const FileOutcome& o) { return o.kind == kind; }));
}

FileOutcome ingestFile(store::ProjectStore& store, const std::filesystem::path& path,
                       const ingest::IngestOptions& options, const Clock& clock) {
    StoredCheck inserting("");  // the writer's insert finds a duplicate
    Prepared p;
    prepare(p, path, options, inserting);
    if (!p.document)
        return p.outcome;
    std::vector<Prepared*> batch{&p};
    storeBatch(store, batch, clock);
    return p.outcome;
}

BatchReport ingestPaths(store::ProjectStore& store, const std::vector<std::string>& paths,
                        const ingest::IngestOptions& options, const Clock& clock, const Progress& progress,
                        const Reported& reported, std::size_t documentsPerTransaction) {
    documentsPerTransaction = std::max<std::size_t>(1, documentsPerTransaction);
    BatchReport report;
    // Claims a cut-short run or an analyst left unlinked are linked first.
    if (Status linked = relinkProject(store); !linked.ok())
        report.linkError = linked.error();
    ingest::CollectedPaths collected = ingest::collectArticles(paths);
    auto record = [&](FileOutcome outcome) {
        report.outcomes.push_back(std::move(outcome));
        if (reported)
            reported(report.outcomes.back());
    };
    for (auto& error : collected.errors)
        record({FileOutcome::Kind::Failed, error.substr(0, error.find(':')), 0, error});
    const std::size_t total = collected.files.size();
    std::size_t taken = 0, recorded = 0;
    std::vector<Prepared> prepared(total);
    std::vector<Prepared*> batch;
    StoredCheck stored(store.location());
    const int threads = workerThreads();
    auto flush = [&] {
        if (batch.empty())
            return;
        if (std::string error = storeBatch(store, batch, clock); !error.empty() && report.linkError.empty())
            report.linkError = error;
        // The batch is committed: its files are reported.
        for (; recorded < taken; ++recorded)
            record(std::move(prepared[recorded].outcome));
    };
    runInOrder(
        total, threads, 4 * static_cast<std::size_t>(threads),
        [&](std::size_t i) { prepare(prepared[i], collected.files[i], options, stored); },
        [&](std::size_t i) {
            if (progress && !progress(i, total, collected.files[i].string())) {
                report.cancelled = true;
                return false;
            }
            taken = i + 1;
            batch.push_back(&prepared[i]);
            if (batch.size() >= documentsPerTransaction)
                flush();
            return true;
        });
    flush();
    for (; recorded < taken; ++recorded)
        record(std::move(prepared[recorded].outcome));
    if (progress && !report.cancelled)
        progress(total, total, {});
    return report;
}

}  // namespace claimdesk::pipeline
