#pragma once

// Where an editorial insert ("Yesterday (31 January)") dates the reported
// speech around it: from the paragraph holding the insert through the
// paragraphs that go on quoting or reporting the same speech.

#include <cstddef>
#include <vector>

#include "core/extract/timex/timexlexicons.h"
#include "core/domain/calendar.h"

namespace claimdesk::extract::timex {

struct SpeechInsert {
    std::size_t token = 0;  // where the insert's timex starts
    CalendarDate spokenOn;
};

struct SpeechStretch {
    std::size_t beginToken = 0;  // [begin, end) token indices
    std::size_t endToken = 0;
    CalendarDate spokenOn;
};

// `inserts` in text order; the stretches come back in text order and do
// not overlap (a later insert ends the stretch before it).
std::vector<SpeechStretch> speechStretches(const std::vector<Token>& tokens, const std::vector<SpeechInsert>& inserts);

}  // namespace claimdesk::extract::timex
