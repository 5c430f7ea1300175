#pragma once

// The metadata a page states about its article: <meta> tags (Open Graph,
// Twitter cards, Dublin Core, article:*), schema.org JSON-LD (Article,
// NewsArticle, BlogPosting..., inside @graph or arrays), <title>, <h1>,
// <time datetime> and rel=author links.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/ingest/html/htmldom.h"

namespace claimdesk::ingest::html {

struct PageMeta {
    std::string title;                     // the headline, site name removed
    std::vector<std::string> authors;      // from JSON-LD or <meta>
    std::vector<std::string> authorLinks;  // names of rel=author links
    std::optional<std::string> published;  // YYYY-MM-DD, from <meta> or JSON-LD
    std::string outlet;
    // The dates of the page's <time datetime> elements (node, YYYY-MM-DD), in
    // document order: which one dates the article depends on where it sits.
    std::vector<std::pair<int, std::string>> times;
};

PageMeta readPageMeta(const Dom& dom);

// The date an ISO-like stamp opens with ("2015-07-24T10:00Z", "2015/07/24"),
// as YYYY-MM-DD.
std::optional<std::string> isoDate(std::string_view stamp);

}  // namespace claimdesk::ingest::html
