#include "core/export/exportfilter.h"

namespace claimdesk::exporting {

bool acceptsRow(const ExportFilter& filter, const store::ClaimRow& claim) {
    const bool assessed = claim.credibility || !claim.verdict.empty();
    return filter.accepts(claim.status, claim.documentId, claim.speakerId, assessed);
}

}  // namespace claimdesk::exporting
