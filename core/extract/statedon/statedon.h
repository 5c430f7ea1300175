#pragma once

// When each claim was said (stated_on), from the text around it:
//  1. a date in the attribution's own sentence, outside the claim's content
//     and outside quotation marks ("told the AP on Feb. 2", "claimed in mid-January", "In late 2024,
//     Zelensky called on ...");
//  2. else the date of the reported speech it lies in, when an editorial
//     insert revealed it ("Yesterday (31 January)" in a quote said on 1 Feb);
//  3. else the date of the same speaker's nearest claim dated by 1 or 2,
//     before it, or else after it (one interview quoted over several
//     paragraphs).
// Claims with nothing to go on keep no date.

#include <vector>

#include "core/domain/analysis.h"
#include "core/extract/timex/timexfinder.h"
#include "core/text/annotatedtext.h"

namespace claimdesk::extract {

void assignStatedOn(const text::AnnotatedText& body, const std::vector<DatedRegion>& speechDates, Analysis& analysis);

}  // namespace claimdesk::extract
