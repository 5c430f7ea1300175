#pragma once

// How deep a page's elements nest, estimated before the page is parsed.
// gumbo's tree builder scans its stack of open elements for most tags, so
// its time grows with the square of the depth (100,000 nested <div>s took
// 25 s); a page nested deeper than any real article is refused instead.

#include <cstddef>
#include <string_view>

namespace claimdesk::ingest::html {

// The deepest nesting of elements in `page` (UTF-8 or an ASCII-compatible
// charset), as a browser would build the tree: void elements, end tags,
// script/style contents and comments are understood, and the end tags HTML
// lets a page leave out (p, li, td...) are closed as a browser closes them.
// Counting stops once it passes `stopAbove`: the result is then
// stopAbove + 1. Linear in the page's length.
std::size_t nestingDepth(std::string_view page, std::size_t stopAbove);

}  // namespace claimdesk::ingest::html
