#pragma once

// What linking says of one cluster from its members: whether they
// disagree and why, how many outlets carry it, how many distinct speakers
// it traces back to and which speaker most of it comes from. The linker
// judges its own clusters with it; an analyst's edit of a cluster is
// judged with it too.

#include <vector>

#include "core/link/linkclaim.h"

namespace claimdesk::link {

// Fills every field of ClaimCluster except `members`; `disputed` holds
// positions in `members`.
ClaimCluster describeCluster(const std::vector<const LinkClaim*>& members);

}  // namespace claimdesk::link
