#pragma once

// Which timeline entries an export's filter keeps, so that the command
// line's `export --format timelinejs` and the window's File > Export write
// the same timeline for the same choices.

#include <vector>

#include "core/domain/claimselection.h"
#include "core/timeline/timelineentry.h"

namespace claimdesk::timeline {

// Claims pass when their document and status pass. Events have no status
// and no speaker: they pass the document filter only while neither a
// status nor a speaker is asked for. Entries carry no speaker id, so a
// speaker filter keeps no claim either; callers refuse that combination.
bool acceptsEntry(const TimelineEntry& entry, const ClaimSelection& filter);

// The entries the filter accepts, in their order.
std::vector<TimelineEntry> filterEntries(std::vector<TimelineEntry> entries, const ClaimSelection& filter);

}  // namespace claimdesk::timeline
