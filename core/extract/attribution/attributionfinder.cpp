#include "core/extract/attribution/attributionfinder.h"

#include <algorithm>

#include "core/extract/attribution/lexicons.h"
#include "core/extract/attribution/rules.h"
#include "core/extract/attribution/structure.h"
#include "core/extract/attribution/tokens.h"

namespace claimdesk::extract {

std::vector<RawAttribution> findRawAttributions(std::string_view text, const text::OffsetMap& map, Span region) {
    const std::int64_t total = map.codePointCount();
    const std::int64_t start = std::clamp<std::int64_t>(region.start, 0, total);
    const std::int64_t end = std::clamp<std::int64_t>(region.end, start, total);
    if (end <= start)
        return {};
    const std::size_t b0 = map.toByte(start);
    const std::size_t b1 = map.toByte(end);
    const std::u32string body = text::toUtf32(text.substr(b0, b1 - b0));
    std::vector<attribution::Token> tokens = attribution::tokenize(body, start);
    const attribution::Structure structure = attribution::analyzeStructure(tokens);
    return attribution::applyRules(tokens, structure);
}

}  // namespace claimdesk::extract
