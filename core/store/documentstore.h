#pragma once

// The project's documents: storing articles with what extraction found in
// them (and linking them as they come), reading them back, searching them,
// the analyst's corrections of their source details and a new analysis.
// Each write is one transaction: all of it is stored or none.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/document.h"
#include "core/domain/result.h"
#include "core/store/documentrecords.h"

namespace claimdesk::store {

class LinkSession;

class DocumentStore {
public:
    virtual ~DocumentStore() = default;

    // Stores a document and its analysis in one transaction: either all of
    // it is written or nothing is. A document whose sha256 is already
    // stored is not added again.
    virtual Result<AddedDocument> addDocument(const Document& document, const Analysis& analysis) = 0;

    // Links what waits to be linked (LinkSession) in one write transaction:
    // `step` reads and writes through the session, and all of it is
    // committed or none.
    using LinkStep = std::function<Status(LinkSession&, const std::vector<Result<AddedDocument>>& batch)>;
    virtual Status link(const LinkStep& step) = 0;
    // Stores a batch of documents and links them in one write transaction,
    // so that a document is never stored unlinked. Each document is stored
    // in a savepoint of its own: one that fails is reported in its place
    // and costs only itself. `step` sees each document's outcome; when it
    // fails, the documents are still stored, waiting to be linked (see
    // needsLinking), and its error is returned in linkError.
    struct StoredBatch {
        std::vector<Result<AddedDocument>> documents;
        std::string linkError;
    };
    virtual Result<StoredBatch> addDocuments(const std::vector<DocumentToStore>& batch, const LinkStep& step) = 0;
    // Whether claims or events wait to be linked (a linking pass was cut
    // short, or claims were made since): every open should link them first.
    virtual Result<bool> needsLinking() = 0;

    virtual Result<std::optional<std::int64_t>> findDocument(const std::string& sha256) = 0;
    virtual Result<std::vector<DocumentSummary>> documents() = 0;
    virtual Result<Document> document(std::int64_t id) = 0;
    virtual Result<Analysis> analysis(std::int64_t documentId) = 0;
    // Full-text search over documents and claims; `query` is what an analyst
    // types, read by parseSearchQuery (searchquery.h), never an engine's
    // own query syntax.
    virtual Result<std::vector<SearchHit>> search(const std::string& query, int limit = 50) = 0;

    // Changes a document's title, outlet, authors or date and appends the
    // change (with the value it replaces) to the document's edit history,
    // in one transaction. Fails, changing nothing, on an unknown document
    // or a date that is not YYYY-MM-DD.
    virtual Status editDocument(std::int64_t documentId, const DocumentEdit& edit) = 0;
    virtual Result<std::vector<DocumentEdit>> documentEdits(std::int64_t documentId) = 0;  // oldest first

    // Replaces what extraction found in a document with a new analysis, in
    // one transaction, keeping everything an analyst decided: claims that
    // were reviewed, graded, annotated or made by hand stay as they are (a
    // new claim with the same content span is not added again), and so do
    // analyst-made events.
    virtual Status replaceAnalysis(std::int64_t documentId, const Analysis& analysis) = 0;

protected:
    DocumentStore() = default;
    DocumentStore(const DocumentStore&) = default;
    DocumentStore& operator=(const DocumentStore&) = default;
};

}  // namespace claimdesk::store
