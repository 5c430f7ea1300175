#pragma once

// The attribution rules over a tokenized, structured text: cue verbs with a
// source before or after them and the content on the other side, "according
// to", quotations introduced or followed by a speech verb, split and
// multi-paragraph quotations, labelled quotations ("Quote: ...") and
// quotations that continue the previous speaker.

#include <vector>

#include "core/extract/attribution/attributionfinder.h"
#include "core/text/annotatedtext.h"

namespace claimdesk::extract::attribution {

// The attributions found in `body`, ordered by content start.
std::vector<RawAttribution> applyRules(const text::AnnotatedText& body);

}  // namespace claimdesk::extract::attribution
