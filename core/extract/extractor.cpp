#include "core/extract/extractor.h"

namespace claimdesk::extract {

Analysis analyzeDocument(const Document&) {
    // The rule-based extractors are added module by module (timexes,
    // quantities, attribution, speakers, events).
    return {};
}

}  // namespace claimdesk::extract
