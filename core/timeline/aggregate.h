#pragma once

// Aggregation of dense regions: where more items fall in a stretch than
// can be told apart at the current zoom, the timeline draws one bin with a
// count instead of each item. Works on positions sorted once, so drawing
// costs a binary search per bin whatever the number of items.

#include <cstddef>
#include <span>
#include <vector>

namespace claimdesk::timeline {

struct Bin {
    double start = 0;        // the bin's stretch [start, end), same unit as the positions
    double end = 0;
    std::size_t first = 0;   // index of its first position in the sorted input
    std::size_t count = 0;   // how many positions fall in it (> 0)
};

// The non-empty bins of width `binWidth` covering [from, to), aligned on
// multiples of binWidth so they stay put while panning. `sorted` must be in
// ascending order. Costs O(bins * log n), never a walk over all positions.
// Empty when binWidth <= 0 or to <= from.
std::vector<Bin> aggregate(std::span<const double> sorted, double from, double to, double binWidth);

}  // namespace claimdesk::timeline
