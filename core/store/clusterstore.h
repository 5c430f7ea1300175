#pragma once

// Claims and events grouped across documents: the clusters linking
// wrote, the analyst's moves and their undo, judging clusters again, and
// dismissing a disagreement. Each write is one transaction, the judging
// it causes included.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/result.h"
#include "core/store/clusterrecords.h"

namespace claimdesk::store {

class ClusterStore {
public:
    virtual ~ClusterStore() = default;

    using ClusterInfo = store::ClusterInfo;

    // Claim clusters. Every linked claim has a cluster (a single claim is a
    // cluster of one), so a claim without one is new to linking.
    virtual Result<std::vector<ClusterMembership>> claimClusters() = 0;
    // Replaces all claim clusters in one transaction, keeping the ids of
    // clusters given one and the analyst's pins.
    virtual Status writeClaimClusters(const std::vector<ClusterRecord>& clusters) = 0;
    // The analyst moves a claim into a cluster (or a new one of its own when
    // clusterId is nullopt) and pins it there; returns the cluster it is in.
    virtual Result<std::int64_t> moveClaimToCluster(std::int64_t claimId, std::optional<std::int64_t> clusterId) = 0;
    // The same for several claims at once (a merge moves a whole cluster),
    // in one transaction; the clusters they leave and the one they join are
    // judged again when `judge` is given. Returns the cluster they are in.
    virtual Result<std::int64_t> moveClaims(const std::vector<std::int64_t>& claimIds, std::optional<std::int64_t> into,
                                            const ClusterJudge& judge = {}) = 0;
    // Where claims sit now, and putting them back there (an undo): a
    // cluster that has gone meanwhile is made again under its id.
    virtual Result<std::vector<ClaimPlacement>> placements(const std::vector<std::int64_t>& claimIds) = 0;
    virtual Status restorePlacements(const std::vector<ClaimPlacement>& placements, const ClusterJudge& judge = {}) = 0;
    // Judges clusters again from their members (all claim clusters when
    // `clusterIds` is empty), in one transaction.
    virtual Status rejudgeClusters(const std::vector<std::int64_t>& clusterIds, const ClusterJudge& judge) = 0;
    // Judges the clusters marked to be judged again (members changed where
    // no judge was at hand, or by a schema migration) and clears their
    // marks, in one transaction; with none marked, one indexed read. A
    // project that cannot be written keeps its marks for a later open.
    virtual Status judgeMarkedClusters(const ClusterJudge& judge) = 0;
    // "Not a disagreement": the cluster shows no disagreement while linking
    // finds the same conflict in it (a different one shows again). Fails on
    // a cluster without a disagreement. restoreDisagreement undoes it.
    virtual Status dismissDisagreement(std::int64_t clusterId, const std::string& why, const std::string& analyst,
                                       const std::string& at) = 0;
    virtual Status restoreDisagreement(std::int64_t clusterId) = 0;
    virtual Result<std::optional<Dismissal>> dismissal(std::int64_t clusterId) = 0;
    // Replaces all event clusters: each group of event ids is one cluster.
    virtual Status writeEventClusters(const std::vector<std::vector<std::int64_t>>& groups) = 0;
    // Event clusters as groups of event ids, in cluster order.
    virtual Result<std::vector<std::vector<std::int64_t>>> eventClusters() = 0;
    virtual Result<std::vector<ClusterInfo>> clusterInfos() = 0;

protected:
    ClusterStore() = default;
    ClusterStore(const ClusterStore&) = default;
    ClusterStore& operator=(const ClusterStore&) = default;
};

}  // namespace claimdesk::store
