#include "core/domain/claimselection.h"

#include <algorithm>

namespace claimdesk {

bool ClaimSelection::acceptsDocument(std::int64_t documentId) const {
    return documentIds.empty() || std::find(documentIds.begin(), documentIds.end(), documentId) != documentIds.end();
}

bool ClaimSelection::acceptsStatus(ClaimStatus status) const {
    return statuses.empty() || std::find(statuses.begin(), statuses.end(), status) != statuses.end();
}

bool ClaimSelection::accepts(ClaimStatus status, std::int64_t documentId,
                             std::optional<std::int64_t> claimSpeaker) const {
    return acceptsDocument(documentId) && acceptsStatus(status) && (!speakerId || claimSpeaker == speakerId);
}

}  // namespace claimdesk
