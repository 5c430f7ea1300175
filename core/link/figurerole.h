#pragma once

// What a figure in a claim counts, from the words around it: "deployed
// around 12,000 troops" counts a deployment, "4,000 were killed"
// casualties (data/lexicons/link-figure-predicates.txt).

#include <string>

#include "core/link/linkclaim.h"

namespace claimdesk::link {

// The class of the predicate nearest to `q` in `claim`'s content (up to
// eight words after it or four before, nearest first, not past another
// figure), or empty when none is near.
std::string figureRole(const LinkClaim& claim, const Quantity& q);

}  // namespace claimdesk::link
