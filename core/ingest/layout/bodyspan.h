#pragma once

// Where the article proper lies among the segments: the contiguous run
// with the most prose in it once furniture, markers of the article's end,
// teasers and author boxes count against it.

#include <cstddef>
#include <optional>
#include <vector>

#include "core/ingest/layout/classify.h"
#include "core/ingest/layout/segments.h"

namespace claimdesk::ingest::layout {

struct BodyRun {
    std::size_t first = 0;  // segment indexes, inclusive
    std::size_t last = 0;
    // The headline that opened the run before it was set aside (a text
    // that starts with its headline, then its paragraphs).
    std::optional<std::size_t> leadingHeadline;
};

// nullopt when the text has no prose at all.
std::optional<BodyRun> findBodyRun(const std::vector<Segment>& segments, const std::vector<Kind>& kinds);

}  // namespace claimdesk::ingest::layout
