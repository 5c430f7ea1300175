#pragma once

// The frame of every figure in the claims of one document: what it counts,
// whose it is and as of when (core/domain/figureframe.h), read from the
// claim's own words around the figure. A small, general reader, not a
// parse: the measure is the nearest measure phrase (figure-measures.txt),
// the subject the proper name the figure's noun phrase carries ("Nine
// Lumeran sailors", "Lumera's 1,400 sailors", or for a deployment the
// clause's agent, "Haewon will send 300 marines"), the period the date
// nearest the figure in the content ("by Friday": as of; "on Wednesday":
// during) or else the day the claim was said.

#include <optional>
#include <string>

#include "core/domain/analysis.h"
#include "core/text/annotatedtext.h"

namespace claimdesk::extract {

// Fills Quantity::frame of every claim's figures. Needs the claims' spans,
// quantities and stated_on, and the document's timexes; `published` stands
// in for a claim with no stated_on.
void readFigureFrames(const text::AnnotatedText& body, const std::optional<std::string>& published, Analysis& analysis);

}  // namespace claimdesk::extract
