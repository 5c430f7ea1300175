#include "core/timeline/timelinefilter.h"

#include <algorithm>

namespace claimdesk::timeline {

bool acceptsEntry(const TimelineEntry& entry, const ClaimSelection& filter) {
    if (!filter.acceptsDocument(entry.documentId) || filter.speakerId)
        return false;
    if (entry.kind == EntryKind::Event)
        return filter.statuses.empty();
    return filter.statuses.empty() ||
           std::find(filter.statuses.begin(), filter.statuses.end(), entry.status) != filter.statuses.end();
}

std::vector<TimelineEntry> filterEntries(std::vector<TimelineEntry> entries, const ClaimSelection& filter) {
    std::erase_if(entries, [&](const TimelineEntry& e) { return !acceptsEntry(e, filter); });
    return entries;
}

}  // namespace claimdesk::timeline
