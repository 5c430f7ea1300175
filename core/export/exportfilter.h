#pragma once

// Which claims an export carries, shared by every exchange format (CSV,
// W3C Web Annotation, ClaimReview, the analysis JSON) and the reports, so
// that one set of command-line options means the same everywhere.

#include <cstdint>
#include <optional>
#include <vector>

#include "core/domain/analysis.h"
#include "core/store/projectstore.h"

namespace claimdesk::exporting {

struct ExportFilter {
    std::vector<ClaimStatus> statuses;      // empty: every status
    std::vector<std::int64_t> documentIds;  // empty: every document
    std::optional<std::int64_t> speakerId;  // only this speaker's claims
    bool includeAssessed = false;           // also every assessed claim, whatever its status

    bool acceptsDocument(std::int64_t documentId) const;
    // Status (or an assessment, with includeAssessed), document and
    // speaker all match.
    bool accepts(const store::ClaimRow& claim) const;
};

}  // namespace claimdesk::exporting
