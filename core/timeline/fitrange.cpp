#include "core/timeline/fitrange.h"

#include <algorithm>
#include <cstddef>

namespace claimdesk::timeline {
namespace {

double lengthOf(std::vector<DaySpan>::const_iterator first, std::vector<DaySpan>::const_iterator last) {
    double a = first->first, b = first->second;
    for (auto it = first; it != last; ++it) {
        a = std::min(a, it->first);
        b = std::max(b, it->second);
    }
    return b - a;
}

// Far-out items: see fitRange.
void trimFarOutliers(std::vector<DaySpan>& spans) {
    for (bool trimmed = true; trimmed && spans.size() > 2;) {
        trimmed = false;
        std::sort(spans.begin(), spans.end());
        const std::size_t n = spans.size(), most = std::max<std::size_t>(1, n / 10);
        for (std::size_t k = 1; k <= most && !trimmed; ++k) {
            // The first k against the rest.
            double lowEnd = spans[0].second;
            for (std::size_t i = 0; i < k; ++i)
                lowEnd = std::max(lowEnd, spans[i].second);
            const double restLow = spans[k].first;
            if (restLow - lowEnd > 2 * std::max(1.0, lengthOf(spans.begin() + static_cast<long>(k), spans.end()))) {
                spans.erase(spans.begin(), spans.begin() + static_cast<long>(k));
                trimmed = true;
            }
        }
        std::sort(spans.begin(), spans.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
        for (std::size_t k = 1; k <= most && !trimmed && spans.size() > 2; ++k) {
            // The last k against the rest.
            const std::size_t cut = spans.size() - k;
            double highStart = spans[cut].first;
            for (std::size_t i = cut; i < spans.size(); ++i)
                highStart = std::min(highStart, spans[i].first);
            const double restHigh = spans[cut - 1].second;
            if (highStart - restHigh > 2 * std::max(1.0, lengthOf(spans.begin(), spans.begin() + static_cast<long>(cut)))) {
                spans.resize(cut);
                trimmed = true;
            }
        }
    }
}

// Stretching items: see fitRange. With the items' starts and ends each
// sorted, leaving out `low` items at the start and `high` at the end leaves
// [starts[low], ends[n - 1 - high]).
DaySpan withoutStretchingItems(const std::vector<DaySpan>& spans) {
    std::vector<double> starts, ends;
    for (const auto& [a, b] : spans) {
        starts.push_back(a);
        ends.push_back(b);
    }
    std::sort(starts.begin(), starts.end());
    std::sort(ends.begin(), ends.end());
    const std::size_t n = spans.size();
    const DaySpan all{starts.front(), ends.back()};
    if (n < 20)
        return all;
    const std::size_t few = std::min<std::size_t>(25, std::max<std::size_t>(1, n / 50));
    for (std::size_t k = 1; k <= few; ++k) {
        DaySpan best = all;
        for (std::size_t low = 0; low <= k; ++low) {
            const DaySpan rest{starts[low], ends[n - 1 - (k - low)]};
            if (rest.second - rest.first < best.second - best.first)
                best = rest;
        }
        if (2 * std::max(1.0, best.second - best.first) < all.second - all.first)
            return best;
    }
    return all;
}

}  // namespace

std::optional<DaySpan> fitRange(std::vector<DaySpan> spans) {
    if (spans.empty())
        return std::nullopt;
    trimFarOutliers(spans);
    return withoutStretchingItems(spans);
}

}  // namespace claimdesk::timeline
