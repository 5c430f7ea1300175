#pragma once

// Who said what: attributed claims (direct, indirect and mixed) with their
// speaker, cue and content spans, and the speakers they resolve to.

#include <string_view>

#include "core/domain/analysis.h"
#include "core/domain/document.h"
#include "core/text/utf8.h"

namespace claimdesk::extract {

// Fills analysis.speakers and analysis.claims for the body of `document`.
// Timexes already in `analysis` are used to date the claims (stated_on).
void findAttributions(const Document& document, const text::OffsetMap& map, Analysis& analysis);

}  // namespace claimdesk::extract
