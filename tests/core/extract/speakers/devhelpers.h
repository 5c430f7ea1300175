#pragma once

// Helpers of the dev-only speaker tests that read ../shared: the scorer's
// name matching, ported, and span lookups.

#include <string>
#include <string_view>
#include <vector>

namespace claimdesk::testing {

// eval/score.py's name_matches: does any of `predicted` (a speaker's name
// and mention texts) name the gold speaker (`goldNames`: its name and
// mentions; `person`: its kind is person)?
bool scorerNameMatches(const std::vector<std::string>& predicted, const std::vector<std::string>& goldNames,
                       bool person);

}  // namespace claimdesk::testing
