#pragma once

// Temporal expressions ("Jan. 31", "yesterday", "last fall", "for roughly
// three weeks") found in text and normalised to TIMEX3 values.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/span.h"
#include "core/text/utf8.h"

namespace claimdesk::extract {

// Finds the temporal expressions of `text` (UTF-8) inside `region` (code
// points) and resolves relative ones against `anchor` (YYYY-MM-DD: the
// publication date, or the date a quote was said); without an anchor,
// relative expressions keep unknown parts ("XXXX-01-31"). Spans are code
// points into `text`; `map` is text's offset map.
std::vector<Timex> findTimexes(std::string_view text, const text::OffsetMap& map, Span region,
                               const std::optional<std::string>& anchor);

}  // namespace claimdesk::extract
