#include "core/export/exportfilter.h"

namespace claimdesk::exporting {

bool acceptsRow(const ExportFilter& filter, const store::ClaimRow& claim) {
    return filter.accepts(claim.status, claim.documentId, claim.speakerId);
}

}  // namespace claimdesk::exporting
