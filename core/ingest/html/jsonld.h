#pragma once

// The article node of a page's schema.org JSON-LD (<script
// type="application/ld+json">): NewsArticle, Article, BlogPosting,
// ReportageNewsArticle... found at the top level, in arrays or in @graph,
// with author and publisher references (@id) resolved.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace claimdesk::ingest::html {

struct JsonLd {
    std::string headline;
    std::string name;
    std::vector<std::string> authors;  // people only, not organisations
    std::string published;             // datePublished as stated
    std::string publisher;
    std::map<std::string, std::string> namesById;  // @id -> name, to resolve references
    bool found = false;                // an article node was read (later ones are ignored)
};

// Reads one script's text into `ld`; malformed JSON is ignored.
void readJsonLd(std::string_view script, JsonLd& ld);

}  // namespace claimdesk::ingest::html
