#pragma once

// Writing a page's visible text: block elements on their own lines, table
// cells apart, whitespace collapsed (kept as line breaks inside <pre>),
// and where each text node landed, in code points, so that a DOM region
// maps to a span of the text.

#include <cstdint>
#include <string>
#include <vector>

#include "core/ingest/html/htmldom.h"

namespace claimdesk::ingest::html {

struct RenderedText {
    std::string text;                 // UTF-8, ends with a newline unless empty
    std::vector<std::int64_t> start;  // per node: first code point of its text, -1 if none
    std::vector<std::int64_t> end;    // per node: one past its last code point
};

// Leaves out hidden nodes and those `dropped` marks, with their subtrees.
RenderedText renderText(const Dom& dom, const std::vector<char>& dropped);

}  // namespace claimdesk::ingest::html
