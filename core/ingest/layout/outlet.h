#pragma once

// Which outlet published a pasted article, from what the page itself says:
// a copyright line, a credit line outside the article ("The Kyiv
// Independent" over a teaser, an author box), the idioms an outlet uses of
// itself ("X could not verify the claims", ", X reports."), a wire
// dateline ("KYIV (Reuters) -"). Names come from data/lexicons/layout-outlets.txt;
// a copyright line or "X could not verify" may also name an outlet the
// list lacks. Last, a house format from layout-outlet-signatures.txt (see there).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/layout/classify.h"
#include "core/ingest/layout/segments.h"

namespace claimdesk::ingest::layout {

// Empty when nothing names the outlet. `bodyFirst`..`bodyLast` are the
// article's segments (inclusive; bodyFirst > bodyLast when there is none),
// `title` its headline's.
std::string findOutlet(std::string_view text, const std::vector<Segment>& segments, const std::vector<Kind>& kinds,
                       std::size_t bodyFirst, std::size_t bodyLast, std::optional<std::size_t> title);

}  // namespace claimdesk::ingest::layout
