#include "core/timeline/aggregate.h"

#include <algorithm>
#include <cmath>

namespace claimdesk::timeline {

std::vector<Bin> aggregate(std::span<const double> sorted, double from, double to, double binWidth) {
    std::vector<Bin> out;
    if (binWidth <= 0 || to <= from || sorted.empty())
        return out;
    double start = std::floor(from / binWidth) * binWidth;
    auto lo = std::lower_bound(sorted.begin(), sorted.end(), start);
    const auto stop = std::lower_bound(lo, sorted.end(), to);
    while (lo != stop) {
        // Skip the empty bins at once: jump to the bin holding the next position.
        start = std::floor(*lo / binWidth) * binWidth;
        const double end = start + binWidth;
        auto hi = std::lower_bound(lo, stop, end);
        if (hi == lo)  // rounding put the position just past its bin
            ++hi;
        out.push_back({start, end, static_cast<std::size_t>(lo - sorted.begin()), static_cast<std::size_t>(hi - lo)});
        lo = hi;
    }
    return out;
}

}  // namespace claimdesk::timeline
