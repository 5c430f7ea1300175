#pragma once

// What an element's class and id names suggest about it (article text,
// page furniture, share buttons, a byline), after the word lists in
// data/lexicons/html-class-hints.txt.

#include <string_view>

namespace claimdesk::ingest::html {

enum class HintKind { Positive, Negative, Unlikely, Maybe, Share, Byline, Role, Name };

// `names` is the lowercased class and/or id attribute.
bool hintMatches(std::string_view names, HintKind kind);

// Readability's class weight: +25 for a positive and -25 for a negative
// hint, for the class and the id each. Arguments lowercased.
int classWeight(std::string_view cls, std::string_view id);

}  // namespace claimdesk::ingest::html
