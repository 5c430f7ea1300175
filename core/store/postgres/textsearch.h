#pragma once

// Full-text search on PostgreSQL: the PostgreSQL forms of the store's two
// search queries (ProjectStore::search runs the SQLite ones over FTS5),
// over documents_fts and claims_fts, whose generated "search" columns are
// tsvectors in the text search configuration "claimdesk" under GIN
// indexes (postgres/postgresschema.h).
//
// The analyst's words are bound as ?1 and read by websearch_to_tsquery,
// which takes what a search box is given ("a phrase", OR, -word) and
// never fails on punctuation; ?2 is the limit. Columns, in order, as the
// SQLite queries give them: id, [claims: document id,] file name, snippet
// with [ ] around matches, the same snippet with \x02 \x03 around them,
// outlet, title (or the body's first words). Best match first.
//
// Unlike the SQLite form: a word is matched whole (prefix* matches the
// word itself), and title:word looks in the title and the text alike.

#include <string>
#include <string_view>

namespace claimdesk::store::postgres {

const char* documentSearchSql();
const char* claimSearchSql();

// What to bind as ?1 for what the analyst typed: "title:" dropped (the
// PostgreSQL form has no per-column search).
std::string searchText(std::string_view analystText);

}  // namespace claimdesk::store::postgres
