#pragma once

// The claims of an analysed document as cross-source linking sees them.

#include <cstdint>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/document.h"
#include "core/link/linkclaim.h"

namespace claimdesk::link {

// One LinkClaim per claim of `analysis`, in order; claimId is the claim's
// store id when it has one, else its index in the analysis.
std::vector<LinkClaim> linkClaimsOf(const Document& document, const Analysis& analysis, std::int64_t documentKey);

}  // namespace claimdesk::link
