#pragma once

// Turning an HTML page into an article: its visible text in reading order
// (block elements on their own lines, entities decoded, whitespace
// collapsed; scripts, styles, navigation, forms, buttons, comments,
// templates, svg and hidden elements left out, as is furniture found inside
// the article such as share bars and teaser lists), the span of the main
// article body within that text (found the way Mozilla Readability finds
// it; the headline, byline and date line stay in the text but outside the
// span), and the metadata that <meta> tags, JSON-LD (schema.org
// NewsArticle), bylines and <time> elements state.

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
