#include "core/extract/bodytext.h"

#include <algorithm>

namespace claimdesk::extract {

Span BodyText::sentenceSpan(std::size_t index) const {
    const auto& s = structure.sentences[index];
    if (s.begin >= s.end)
        return {};
    return {tokens[s.begin].start, tokens[s.end - 1].end};
}

std::size_t BodyText::sentenceAt(std::int64_t offset) const {
    // Sentences are in text order: the last one starting at or before offset.
    auto it = std::upper_bound(structure.sentences.begin(), structure.sentences.end(), offset,
                               [&](std::int64_t value, const attribution::Sentence& s) {
                                   return s.begin < tokens.size() && value < tokens[s.begin].start;
                               });
    if (it == structure.sentences.begin())
        return npos;
    const std::size_t index = static_cast<std::size_t>(it - structure.sentences.begin()) - 1;
    return offset < sentenceSpan(index).end ? index : npos;
}

bool BodyText::quoted(std::int64_t offset) const {
    auto it = std::upper_bound(tokens.begin(), tokens.end(), offset,
                               [](std::int64_t value, const attribution::Token& t) { return value < t.start; });
    if (it == tokens.begin())
        return false;
    const std::size_t index = static_cast<std::size_t>(it - tokens.begin()) - 1;
    return index < structure.quoteOf.size() && structure.quoteOf[index] >= 0;
}

BodyText readBody(std::string_view text, const text::OffsetMap& map, Span region) {
    BodyText body;
    const std::int64_t total = map.codePointCount();
    body.region.start = std::clamp<std::int64_t>(region.start, 0, total);
    body.region.end = std::clamp<std::int64_t>(region.end, body.region.start, total);
    const std::size_t b0 = map.toByte(body.region.start);
    const std::size_t b1 = map.toByte(body.region.end);
    body.text = text::toUtf32(text.substr(b0, b1 - b0));
    body.tokens = attribution::tokenize(body.text, body.region.start);
    body.structure = attribution::analyzeStructure(body.tokens);
    return body;
}

}  // namespace claimdesk::extract
