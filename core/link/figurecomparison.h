#pragma once

// Comparing two claims' figures in their frames (core/domain/figureframe.h):
// two figures can disagree only when they count the same thing (same unit
// group, same measure), of the same subject, over comparable periods, and
// their plausible ranges (claimdesk::plausibleRange: bounds and approximation
// applied) do not overlap. A claim's parts add up: "9 killed and 31
// wounded" is also 40 killed or wounded, compared with totals. A part is
// compared with its total only as a bound: 300 killed cannot be more than
// 3,000 killed or wounded, but is no conflict with it. Running counts
// reported on different days ("14 detained by Friday", "23 by Tuesday")
// are a progression when the later is not below the earlier.

#include <string>
#include <vector>

#include "core/link/linkclaim.h"

namespace claimdesk::link {

// A figure as compared: one of a claim's quantities, or the sum of its
// parts of one subject and unit.
struct ComparedFigure {
    Quantity quantity;      // for a sum: the total's bounds, unit and frame
    std::string measure;    // what it counts (frame or, lacking one, the content's words)
    std::string parts;      // for a sum: "9 killed + 31 wounded"; empty otherwise
};

// The claim's figures that say how many (a number or an approximate word),
// then one sum for every set of parts of one subject and unit it holds.
std::vector<ComparedFigure> comparedFigures(const LinkClaim& claim);

enum class FigureRelation {
    Unrelated,   // different things, subjects or periods: not compared
    Agree,       // the same thing, and both can be true
    Conflict,    // the same thing (or a part above its total): not both true
    Progression  // a running count reported on different days, growing
};

FigureRelation relate(const ComparedFigure& a, const ComparedFigure& b);

// One line naming both frames, e.g. "Lumeran sailors killed or wounded, on
// 2025-05-07: ≥ 100 (Cha Min-gyu, 2025-05-09) vs 40 = 9 killed + 31
// wounded (Ines Caravel)". `whoA` / `whoB` name each figure's source.
std::string conflictReason(const ComparedFigure& a, const std::string& whoA, const ComparedFigure& b,
                           const std::string& whoB);

// One line showing a running count grow, the earlier first: "progression:
// pirates captured, 14 (as of 2025-05-09; coast guard) → 23 (as of
// 2025-05-13; Lumera's coast guard)".
std::string progressionReason(const ComparedFigure& a, const std::string& whoA, const ComparedFigure& b,
                              const std::string& whoB);

}  // namespace claimdesk::link
