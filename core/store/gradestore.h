#pragma once

// How far the analyst trusts what the project holds: a claim's
// information credibility and assessment (with its history and the
// project's verdict labels), and the Admiralty source reliability of
// outlets and speakers. Each write is one transaction.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/result.h"
#include "core/store/graderecords.h"

namespace claimdesk::store {

class GradeStore {
public:
    virtual ~GradeStore() = default;

    // Information credibility on the Admiralty scale (1-6), or none.
    virtual Status setCredibility(std::int64_t claimId, std::optional<int> credibility) = 0;
    // Sets each claim's assessment and appends it to the claim's
    // assessment history, in one transaction. Fails, changing nothing, on
    // an unknown claim or a credibility outside 1-6.
    virtual Status assess(const std::vector<AssessmentRecord>& records) = 0;
    virtual Result<Assessment> assessment(std::int64_t claimId) = 0;
    virtual Result<std::vector<AssessmentRecord>> assessmentHistory(std::int64_t claimId) = 0;  // oldest first
    // The project's verdict labels, in the order offered; setting replaces
    // the list (claims keep the labels they carry).
    virtual Result<std::vector<VerdictLabel>> verdictLabels() = 0;
    virtual Status setVerdictLabels(const std::vector<VerdictLabel>& labels) = 0;

    // Source reliability on the Admiralty scale, per outlet (by name) and
    // per speaker: 'A' (completely reliable) to 'F' (cannot be judged), or
    // nullopt when not graded. Setting fails, changing nothing, on an
    // unknown outlet or speaker or a letter outside A-F.
    virtual Result<std::vector<OutletSummary>> outlets() = 0;
    virtual Result<std::optional<char>> outletReliability(const std::string& outlet) = 0;
    virtual Status setOutletReliability(const std::string& outlet, std::optional<char> reliability) = 0;
    virtual Result<std::optional<char>> speakerReliability(std::int64_t speakerId) = 0;
    virtual Status setSpeakerReliability(std::int64_t speakerId, std::optional<char> reliability) = 0;

protected:
    GradeStore() = default;
    GradeStore(const GradeStore&) = default;
    GradeStore& operator=(const GradeStore&) = default;
};

}  // namespace claimdesk::store
