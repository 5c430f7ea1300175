#pragma once

// Ingesting a batch of article files into a project: files are read and
// analysed on a pool of worker threads (one per core, CLAIMDESK_THREADS to
// choose) and stored in file order by one writer, a few hundred documents
// per transaction, each document in a savepoint of its own (one bad file
// costs only itself and never leaves anything half-written) and linked in
// the same transaction, so a stored document is never left unlinked.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/ingest/ingest.h"
#include "core/pipeline/clock.h"

namespace claimdesk::store {
class ProjectStore;
}  // namespace claimdesk::store

namespace claimdesk::pipeline {

struct FileOutcome {
    enum class Kind { Added, Duplicate, Failed } kind = Kind::Failed;
    std::string path;
    std::int64_t documentId = 0;  // for Added and Duplicate
    std::string message;          // for Failed: "<path>: <problem>"
};

struct BatchReport {
    std::vector<FileOutcome> outcomes;
    bool cancelled = false;
    std::string linkError;  // clusters could not be brought up to date (the documents are stored)
    int count(FileOutcome::Kind kind) const;
    bool anyFailed() const { return count(FileOutcome::Kind::Failed) > 0; }
};

// Called before each file with (files done, files in all, next path);
// returning false cancels the rest of the batch.
using Progress = std::function<bool(std::size_t done, std::size_t total, const std::string& path)>;

// Called with each file's outcome as soon as it is known: an added file is
// committed by then (with the transaction of its batch), so a run killed
// later leaves a record of it.
using Reported = std::function<void(const FileOutcome&)>;

// Reads, analyses and stores one file. Never throws: any failure, running
// out of memory or time included, is the outcome's message, naming the file.
FileOutcome ingestFile(store::ProjectStore& store, const std::filesystem::path& path,
                       const ingest::IngestOptions& options, const Clock& clock);

// Links what an earlier run left waiting, expands folders, then ingests
// every article file; ids follow the files' order whatever the threads.
// `progress` is called on the calling thread as each file's turn to be
// stored comes. Documents are stored and linked `documentsPerTransaction`
// at a time: by count, never by time, so the same input gives the same
// project; a larger batch links more claims at once (one pass over a
// whole temporary project is what `analyze` does) and holds more in memory.
inline constexpr std::size_t kDocumentsPerTransaction = 1000;
BatchReport ingestPaths(store::ProjectStore& store, const std::vector<std::string>& paths,
                        const ingest::IngestOptions& options, const Clock& clock, const Progress& progress = {},
                        const Reported& reported = {},
                        std::size_t documentsPerTransaction = kDocumentsPerTransaction);

}  // namespace claimdesk::pipeline
