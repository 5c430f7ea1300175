#pragma once

// Comparing figures across sources: does "around 12,000" agree with "up
// to 12,000"? Does "at least 300" agree with "4,000"?
//
// Each quantity is read as a closed interval of plausible true values:
//   exact figure v ("4,000", "12 thousand")        [v, v]
//   approximate v ("about", "around", "some")      [v - 15%, v + 15%]
//   lower bound v ("more than", "at least", "over") [v, 3v]
//   upper bound v ("up to", "fewer than", "under")  [v / 3, v]
//   range ("20,000 to 25,000", "30-35 thousand")   [low, high], widened
//                                                    by 15% when approximate
//   vague amount ("dozens" >= 24, "hundreds" >= 200, "several hundred"
//     >= 300): a lower bound that is approximate    [low, 5 low]
//   no figure at all ("up to a battalion")          everything
// An approximate bound widens its stated side by 15% ("about more than").
//
// Why the factors: news writes "at least 300 killed" when it believes the
// number is of that order; read against "4,000 killed" it is a
// disagreement, not a consistent floor, so an open bound reaches only to
// three times its figure. A vague plural ("dozens") reaches up to the next
// order of magnitude's lower edge, five times its floor (dozens: 24-120).
// Two quantities are compatible when their intervals overlap; figures that
// merely round differently ("approximately 12,000" / "12 thousand") do.
//
// compatible() compares figures only: deciding that both count the same
// thing is the caller's, with sameUnit() as a first test. Linking and the
// disagreement flags read figures through these, and extraction writes
// the Quantity values they read.

#include <string>

#include "core/domain/analysis.h"

namespace claimdesk {

struct QuantityInterval {
    double low = 0;
    double high = 0;
    bool unbounded = false;     // no figure: every value is plausible
};

// The plausible values of `q` under the rules above.
QuantityInterval plausibleRange(const Quantity& q);

// Whether two figures for the same thing can both be true.
bool compatible(const Quantity& a, const Quantity& b);

// Whether two units name the same counted thing: equal after folding case
// and a plural "s", or in one group of data/lexicons/quantity-units.txt
// ("troops" / "soldiers" / "servicemen"). An empty unit matches anything.
bool sameUnit(const std::string& a, const std::string& b);

// Whether two units certainly count different things: both in groups of
// quantity-units.txt, and not the same group ("sailors" are crew,
// "attackers" assailants). Unlisted words say nothing ("residents").
bool differentUnits(const std::string& a, const std::string& b);

// One line for an analyst: "4,000", "≥ 4,000", "≤ 12,000", "~12,000",
// "20,000–25,000", "dozens (≥ 24)", "up to a battalion (no figure)".
std::string describe(const Quantity& q);

}  // namespace claimdesk
