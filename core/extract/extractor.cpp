#include "core/extract/extractor.h"

#include "core/extract/attribution/attributionfinder.h"
#include "core/extract/quantity/quantityfinder.h"
#include "core/extract/speakers/speakerresolver.h"
#include "core/extract/timex/timexfinder.h"
#include "core/text/utf8.h"

namespace claimdesk::extract {

Analysis analyzeDocument(const Document& document) {
    Analysis analysis;
    const text::OffsetMap map(document.text);
    TimexFindings timexes = findTimexes(document.text, map, document.body, document.source.published);
    analysis.timexes = std::move(timexes.timexes);
    const auto attributions = findRawAttributions(document.text, map, document.body);
    resolveSpeakers(document, map, attributions, analysis);
    for (auto& claim : analysis.claims)
        if (claim.quantities.empty())
            claim.quantities = findQuantities(document.text, map, claim.content.span);
    return analysis;
}

}  // namespace claimdesk::extract
