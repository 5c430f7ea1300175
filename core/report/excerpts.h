#pragma once

// Cutting annotated excerpts out of a document's text (internal to
// core/report).

#include <string>
#include <vector>

#include "core/report/reportdata.h"

namespace claimdesk::report {

// The paragraphs (lines) of `text` holding the marks, whose spans are in
// code points of the whole text; long paragraphs are cut to a window around
// their marks at word boundaries. Returned excerpts are in text order with
// their marks made relative to them. Nothing outside `bounds` (the article
// body: not a "date" line or a page's furniture on the same line) is
// taken; an empty `bounds` is the whole text.
std::vector<Excerpt> cutExcerpts(const std::string& text, std::vector<Mark> marks, Span bounds = {});

}  // namespace claimdesk::report
