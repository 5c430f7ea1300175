#include "core/timeline/fitrange.h"

#include <algorithm>
#include <cstddef>

namespace claimdesk::timeline {
namespace {

// Whether leaving out the first k items (spans sorted by start) leaves a
// gap more than twice as long as what remains, for the smallest such k up
// to `most`; 0 when there is none. Linear: the widest end among the first
// k grows as k does, and what remains spans from its first start to the
// widest end after it (kept from the back).
std::size_t farAtStart(const std::vector<DaySpan>& spans, std::size_t most) {
    const std::size_t n = spans.size();
    std::vector<double> widestEndFrom(n + 1, spans.back().second);
    for (std::size_t i = n; i-- > 0;)
        widestEndFrom[i] = i + 1 < n ? std::max(widestEndFrom[i + 1], spans[i].second) : spans[i].second;
    double lowEnd = spans[0].second;
    for (std::size_t k = 1; k <= most && k < n; ++k) {
        lowEnd = std::max(lowEnd, spans[k - 1].second);
        const double restLow = spans[k].first;
        const double restLength = widestEndFrom[k] - restLow;
        if (restLow - lowEnd > 2 * std::max(1.0, restLength))
            return k;
    }
    return 0;
}

// The same at the end (spans sorted by end): the last k items against the
// rest, whose extent runs from the earliest start before them to the end
// just before them.
std::size_t farAtEnd(const std::vector<DaySpan>& spans, std::size_t most) {
    const std::size_t n = spans.size();
    std::vector<double> earliestStartTo(n);
    for (std::size_t i = 0; i < n; ++i)
        earliestStartTo[i] = i > 0 ? std::min(earliestStartTo[i - 1], spans[i].first) : spans[i].first;
    double highStart = spans[n - 1].first;
    for (std::size_t k = 1; k <= most && k + 2 <= n; ++k) {
        const std::size_t cut = n - k;
        highStart = std::min(highStart, spans[cut].first);
        const double restHigh = spans[cut - 1].second;
        const double restLength = restHigh - earliestStartTo[cut - 1];
        if (highStart - restHigh > 2 * std::max(1.0, restLength))
            return k;
    }
    return 0;
}

// Far-out items: see fitRange. Each round leaves out the first such run at
// the start, else at the end, and looks again.
void trimFarOutliers(std::vector<DaySpan>& spans) {
    for (bool trimmed = true; trimmed && spans.size() > 2;) {
        trimmed = false;
        std::sort(spans.begin(), spans.end());
        const std::size_t most = std::max<std::size_t>(1, spans.size() / 10);
        if (const std::size_t k = farAtStart(spans, most)) {
            spans.erase(spans.begin(), spans.begin() + static_cast<long>(k));
            trimmed = true;
        }
        std::sort(spans.begin(), spans.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
        if (!trimmed && spans.size() > 2)
            if (const std::size_t k = farAtEnd(spans, most)) {
                spans.resize(spans.size() - k);
                trimmed = true;
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
