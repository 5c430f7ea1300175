#pragma once

// What kind of attribution a cue makes (data/lexicons/claim-cue-types.txt),
// shared by extraction, which types every claim, and linking, which reads
// a denial from the cue of a claim stored without a type. Loaded once per
// process; thread-safe after that.

#include <string>
#include <vector>

#include "core/domain/analysis.h"

namespace claimdesk {

// The class that lexicon `lexicon` gives the first phrase of `words` it
// knows (lower-case words in order; the longest phrase first at each
// place); empty when it knows none.
std::string firstPhraseClass(const std::vector<std::string>& words, const std::string& lexicon);

// The type a cue's words (lower case, in order) make: the first word or
// phrase the lexicon knows decides ("has also denied" -> denial, "is
// hoping" -> belief); statement when none does.
ClaimType cueType(const std::vector<std::string>& cueWords);

}  // namespace claimdesk
