#include "core/pipeline/linking.h"

#include <map>

#include "core/link/claimlinker.h"
#include "core/link/documentclaims.h"
#include "core/link/eventlinker.h"

namespace claimdesk::pipeline {

Status relinkProject(store::ProjectStore& store) {
    auto memberships = store.claimClusters();
    auto documents = store.documents();
    if (!memberships || !documents)
        return makeError(!memberships ? memberships.error() : documents.error());
    std::map<std::int64_t, std::int64_t> clusterOf;
    for (const auto& m : *memberships)
        clusterOf[m.claimId] = m.clusterId;

    std::vector<link::LinkClaim> known, fresh;
    std::vector<std::int64_t> knownGroups;
    std::vector<link::LinkEvent> events;
    for (const auto& summary : *documents) {
        auto document = store.document(summary.id);
        auto analysis = store.analysis(summary.id);
        if (!document || !analysis)
            return makeError(!document ? document.error() : analysis.error());
        for (const auto& e : analysis->events)
            events.push_back({e.id, summary.id, e.date, e.place, e.what + " " + e.evidence.text});
        for (auto& claim : link::linkClaimsOf(*document, *analysis, summary.id)) {
            auto it = clusterOf.find(claim.claimId);
            if (it == clusterOf.end()) {
                fresh.push_back(std::move(claim));
            } else {
                knownGroups.push_back(it->second);
                known.push_back(std::move(claim));
            }
        }
    }
    link::ClaimLinker linker;
    linker.restore(known, knownGroups);
    linker.add(fresh);

    std::vector<store::ClusterRecord> records;
    for (const auto& cluster : linker.clusters(true)) {
        store::ClusterRecord record;
        std::map<std::int64_t, int> previous;  // old cluster id -> members from it
        for (std::size_t m : cluster.members) {
            const std::int64_t claimId = linker.claims()[m].claimId;
            record.claimIds.push_back(claimId);
            if (auto it = clusterOf.find(claimId); it != clusterOf.end())
                ++previous[it->second];
        }
        int most = 0;
        for (const auto& [id, count] : previous)
            if (count > most) {
                most = count;
                record.id = id;
            }
        record.disagreement = cluster.disagreement;
        for (std::size_t m : cluster.disputed)
            record.disputed.insert(linker.claims()[m].claimId);
        record.reason = cluster.reason;
        record.outletCount = cluster.outletCount;
        record.independentSources = cluster.independentSources;
        record.originSpeaker = cluster.originSpeaker;
        records.push_back(std::move(record));
    }
    if (Status s = store.writeClaimClusters(records); !s.ok())
        return s;
    // Events are few and carry no analyst decisions: cluster them afresh.
    std::vector<std::vector<std::int64_t>> eventGroups;
    for (const auto& group : link::clusterEvents(events)) {
        eventGroups.emplace_back();
        for (std::size_t i : group)
            eventGroups.back().push_back(events[i].eventId);
    }
    return store.writeEventClusters(eventGroups);
}

}  // namespace claimdesk::pipeline
