#pragma once

// Reading the layout of an article's plain text: where the article proper
// starts and ends among the page furniture a copy-paste or a PDF brings
// along (menus, "Skip to content", newsletter forms, "Most popular",
// teasers of other articles, author boxes), and the metadata the text
// itself states: headline, byline, date line, outlet.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/span.h"

namespace claimdesk::ingest {

struct TextLayout {
    Span body;                            // code points into the analysed text
    std::string title;
    std::vector<std::string> authors;
    std::optional<std::string> published;  // YYYY-MM-DD
    std::string outlet;
};

// `text` is UTF-8. Never fails on any text: a text with no recognisable
// page furniture is all body (but for a headline on its first line), and
// metadata the text does not state stay empty. Time is linear in the
// text. Reads its word lists from data/lexicons (layout_*.txt, layout-outlets.txt,
// layout-outlet-signatures.txt) on first use; a missing list throws
// std::runtime_error, as every lexicon does.
TextLayout analyzeTextLayout(std::string_view text);

}  // namespace claimdesk::ingest
