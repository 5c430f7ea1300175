#include "core/export/exportfilter.h"

#include <algorithm>

namespace claimdesk::exporting {

bool ExportFilter::acceptsDocument(std::int64_t documentId) const {
    return documentIds.empty() || std::find(documentIds.begin(), documentIds.end(), documentId) != documentIds.end();
}

bool ExportFilter::accepts(const store::ClaimRow& claim) const {
    if (!acceptsDocument(claim.documentId))
        return false;
    if (!statuses.empty() && std::find(statuses.begin(), statuses.end(), claim.status) == statuses.end())
        return false;
    return !speakerId || claim.speakerId == speakerId;
}

}  // namespace claimdesk::exporting
