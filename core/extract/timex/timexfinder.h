#pragma once

// Temporal expressions ("Jan. 31", "yesterday", "last fall", "for roughly
// three weeks") found in text and normalised to TIMEX3 values.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/span.h"
#include "core/text/tokens.h"
#include "core/text/utf8.h"

namespace claimdesk::extract {

// A stretch of reported speech whose date is known from the text itself,
// e.g. a quote in which "Yesterday (31 January)" shows it was said on
// 1 February. Relative expressions inside it resolve against `date`.
struct DatedRegion {
    Span span;
    std::string date;  // YYYY-MM-DD
};

struct TimexFindings {
    std::vector<Timex> timexes;           // in text order
    std::vector<DatedRegion> speechDates;  // in text order, not overlapping
};

// Finds the temporal expressions of `text` (UTF-8) inside `region` (code
// points) and resolves relative ones against `anchor` (YYYY-MM-DD: the
// publication date), or inside reported speech against the date it was
// said when the text shows it. Without an anchor, the latest day the text
// itself states with a year (or a bare day soon after it) stands in for
// one; when the text states none, relative expressions keep unknown parts
// ("XXXX-01-31"). Spans are code points into `text`. Throws
// std::runtime_error (from text::lexicon) when a lexicon file is missing.
TimexFindings findTimexes(std::string_view text, const text::OffsetMap& map, Span region,
                          const std::optional<std::string>& anchor);
// The same over the pieces of a text already read (the extractor's body).
TimexFindings findTimexes(const text::TokenStream& stream, const std::optional<std::string>& anchor);

// Normalises one phrase that is a temporal expression as a whole ("Feb. 2",
// "mid-January", "yesterday", "last fall") against `anchor` (YYYY-MM-DD);
// nullopt when the phrase holds no expression. With several, the longest.
std::optional<std::string> resolveDateExpression(std::string_view phrase, const std::string& anchor);

}  // namespace claimdesk::extract
