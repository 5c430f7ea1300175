#pragma once

// The timeline as TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html),
// for publishing it as an interactive web page.

#include <string>
#include <vector>

#include "core/timeline/lanes.h"
#include "core/timeline/timelineentry.h"

namespace claimdesk::timeline {

struct TimelineJsOptions {
    std::string title = "Claimdesk timeline";  // the title slide's headline
    std::string subtitle;                       // its text; may be empty
    LaneMode groups = LaneMode::Cluster;        // what an event's "group" is
};

// One TimelineJS event per entry: a claim starts at the first of its dates
// (happened, else stated, else published) and its text lists all three;
// vague dates become partial dates ({year, month}) or start/end pairs;
// "group" is the entry's lane title. A title slide comes first. Entries
// without a date are left out. Returns the JSON text (UTF-8, indented).
std::string toTimelineJs(const std::vector<TimelineEntry>& entries, const TimelineJsOptions& options = {});

}  // namespace claimdesk::timeline
