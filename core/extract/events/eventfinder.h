#pragma once

// Dated happenings for the timeline: a sentence that holds a calendar date
// and an event word (strike, battle, deployed, launched, interview,
// address, told, reported ...) gives one event per distinct date, the most
// specific of nested ones ("six months ago, on Aug. 6" gives Aug. 6). A
// sentence that names an interview or address without a date takes the
// date its claims were stated on. Each event has its date, a short
// description, a place when one is named ("in the city of Rylsk", "near
// Makhnovka", "in Kursk Oblast") and the sentence as evidence.

#include "core/domain/analysis.h"
#include "core/domain/document.h"
#include "core/text/annotatedtext.h"
#include "core/text/utf8.h"

namespace claimdesk::extract {

// Appends to analysis.events; uses analysis.timexes and the claims'
// statedOn, so it runs after both.
void findEvents(const Document& document, const text::OffsetMap& map, const text::AnnotatedText& body, Analysis& analysis);

}  // namespace claimdesk::extract
