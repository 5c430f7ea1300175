#include "core/extract/attribution/attributionfinder.h"

#include "core/extract/attribution/rules.h"
#include "core/extract/bodytext.h"

namespace claimdesk::extract {

std::vector<RawAttribution> findRawAttributions(std::string_view text, const text::OffsetMap& map, Span region) {
    return findRawAttributions(readBody(text, map, region));
}

std::vector<RawAttribution> findRawAttributions(const BodyText& body) {
    if (body.region.empty())
        return {};
    return attribution::applyRules(body.tokens, body.structure);
}

}  // namespace claimdesk::extract
