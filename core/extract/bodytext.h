#pragma once

// A document body read once for the extractors that walk it: its code
// points, tokens, quotations and sentences.

#include <cstdint>
#include <string>
#include <string_view>

#include "core/domain/span.h"
#include "core/extract/attribution/structure.h"
#include "core/extract/attribution/tokens.h"
#include "core/text/utf8.h"

namespace claimdesk::extract {

struct BodyText {
    Span region;                                // the body, code points
    std::u32string text;                        // the body's code points
    std::vector<attribution::Token> tokens;     // offsets absolute in the document
    attribution::Structure structure;

    // The code-point span of sentence `index`.
    Span sentenceSpan(std::size_t index) const;
    // The sentence holding document offset `offset`, or npos.
    std::size_t sentenceAt(std::int64_t offset) const;
    // Whether document offset `offset` lies between quotation marks.
    bool quoted(std::int64_t offset) const;
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

BodyText readBody(std::string_view text, const text::OffsetMap& map, Span region);

}  // namespace claimdesk::extract
