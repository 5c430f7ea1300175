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
#include "core/text/annotatedtext.h"

namespace claimdesk::extract {

// Appends to analysis.speakers and analysis.claims: one claim per
// attribution, in input order (content, cue, speaker mention = the source
// span as written, kind, speakerIndex), and one speaker per entity that
// owns a claim, in the order of its first claim, with every mention of it
// in the body (names, surnames, titles, and the sources that refer to it).
// A source that cannot be resolved (a pronoun with no antecedent, "it is
// believed", a bare cue word) leaves speakerIndex at -1: no speaker is ever
// named "He". Quantities and statedOn are left for other stages. Throws
// only when a speaker lexicon is missing (see core/text/lexicon.h).
// `body` is the document's body as read once for every finder.
void resolveSpeakers(const Document& document, const text::AnnotatedText& body,
                     const std::vector<RawAttribution>& attributions, Analysis& analysis);

}  // namespace claimdesk::extract
