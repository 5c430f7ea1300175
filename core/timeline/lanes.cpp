#include "core/timeline/lanes.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace claimdesk::timeline {
namespace {

struct Group {
    Lane lane;
    Day earliest = 0;
};

std::string clusterKey(const TimelineEntry& e) {
    const char* kind = e.kind == EntryKind::Claim ? "claim-cluster:" : "event-cluster:";
    return e.clusterId ? kind + std::to_string(*e.clusterId) : std::string(kind) + "none";
}

}  // namespace

std::vector<Lane> assignLanes(const std::vector<TimelineEntry>& entries, LaneMode mode) {
    std::vector<std::size_t> order;
    std::vector<Day> firstDay(entries.size(), 0);
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (const auto x = entries[i].extent()) {
            order.push_back(i);
            firstDay[i] = x->first;
        }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return firstDay[a] < firstDay[b]; });

    std::map<std::string, std::size_t> clusterSizes;
    if (mode == LaneMode::Cluster)
        for (std::size_t i : order)
            ++clusterSizes[clusterKey(entries[i])];

    std::map<std::string, Group> groups;
    for (std::size_t i : order) {
        const TimelineEntry& e = entries[i];
        std::string key, title;
        switch (mode) {
        case LaneMode::Cluster:
            key = clusterKey(e);
            if (!e.clusterId || clusterSizes[key] < 2) {
                key = e.kind == EntryKind::Claim ? "claim-cluster:other" : "event-cluster:other";
                title = e.kind == EntryKind::Claim ? "Other claims" : "Other events";
            } else {
                title = e.label;  // the cluster's earliest entry names it
            }
            break;
        case LaneMode::Outlet:
            key = "outlet:" + e.outlet;
            title = e.outlet.empty() ? "Unknown outlet" : e.outlet;
            break;
        case LaneMode::Speaker:
            if (e.kind == EntryKind::Event) {
                key = "speaker:events";
                title = "Events";
            } else {
                key = "speaker:" + e.speaker;
                title = e.speaker.empty() ? "Unattributed" : e.speaker;
            }
            break;
        }
        auto [it, added] = groups.try_emplace(key);
        Group& g = it->second;
        if (added) {
            g.lane.key = key;
            g.lane.title = title;
            g.earliest = firstDay[i];
        }
        g.lane.entries.push_back(i);
        if (mode == LaneMode::Cluster && e.disagreement && key != "claim-cluster:other") {
            g.lane.disagreement = true;
            g.lane.disagreementReason = e.disagreementReason;
        }
    }

    std::vector<Group*> sorted;
    for (auto& [key, g] : groups)
        sorted.push_back(&g);
    // The shared "Other claims" and "Other events" lanes come last: the
    // stories told more than once are what the analyst looks for first.
    auto catchAll = [](const Group* g) { return g->lane.key.ends_with(":other"); };
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Group* a, const Group* b) {
        if (catchAll(a) != catchAll(b))
            return catchAll(b);
        if (a->earliest != b->earliest)
            return a->earliest < b->earliest;
        return a->lane.title < b->lane.title;
    });
    std::vector<Lane> out;
    out.reserve(sorted.size());
    for (Group* g : sorted)
        out.push_back(std::move(g->lane));
    return out;
}

std::vector<int> packRows(const std::vector<Extent>& extents, int maxRows, double gap) {
    maxRows = std::max(1, maxRows);
    std::vector<std::size_t> order(extents.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    const auto byStart = [&](std::size_t a, std::size_t b) { return extents[a].start < extents[b].start; };
    if (!std::is_sorted(order.begin(), order.end(), byStart))  // lanes come sorted: skip the sort then
        std::stable_sort(order.begin(), order.end(), byStart);
    std::vector<int> rows(extents.size(), 0);
    std::vector<double> rowEnd;  // where each row's last item ends
    for (std::size_t i : order) {
        const Extent& x = extents[i];
        int row = -1;
        for (std::size_t r = 0; r < rowEnd.size(); ++r)
            if (rowEnd[r] + gap <= x.start) {
                row = static_cast<int>(r);
                break;
            }
        if (row < 0 && static_cast<int>(rowEnd.size()) < maxRows) {
            row = static_cast<int>(rowEnd.size());
            rowEnd.push_back(x.end);
        } else if (row < 0) {
            row = maxRows - 1;  // the crowd goes to the last row, where it aggregates; the others stay clear
        }
        rowEnd[static_cast<std::size_t>(row)] = std::max(rowEnd[static_cast<std::size_t>(row)], x.end);
        rows[i] = row;
    }
    return rows;
}

}  // namespace claimdesk::timeline
