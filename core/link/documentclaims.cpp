#include "core/link/documentclaims.h"

#include "core/domain/speakerkey.h"

namespace claimdesk::link {

std::vector<LinkClaim> linkClaimsOf(const Document& document, const Analysis& analysis, std::int64_t documentKey) {
    std::vector<LinkClaim> out;
    out.reserve(analysis.claims.size());
    for (std::size_t i = 0; i < analysis.claims.size(); ++i) {
        const Claim& c = analysis.claims[i];
        LinkClaim l;
        l.claimId = c.id ? c.id : static_cast<std::int64_t>(i);
        l.documentId = documentKey;
        l.outlet = document.source.outlet;
        if (c.speakerIndex >= 0 && c.speakerIndex < static_cast<std::int64_t>(analysis.speakers.size())) {
            l.speakerName = analysis.speakers[static_cast<std::size_t>(c.speakerIndex)].name;
            l.speakerKey = claimdesk::speakerKey(l.speakerName);
        }
        l.content = c.content.text;
        l.cue = c.cue ? c.cue->text : std::string();
        l.quantities = c.quantities;
        l.statedOn = c.statedOn;
        l.position = c.content.span.start;
        out.push_back(std::move(l));
    }
    return out;
}

}  // namespace claimdesk::link
