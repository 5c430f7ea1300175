#pragma once

// Folding text for comparison: names and tokens that should compare equal
// across case, accents and scripts ("Zelenskyy", "ZELENSKYY", "Зеленський").

#include <string>
#include <string_view>

namespace claimdesk::text {

// Lowercase, accents removed, compatibility forms unified, typographic
// apostrophes and dashes made ASCII. Keeps the script.
std::string foldCase(std::string_view utf8);

// foldCase after transliterating any script to Latin ASCII through ICU
// ("Зеленський" -> "zelens'kij" -> letters only, "zelenskij").
std::string foldToLatin(std::string_view utf8);

}  // namespace claimdesk::text
