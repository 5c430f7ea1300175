#include "core/extract/speakers/speakerresolver.h"

namespace claimdesk::extract {

void resolveSpeakers(const Document& document, const text::OffsetMap& map,
                     const std::vector<RawAttribution>& attributions, Analysis& analysis) {
    // Placeholder until speaker resolution lands: every attribution becomes
    // a claim without a speaker.
    for (const auto& a : attributions) {
        Claim claim;
        claim.kind = a.kind;
        claim.content = {a.content, text::sliceCodePoints(document.text, map, a.content.start, a.content.end)};
        if (a.cue)
            claim.cue = TextSpan{*a.cue, text::sliceCodePoints(document.text, map, a.cue->start, a.cue->end)};
        analysis.claims.push_back(std::move(claim));
    }
}

}  // namespace claimdesk::extract
