#pragma once

// Finding a page's main article in its DOM, the way Mozilla Readability
// does: paragraphs score their ancestors by text length and commas, scores
// are damped by link density and class names (article/content vs
// comment/sidebar/related), the best ancestor and the siblings that score
// near it are the article; inside it, link lists, share bars, forms and
// other furniture are marked to be left out.

#include <string_view>
#include <vector>

#include "core/ingest/html/htmldom.h"

namespace claimdesk::ingest::html {

struct MainContent {
    std::vector<int> blocks;       // the article's top-level subtrees, in document order
    std::vector<char> dropped;     // per node: left out of the text (furniture inside the article)
    std::vector<char> furniture;   // per node: headline, byline or date line (kept in the text, not in the body)
    int byline = -1;               // the first byline element that names someone, if any
    int textLen = 0;               // the article's text length once furniture is dropped
};

// `title` is the page's headline as the metadata state it (may be empty);
// a heading that repeats it is furniture. Never fails: at worst the whole
// <body> is the article.
MainContent findMainContent(Dom& dom, std::string_view title);

// Readability's similarity of two short texts (0..1): the share of b's
// word characters that are in words a also has.
double textSimilarity(std::string_view a, std::string_view b);

}  // namespace claimdesk::ingest::html
