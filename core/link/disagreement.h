#pragma once

// Whether the claims of one cluster disagree, and why, in one line.

#include <string>
#include <vector>

#include "core/link/linkclaim.h"

namespace claimdesk::link {

struct Disagreement {
    bool found = false;
    std::string reason;  // "4,000 soldiers (Zelensky, 2025-02-01) vs ≥ 300 soldiers (NIS, 2025-01)"
};

// Compares every pair of members from different documents: figures for
// the same unit that cannot both be true, after pairing each figure with a
// compatible one where there is one; or a member whose cue is a denial
// ("denied", "rejected", "dismissed") against another speaker's claim.
Disagreement findDisagreement(const std::vector<const LinkClaim*>& members);

}  // namespace claimdesk::link
