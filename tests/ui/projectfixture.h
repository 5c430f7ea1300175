#pragma once

// Small projects written by the tests themselves: two articles by two
// outlets with hand-made analyses (speakers, claims, a date), and a large
// one for paging.

#include <string>

#include "core/domain/analysis.h"
#include "core/store/projectstore.h"

namespace claimdesk::testing {

// The code-point span of the first `needle` in `text` (after `from`).
Span spanOf(const std::string& text, const std::string& needle, std::size_t from = 0);
TextSpan textSpanOf(const std::string& text, const std::string& needle, std::size_t from = 0);

// Writes the two-article project; returns the ids of its documents.
struct SmallProject {
    std::int64_t harbour = 0;  // "Harbour Gazette": 3 claims, one after a non-BMP character
    std::int64_t river = 0;    // "River Post": 2 claims
};
SmallProject writeSmallProject(store::ProjectStore& store);

// One document with `claims` claims by a few speakers.
std::int64_t writeManyClaims(store::ProjectStore& store, int claims);

}  // namespace claimdesk::testing

namespace claimdesk::testing {

// The demo corpus (data/demo) ingested into a project file at `path` through
// the window's ingestion; false when any article failed.
bool writeDemoProject(const std::string& path);

}  // namespace claimdesk::testing
