#include "core/link/clusterfacts.h"
#include "core/link/clustersources.h"

#include <map>
#include <set>
#include <string>

#include "core/link/disagreement.h"
#include "core/text/fold.h"

namespace claimdesk::link {

ClaimCluster describeCluster(const std::vector<const LinkClaim*>& members) {
    ClaimCluster cluster;
    const ClusterSources sources = tallySources(members);
    cluster.outletCount = sources.outletCount;
    cluster.independentSources = sources.independentSources;
    cluster.originSpeaker = sources.originSpeaker;
    const Disagreement d = findDisagreement(members);
    cluster.disagreement = d.found;
    cluster.reason = d.reason;
    cluster.disputed = d.parties;  // positions in `members`
    return cluster;
}

}  // namespace claimdesk::link
