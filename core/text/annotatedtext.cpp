#include "core/text/annotatedtext.h"

#include <algorithm>

namespace claimdesk::text {
namespace {

TokenStream streamOf(std::string_view text, const OffsetMap& map, Span region) {
    const std::int64_t start = std::clamp<std::int64_t>(region.start, 0, map.codePointCount());
    const std::int64_t end = std::clamp<std::int64_t>(region.end, start, map.codePointCount());
    return TokenStream(text, map.toByte(start), map.toByte(end), start);
}

}  // namespace

AnnotatedText::AnnotatedText(std::string_view text, const OffsetMap& map, Span region)
    : m_stream(streamOf(text, map, region)), m_structure(analyzeStructure(m_stream.mutableTokens())) {}

AnnotatedText::AnnotatedText(std::string_view text, Span region) : AnnotatedText(text, OffsetMap(text), region) {}

AnnotatedText::AnnotatedText(std::string_view text)
    : m_stream(text), m_structure(analyzeStructure(m_stream.mutableTokens())) {}

Span AnnotatedText::span(std::size_t beginToken, std::size_t endToken) const {
    const auto& t = tokens();
    if (beginToken >= endToken || endToken > t.size())
        return {};
    return {t[beginToken].start, t[endToken - 1].end};
}

Span AnnotatedText::sentenceSpan(std::size_t sentence) const {
    const Sentence& s = sentences()[sentence];
    return span(s.begin, s.end);
}

Span AnnotatedText::clauseSpan(std::size_t clause) const {
    const Clause& c = clauses()[clause];
    return span(c.begin, c.end);
}

std::size_t AnnotatedText::tokenAt(std::int64_t offset) const {
    const std::size_t after = m_stream.firstTokenAtOrAfter(offset + 1);
    if (after == 0)
        return npos;
    const Token& t = tokens()[after - 1];
    return offset < t.end ? after - 1 : npos;
}

std::size_t AnnotatedText::sentenceAt(std::int64_t offset) const {
    // Sentences are in text order: the last one starting at or before offset.
    const auto& list = sentences();
    const auto& t = tokens();
    auto it = std::upper_bound(list.begin(), list.end(), offset,
                               [&](std::int64_t value, const Sentence& s) { return value < t[s.begin].start; });
    if (it == list.begin())
        return npos;
    const std::size_t index = static_cast<std::size_t>(it - list.begin()) - 1;
    return offset < sentenceSpan(index).end ? index : npos;
}

std::size_t AnnotatedText::clauseAt(std::int64_t offset) const {
    const auto& list = clauses();
    const auto& t = tokens();
    auto it = std::upper_bound(list.begin(), list.end(), offset,
                               [&](std::int64_t value, const Clause& c) { return value < t[c.begin].start; });
    if (it == list.begin())
        return npos;
    const std::size_t index = static_cast<std::size_t>(it - list.begin()) - 1;
    return offset < clauseSpan(index).end ? index : npos;
}

bool AnnotatedText::quoted(std::int64_t offset) const {
    // The last token starting at or before offset decides.
    const std::size_t after = m_stream.firstTokenAtOrAfter(offset + 1);
    if (after == 0)
        return false;
    return m_structure.quotationOf[after - 1] >= 0;
}

}  // namespace claimdesk::text
