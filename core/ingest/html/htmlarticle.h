#pragma once

// Turning an HTML page into an article: its visible text in reading order
// (block elements on their own lines, entities decoded; scripts, styles,
// navigation, forms and comments left out), the span of the main article
// body within that text, and the metadata that <meta> tags and JSON-LD
// (schema.org NewsArticle) state.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/result.h"
#include "core/domain/span.h"

namespace claimdesk::ingest {

struct HtmlArticle {
    std::string text;                      // UTF-8
    Span body;                             // code points into `text`
    std::string title;
    std::vector<std::string> authors;
    std::optional<std::string> published;  // YYYY-MM-DD
    std::string outlet;
};

// `html` is the page as saved: UTF-8, or a legacy charset its <meta>
// declares (decoded here). Fails when the page has no readable text.
Result<HtmlArticle> extractHtmlArticle(std::string_view html);

}  // namespace claimdesk::ingest
