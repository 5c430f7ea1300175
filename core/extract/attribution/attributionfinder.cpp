#include "core/extract/attribution/attributionfinder.h"

#include "core/extract/attribution/rules.h"

namespace claimdesk::extract {

std::vector<RawAttribution> findRawAttributions(std::string_view text, const text::OffsetMap& map, Span region) {
    return findRawAttributions(text::AnnotatedText(text, map, region));
}

std::vector<RawAttribution> findRawAttributions(const text::AnnotatedText& body) {
    if (body.region().empty())
        return {};
    return attribution::applyRules(body);
}

}  // namespace claimdesk::extract
