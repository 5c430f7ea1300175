#pragma once

// From attributions to speakers: one Speaker per real entity in a document
// (spelling variants, titles, "the president", "he", "the unit's
// spokesperson" resolved to the person they stand for), with name, kind,
// role and every mention; and each claim pointing at its speaker.

#include <string_view>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/document.h"
#include "core/extract/attribution/attributionfinder.h"
#include "core/text/utf8.h"

namespace claimdesk::extract {

// Appends to analysis.speakers and analysis.claims: one claim per
// attribution (content, cue, speaker mention, kind, speakerIndex).
void resolveSpeakers(const Document& document, const text::OffsetMap& map,
                     const std::vector<RawAttribution>& attributions, Analysis& analysis);

}  // namespace claimdesk::extract
