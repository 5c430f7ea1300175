#include "core/export/textanchor.h"

#include <cstdlib>

#include "core/text/utf8.h"

namespace claimdesk::exporting {
namespace {

// Bytes of `prefix` that match the text just before `at`, counted backwards.
std::size_t prefixAgreement(std::string_view text, std::size_t at, std::string_view prefix) {
    std::size_t n = 0;
    while (n < prefix.size() && n < at && text[at - 1 - n] == prefix[prefix.size() - 1 - n])
        ++n;
    return n;
}

std::size_t suffixAgreement(std::string_view text, std::size_t at, std::string_view suffix) {
    std::size_t n = 0;
    while (n < suffix.size() && at + n < text.size() && text[at + n] == suffix[n])
        ++n;
    return n;
}

}  // namespace

std::optional<Span> anchorSpan(std::string_view text, const std::optional<Span>& position,
                               const std::optional<TextQuote>& quote) {
    const text::OffsetMap map(text);
    const std::int64_t length = map.codePointCount();
    const bool positionFits = position && position->start >= 0 && position->start <= position->end &&
                              position->end <= length;
    if (!quote || quote->exact.empty()) {
        if (positionFits && !position->empty())
            return position;
        return std::nullopt;
    }
    if (positionFits && text::sliceCodePoints(text, map, position->start, position->end) == quote->exact)
        return position;

    std::optional<Span> best;
    std::size_t bestAgreement = 0;
    std::int64_t bestDistance = 0;
    for (std::size_t at = text.find(quote->exact); at != std::string_view::npos;
         at = text.find(quote->exact, at + 1)) {
        const std::size_t agreement =
            prefixAgreement(text, at, quote->prefix) + suffixAgreement(text, at + quote->exact.size(), quote->suffix);
        const Span span{map.toCodePoint(at), map.toCodePoint(at + quote->exact.size())};
        const std::int64_t distance = position ? std::llabs(span.start - position->start) : 0;
        if (!best || agreement > bestAgreement || (agreement == bestAgreement && distance < bestDistance)) {
            best = span;
            bestAgreement = agreement;
            bestDistance = distance;
        }
    }
    return best;
}

}  // namespace claimdesk::exporting
