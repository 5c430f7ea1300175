#pragma once

// Lanes: the timeline's horizontal bands, one per cluster, outlet or
// speaker, and the packing of a lane's entries into sub-rows so that their
// markers and labels do not overlap.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/timeline/timelineentry.h"

namespace claimdesk::timeline {

enum class LaneMode { Cluster, Outlet, Speaker };

struct Lane {
    std::string key;                   // stable across rebuilds: "claim-cluster:12", "outlet:UNN"
    std::string title;                 // what the lane's header shows
    std::vector<std::size_t> entries;  // indexes into the entries given, by first date
    bool disagreement = false;         // a claim cluster whose figures or stances conflict
    std::string disagreementReason;
};

// Groups entries into lanes, ordered by their earliest date (ties by
// title), so the timeline reads top to bottom in time; the shared lanes of
// single items (below) come last.
// - Cluster: one lane per claim cluster and per event cluster with two or
//   more members; claims and events alone in theirs share one lane each
//   ("Other claims", "Other events") rather than a lane apiece.
// - Outlet: one lane per outlet ("Unknown outlet" when there is none).
// - Speaker: one lane per speaker; unattributed claims share one, events
//   another.
// Entries without any date (TimelineEntry::extent()) are left out.
std::vector<Lane> assignLanes(const std::vector<TimelineEntry>& entries, LaneMode mode);

// A horizontal stretch an item occupies, in any unit (days, pixels).
struct Extent {
    double start = 0;
    double end = 0;
};

// Greedy interval packing: each extent, taken by start, goes to the first
// row free at its start, a new row while fewer than `maxRows` exist, and
// otherwise to the last row, where it overlaps (the renderer aggregates
// what collides there), so that every other row stays clear. `gap` is the free space kept
// between neighbours. Returns a row per extent, in the order given.
std::vector<int> packRows(const std::vector<Extent>& extents, int maxRows, double gap = 0);

}  // namespace claimdesk::timeline
