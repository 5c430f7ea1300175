#pragma once

// The values the cluster store takes and gives: claims' places in the
// clusters, what linking judges of a cluster, dismissals, cluster rows.

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/domain/result.h"

namespace claimdesk::store {

// A claim's place in the cross-document clusters.
struct ClusterMembership {
    std::int64_t claimId = 0;
    std::int64_t clusterId = 0;
    bool pinned = false;  // placed by the analyst
};

// Where a claim sits among the clusters (nullopt: in none), as an undo
// puts it back.
struct ClaimPlacement {
    std::int64_t claimId = 0;
    std::optional<std::int64_t> clusterId;
    bool pinned = false;
    bool operator==(const ClaimPlacement&) const = default;
};

// What linking judges of a cluster from its members.
struct ClusterFacts {
    bool disagreement = false;
    std::string reason;
    int outletCount = 0;
    int independentSources = 0;
    std::string originSpeaker;
    // The claims taking part in the disagreement; empty: every member.
    std::set<std::int64_t> disputed;
};

// How linking judges a cluster from its members' claim ids (core/pipeline
// gives one): the store calls it inside its own transaction, so an edit
// and the facts it changes are written together.
using ClusterJudge = std::function<Result<ClusterFacts>(const std::vector<std::int64_t>& claimIds)>;

// A disagreement the analyst dismissed ("not a disagreement"): the reason
// linking gave then, why it was dismissed, by whom and when.
struct Dismissal {
    std::int64_t clusterId = 0;
    std::string dismissedReason;
    std::string why;
    std::string analyst, at;
};

// A cluster of claims as linking computed it. id 0: a new cluster.
struct ClusterRecord {
    std::int64_t id = 0;
    std::vector<std::int64_t> claimIds;
    bool disagreement = false;
    std::string reason;
    int outletCount = 0;
    int independentSources = 0;
    std::string originSpeaker;
    // The claims taking part in the disagreement (the others only share the
    // cluster); empty: every member.
    std::set<std::int64_t> disputed;
};

// A claim cluster as the cluster list shows it.
struct ClusterInfo {
    std::int64_t id = 0;
    bool disagreement = false;  // false too when the analyst dismissed it
    std::string reason;
    int outletCount = 0;
    int independentSources = 0;
    std::string originSpeaker;
    int members = 0;
    int documents = 0;
    bool dismissed = false;     // a disagreement the analyst dismissed
};

}  // namespace claimdesk::store
