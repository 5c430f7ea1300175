#pragma once

// Whether the claims of one cluster disagree, and why, in one line.

#include <string>
#include <vector>

#include "core/link/linkclaim.h"

namespace claimdesk::link {

struct Disagreement {
    bool found = false;
    // One line: "North Korean soldiers killed, as of 2025-02-01: 4,000 (Zelensky, 2025-02-01) vs ≥ 300 (NIS,
    // 2025-01)"; when nothing disagrees but a running count grew between
    // members, "progression: ..." (core/link/figurecomparison.h).
    std::string reason;
    bool progression = false;
    // The members (indexes into the argument) on either side of it: the
    // claims whose figures conflict, a denial and what it denies.
    std::vector<std::size_t> parties;
};

// Compares every pair of members from different documents, and of one
// document when two speakers give them (the article reports a dispute):
// figures for the same thing (figurecomparison.h) that cannot both be
// true, after pairing each figure with one that agrees or grows from it
// where there is one; or a denial ("denied", "rejected", "dismissed") against what it
// answers: the claim before it in its own document and that speaker's
// claims elsewhere, or, when it answers nothing there, the other speakers'
// claims of other documents. Claims not made (negated, declined) take no
// part.
Disagreement findDisagreement(const std::vector<const LinkClaim*>& members);

}  // namespace claimdesk::link
