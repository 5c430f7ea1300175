#include "core/extract/extractor.h"

#include "core/extract/attribution/attributionfinder.h"
#include "core/extract/claimtypes/claimclassifier.h"
#include "core/extract/events/eventfinder.h"
#include "core/extract/frames/framereader.h"
#include "core/extract/quantity/quantityfinder.h"
#include "core/domain/speakerkey.h"
#include "core/extract/speakers/speakerresolver.h"
#include "core/extract/statedon/statedon.h"
#include "core/extract/timex/timexfinder.h"
#include "core/text/annotatedtext.h"
#include "core/text/utf8.h"

namespace claimdesk::extract {

Analysis analyzeDocument(const Document& document) { return *analyzeDocument(document, Deadline()); }

std::optional<Analysis> analyzeDocument(const Document& document, const Deadline& deadline) {
    Analysis analysis;
    const text::OffsetMap map(document.text);
    const text::AnnotatedText body(document.text, map, document.body);
    TimexFindings timexes = findTimexes(body.stream(), document.source.published);
    analysis.timexes = std::move(timexes.timexes);
    const auto attributions = findRawAttributions(body);
    if (deadline.passed())
        return std::nullopt;
    resolveSpeakers(document, body, attributions, analysis);
    for (auto& speaker : analysis.speakers)
        speaker.key = speakerKey(speaker.name);
    if (deadline.passed())
        return std::nullopt;
    for (auto& claim : analysis.claims)
        if (claim.quantities.empty())
            claim.quantities = findQuantities(body.stream(), claim.content.span);
    assignStatedOn(body, timexes.speechDates, analysis);
    classifyClaims(body, analysis);
    removeBareRefusals(body, analysis);
    readFigureFrames(body, document.source.published, analysis);
    if (deadline.passed())
        return std::nullopt;
    findEvents(document, map, body, analysis);
    return analysis;
}

}  // namespace claimdesk::extract
