#pragma once

// What kind of attribution each claim is and whether it was made at all,
// from its cue and its source (data/lexicons/claim-cue-types.txt,
// claim-polarity.txt):
//  - type: the first cue word the lexicon knows ("has also denied" ->
//    denial, "is hoping" -> belief, "cited" -> reference); statement else;
//  - polarity: declined when the cue declines ("declined to comment") or
//    negates a verb of answering ("did not respond"); negated when the cue
//    holds a negation ("has not confirmed") or the source opens with one
//    ("Neither X nor Y has acknowledged", "No official has said"); affirmed
//    else. A negation inside the content ("said it had not paid") is the
//    source's statement, affirmed.

#include <string>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/cuetypes.h"
#include "core/text/annotatedtext.h"

namespace claimdesk::extract {

// Sets Claim::type and Claim::polarity of every claim of `analysis`.
void classifyClaims(const text::AnnotatedText& body, Analysis& analysis);

// Removes the declined claims that state no topic: "declined to
// comment", "refused to comment further" (claim-refusal-words.txt). A
// refusal is no claim; one with a topic ("declined to comment on whether
// a ransom was paid") stays, declined. Call after classifyClaims.
void removeBareRefusals(const text::AnnotatedText& body, Analysis& analysis);

// cueType() is core/domain/cuetypes.h's, included here for the callers.

}  // namespace claimdesk::extract
