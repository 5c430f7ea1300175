#pragma once

// What an analyst types in a search box, read as a query that SQLite's
// full-text index always accepts. Raw FTS5 syntax is never passed through:
// each word becomes a quoted FTS5 string, so "title:zelensky", "^^^" or a
// stray quote cannot become a syntax error or "no such column".
//
// Understood: words (all must match), "a phrase", prefix* , OR between
// two terms, -word or NOT word to leave out, and title:word (documents
// whose title has it; claims have no title). AND and parentheses are
// taken as separators. Letters and digits are what counts: a term of
// punctuation alone is dropped.

#include <string>
#include <string_view>

#include "core/domain/result.h"

namespace claimdesk::store {

struct SearchQuery {
    std::string documents;  // MATCH expression over documents_fts (title, text)
    std::string claims;     // over claims_fts (content); empty: no claim can match
};

// Fails with a message saying what to type when nothing is left to search
// for, or when the query only leaves words out.
Result<SearchQuery> parseSearchQuery(std::string_view text);

}  // namespace claimdesk::store
