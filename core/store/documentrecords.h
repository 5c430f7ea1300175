#pragma once

// The values the document store takes and gives: documents to store and
// what storing them did, summaries, search hits, an analyst's edits.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/document.h"

namespace claimdesk::store {

struct AddedDocument {
    std::int64_t id = 0;
    bool added = false;  // false: a document with the same sha256 was already stored
    // When added: the ids of its analysis's claims and events, in order.
    std::vector<std::int64_t> claimIds, eventIds;
};

// One document of a batch to store, with its analysis.
struct DocumentToStore {
    const Document* document = nullptr;
    const Analysis* analysis = nullptr;
};

struct DocumentSummary {
    std::int64_t id = 0;
    std::string fileName;
    std::string outlet;
    std::string title;
    std::optional<std::string> published;
    std::int64_t claimCount = 0;
    std::int64_t reviewedCount = 0;
    // The first words of the article body: what names a document that has
    // no title (see displayTitle in core/domain/document.h).
    std::string lead;
};

struct SearchHit {
    enum class Kind { Document, Claim } kind = Kind::Document;
    std::int64_t id = 0;           // document or claim id
    std::int64_t documentId = 0;
    std::string fileName;
    std::string snippet;           // matched terms wrapped in [ ]
    // The same snippet with the matched terms between kMatchStart and
    // kMatchEnd (control characters no article text holds), for a display
    // that highlights them; and the document's outlet and title.
    std::string markedSnippet;
    std::string outlet;
    std::string title;
    static constexpr char kMatchStart = '\x02';
    static constexpr char kMatchEnd = '\x03';
};

// A document's source details as the analyst corrects them.
enum class DocumentField { Title, Outlet, Authors, Published };
const char* documentFieldName(DocumentField field);  // "title", "outlet", "authors", "published"
struct DocumentEdit {
    DocumentField field = DocumentField::Title;
    // Authors as a JSON array; published as YYYY-MM-DD; nullopt: none.
    std::optional<std::string> oldValue, newValue;
    std::string analyst, at;
};

}  // namespace claimdesk::store
