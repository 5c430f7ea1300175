#pragma once

// schema.org ClaimReview (https://schema.org/ClaimReview) JSON-LD for the
// claims an analyst assessed (a verdict or a credibility), following
// Google's fact-check markup guidance: claimReviewed, itemReviewed (a Claim
// with its author, date and appearance in the article), the review's author
// and date, and reviewRating. Review alone (the attribution checked) says
// nothing of truth and rates nothing; a claim whose attribution is marked
// wrong was not said as extracted and is left out.
//
// The rating scale (docs/exchange.md): worstRating 1, bestRating 5.
// A claim with a verdict takes its rating from the project's label (e.g.
// corroborated 5, disputed 3, false 1; a label without one, such as
// "unverified", gives alternateName only). Without a verdict it takes its
// value from its Admiralty credibility:
//   1 Confirmed by other sources -> 5, 2 Probably true -> 4,
//   3 Possibly true -> 3, 4 Doubtful -> 2, 5 Improbable -> 1,
//   6 Cannot be judged -> no ratingValue (alternateName only).
// alternateName is always the words.

#include <optional>
#include <string>

#include "core/export/projectexport.h"

namespace claimdesk::exporting {

struct ReviewRating {
    std::optional<int> value;  // 1-5, none when the truth cannot be judged
    std::string alternateName;
};

// The rating of an assessment; nullopt when the claim is not assessed.
std::optional<ReviewRating> reviewRating(const store::Assessment& assessment,
                                         const std::vector<store::VerdictLabel>& labels);

// One JSON-LD document: {"@context": "https://schema.org", "@graph": [...]}.
std::string writeClaimReviews(const ProjectExport& project);

}  // namespace claimdesk::exporting
