#pragma once

// Which claims a user chose: by review status, by document, by speaker.
// Every export format (CSV, W3C Web Annotation, ClaimReview, the analysis
// JSON, TimelineJS) and the reports read the same selection, so one set of
// command-line options or dialog choices means the same everywhere.

#include <cstdint>
#include <optional>
#include <vector>

#include "core/domain/analysis.h"

namespace claimdesk {

struct ClaimSelection {
    std::vector<ClaimStatus> statuses;      // empty: every status
    std::vector<std::int64_t> documentIds;  // empty: every document
    std::optional<std::int64_t> speakerId;  // only this speaker's claims

    bool acceptsDocument(std::int64_t documentId) const;
    bool acceptsStatus(ClaimStatus status) const;
    // Status, document and speaker all match (a claim without a speaker has
    // none: nullopt).
    bool accepts(ClaimStatus status, std::int64_t documentId, std::optional<std::int64_t> speakerId) const;
};

}  // namespace claimdesk
