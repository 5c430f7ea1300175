#include "core/export/exportfilter.h"

#include <algorithm>

namespace claimdesk::exporting {

bool ExportFilter::acceptsDocument(std::int64_t documentId) const {
    return documentIds.empty() || std::find(documentIds.begin(), documentIds.end(), documentId) != documentIds.end();
}

bool ExportFilter::accepts(const store::ClaimRow& claim) const {
    if (!acceptsDocument(claim.documentId))
        return false;
    const bool assessed = includeAssessed && (claim.credibility || !claim.verdict.empty());
    if (!statuses.empty() && !assessed && std::find(statuses.begin(), statuses.end(), claim.status) == statuses.end())
        return false;
    return !speakerId || claim.speakerId == speakerId;
}

}  // namespace claimdesk::exporting
