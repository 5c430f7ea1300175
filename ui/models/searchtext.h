#pragma once

// What the library's search shows and marks: a hit's snippet as HTML with
// its matched words in bold (never FTS5's bracket markers), and the words
// of a query to find again in the article it opens.

#include <string>

#include <QString>
#include <QStringList>

namespace claimdesk::ui {

// The store's marked snippet (matches between SearchHit::kMatchStart and
// kMatchEnd) as escaped HTML with <b> around each match.
QString snippetHtml(const std::string& markedSnippet);

// The words and quoted phrases of a full-text query, without its operators
// (AND, OR, NOT, NEAR), column names, grouping or prefix stars:
// `"north korean" OR troop*` gives {"north korean", "troop"}.
QStringList searchTerms(const QString& query);

}  // namespace claimdesk::ui
