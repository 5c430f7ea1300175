#pragma once

// Re-anchoring a W3C selector pair in a document's text: the position
// first, checked against the quote; else the quote searched for, the
// occurrence whose surroundings best match prefix and suffix winning (ties
// go to the one nearest the old position).

#include <optional>
#include <string>
#include <string_view>

#include "core/domain/span.h"

namespace claimdesk::exporting {

struct TextQuote {
    std::string exact, prefix, suffix;
};

// nullopt: the quote is not in the text (or, without a quote, the position
// is outside it). `text` is UTF-8; spans are code points.
std::optional<Span> anchorSpan(std::string_view text, const std::optional<Span>& position,
                               const std::optional<TextQuote>& quote);

}  // namespace claimdesk::exporting
