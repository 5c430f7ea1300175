#pragma once

// A Claimdesk project: one SQLite file (*.claimdesk) holding documents,
// what was extracted from them and every decision an analyst made.
// Single-threaded: use one ProjectStore per thread.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/document.h"
#include "core/domain/result.h"
#include "core/store/database.h"

namespace claimdesk::store {

struct AddedDocument {
    std::int64_t id = 0;
    bool added = false;  // false: a document with the same sha256 was already stored
};

struct DocumentSummary {
    std::int64_t id = 0;
    std::string fileName;
    std::string outlet;
    std::string title;
    std::optional<std::string> published;
    std::int64_t claimCount = 0;
    std::int64_t reviewedCount = 0;
};

struct SearchHit {
    enum class Kind { Document, Claim } kind = Kind::Document;
    std::int64_t id = 0;           // document or claim id
    std::int64_t documentId = 0;
    std::string fileName;
    std::string snippet;           // matched terms wrapped in [ ]
};

class ProjectStore {
public:
    // Opens or creates a project file; ":memory:" for a temporary one.
    // Sets WAL and foreign keys and migrates the schema.
    static Result<ProjectStore> open(const std::string& path);

    // Stores a document and its analysis in one transaction: either all of
    // it is written or nothing is. A document whose sha256 is already
    // stored is not added again.
    Result<AddedDocument> addDocument(const Document& document, const Analysis& analysis);

    Result<std::optional<std::int64_t>> findDocument(const std::string& sha256);
    Result<std::vector<DocumentSummary>> documents();
    Result<Document> document(std::int64_t id);
    Result<Analysis> analysis(std::int64_t documentId);
    Result<std::vector<SearchHit>> search(const std::string& query, int limit = 50);

    Database& database() { return m_db; }

private:
    explicit ProjectStore(Database db) : m_db(std::move(db)) {}
    Result<std::int64_t> outletId(const std::string& name);
    Result<std::int64_t> speakerId(const Speaker& speaker);
    Status writeAnalysis(std::int64_t documentId, const Analysis& analysis);

    Database m_db;
};

}  // namespace claimdesk::store
