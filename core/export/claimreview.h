#pragma once

// schema.org ClaimReview (https://schema.org/ClaimReview) JSON-LD for the
// claims an analyst reviewed (confirmed or rejected), following Google's
// fact-check markup guidance: claimReviewed, itemReviewed (a Claim with its
// author, date and appearance in the article), the review's author and date,
// and reviewRating.
//
// The rating scale (docs/exchange.md): worstRating 1, bestRating 5.
// A graded claim takes its value from its Admiralty credibility:
//   1 Confirmed by other sources -> 5, 2 Probably true -> 4,
//   3 Possibly true -> 3, 4 Doubtful -> 2, 5 Improbable -> 1,
//   6 Cannot be judged -> no ratingValue (alternateName only).
// An ungraded claim takes it from its status: confirmed -> 5 "Confirmed",
// rejected -> 1 "Rejected". alternateName is always the words.

#include <optional>
#include <string>

#include "core/export/projectexport.h"

namespace claimdesk::exporting {

struct ReviewRating {
    std::optional<int> value;  // 1-5, none when the truth cannot be judged
    std::string alternateName;
};

// The rating of a reviewed claim; nullopt for a claim still only extracted.
std::optional<ReviewRating> reviewRating(ClaimStatus status, std::optional<int> credibility);

// One JSON-LD document: {"@context": "https://schema.org", "@graph": [...]}.
std::string writeClaimReviews(const ProjectExport& project);

}  // namespace claimdesk::exporting
