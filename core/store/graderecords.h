#pragma once

// The values the grade store takes and gives: a claim's assessment and
// its history, the project's verdict labels, outlets with their grade.

#include <cstdint>
#include <optional>
#include <string>

namespace claimdesk::store {

// Whether a claim is true, as the analyst judges it: apart from review,
// which checks only the extraction (who said what). The Admiralty
// information credibility (1-6), a verdict label from the project's list
// and a note, each optional.
struct Assessment {
    std::optional<int> credibility;
    std::string verdict;  // empty: none
    std::string note;
    bool empty() const { return !credibility && verdict.empty() && note.empty(); }
    bool operator==(const Assessment&) const = default;
};

// One assessment as appended to the claim's assessment history.
struct AssessmentRecord {
    std::int64_t claimId = 0;
    Assessment assessment;
    std::string analyst;
    std::string at;  // ISO 8601 UTC
};

// A verdict the project offers ("corroborated", "false"...), with the
// rating it gives on ClaimReview's scale: 1 (false) to 5 (true), or none.
struct VerdictLabel {
    std::string name;
    std::optional<int> rating;
    bool operator==(const VerdictLabel&) const = default;
};

struct OutletSummary {
    std::int64_t id = 0;
    std::string name;
    std::optional<char> reliability;  // Admiralty source reliability A-F
};

}  // namespace claimdesk::store
