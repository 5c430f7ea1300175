#pragma once

// The thing a figure counts: the head noun of the phrase after it,
// skipping "of", adjectives and nationalities ("4,000 North Korean
// soldiers" -> "soldiers", "dozens of Russian and North Korean officers"
// -> "officers", "more than 1,000 pieces of equipment" -> "pieces of
// equipment"). Heuristic, without a tagger: a head is a word of the units
// lexicon or a lowercase word that looks plural.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "core/extract/quantity/quantitylexicon.h"
#include "core/text/tokens.h"

namespace claimdesk::extract::quantity {

// The finder reads pieces of the one token stream (core/text/tokens.h):
// "twenty-five" is "twenty" "-" "five", "12,000" one number.
using Token = text::Piece;
using Tokens = std::span<const Token>;

struct UnitFinding {
    bool found = false;
    std::string unit;                       // as written ("soldiers"), or "%" / a currency code
    UnitClass unitClass = UnitClass::Count;
    std::size_t headBegin = 0;              // token range of the head, when found
    std::size_t headEnd = 0;
};

// `text` is the document the pieces index into.
// Looks for the unit of a figure whose last token is tokens[at - 1].
UnitFinding findUnit(std::string_view text, Tokens tokens, std::size_t at);

// For a figure starting at tokens[at] with nothing countable after it, the
// nearest counted noun a few words before it in the same clause: "Russian
// casualties now stand at about 40,000" -> "casualties".
UnitFinding findUnitBefore(std::string_view text, Tokens tokens, std::size_t at);

// A unit written straight after the number, glued or not: "%", "km",
// "per cent", "sq km". Returns the token after it, or `at` when none.
std::size_t measureAt(Tokens tokens, std::size_t at, UnitFinding& finding, std::string_view text);

}  // namespace claimdesk::extract::quantity
