#pragma once
// Who a cluster of claims traces back to: the counts the claim table and
// the report show beside a cluster.

#include <string>
#include <vector>

#include "core/link/linkclaim.h"

namespace claimdesk::link {

struct ClusterSources {
    int outletCount = 0;         // distinct outlets carrying it
    int independentSources = 0;  // distinct speakers: an outlet repeating a speaker is not a second witness
    std::string originSpeaker;   // the speaker most members trace back to (the first such on a tie)
};

// Reads only each member's outlet, speaker name and speaker key.
ClusterSources tallySources(const std::vector<const LinkClaim*>& members);

}  // namespace claimdesk::link
