#pragma once

// The thing a figure counts: the head noun of the phrase after it,
// skipping "of", adjectives and nationalities ("4,000 North Korean
// soldiers" -> "soldiers", "dozens of Russian and North Korean officers"
// -> "officers", "more than 1,000 pieces of equipment" -> "pieces of
// equipment"). Heuristic, without a tagger: a head is a word of the units
// lexicon or a lowercase word that looks plural.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/extract/quantity/quantitylexicon.h"
#include "core/extract/quantity/quantitytokens.h"

namespace claimdesk::extract::quantity {

struct UnitFinding {
    bool found = false;
    std::string unit;                       // as written ("soldiers"), or "%" / a currency code
    UnitClass unitClass = UnitClass::Count;
    std::size_t headBegin = 0;              // token range of the head, when found
    std::size_t headEnd = 0;
};

// Looks for the unit of a figure whose last token is tokens[at - 1].
UnitFinding findUnit(std::string_view text, const std::vector<Token>& tokens, std::size_t at);

// For a figure starting at tokens[at] with nothing countable after it, the
// nearest counted noun a few words before it in the same clause: "Russian
// casualties now stand at about 40,000" -> "casualties".
UnitFinding findUnitBefore(std::string_view text, const std::vector<Token>& tokens, std::size_t at);

// A unit written straight after the number, glued or not: "%", "km",
// "per cent", "sq km". Returns the token after it, or `at` when none.
std::size_t measureAt(const std::vector<Token>& tokens, std::size_t at, UnitFinding& finding, std::string_view text);

}  // namespace claimdesk::extract::quantity
