#pragma once

// Content words of a claim for similarity: folded, stopwords removed,
// plurals and common suffixes trimmed, figures normalised ("12,000" and
// "12 thousand" both give "#12000").

#include <string>
#include <string_view>
#include <vector>

#include "core/domain/analysis.h"

namespace claimdesk::link {

// The folded words of a text, unstemmed, stopwords kept.
std::vector<std::string> words(std::string_view text);

std::vector<std::string> contentTokens(std::string_view text, const std::vector<Quantity>& quantities);

// A light English stemmer: "killed" -> "kill", "troops" -> "troop",
// "officers" -> "officer", "deploying" -> "deploy".
std::string stem(std::string word);

}  // namespace claimdesk::link
