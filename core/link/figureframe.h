#pragma once

// What a cluster's figures count and which figures it gives: the frame a
// report heading or a timeline lane names a cluster by ("Soldiers,
// casualties: ≥ 300 vs 4,000") instead of a cluster number or a cut claim.
// Read from the members' figures as extraction found them: the unit each
// counts and the predicate next to it (figureRole).

#include <string>
#include <vector>

#include "core/link/linkclaim.h"

namespace claimdesk::link {

struct FigureFrame {
    std::string unit;                  // "soldiers"; empty when no member gives a counted figure
    std::string role;                  // "casualties", "deployed"... (figure-predicates.txt); may be empty
    std::vector<std::string> figures;  // as extract::describe writes them, in the members' order
    bool conflict = false;             // figures[0] and figures[1] cannot both be true

    bool empty() const { return unit.empty(); }
    // "Soldiers, casualties: ≥ 300 vs 4,000" (a conflict) or
    // "Troops, deployed: ~12,000 · 8,000"; empty when the frame is.
    std::string heading() const;
};

// The figures for the thing most members count (ties: the first met); a
// conflicting pair among them, when there is one, is the smallest and the
// largest that cannot both be true.
FigureFrame figureFrame(const std::vector<const LinkClaim*>& members);

}  // namespace claimdesk::link
