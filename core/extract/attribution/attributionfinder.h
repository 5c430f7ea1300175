#pragma once

// Who said what, as spans: attributions with their source (the words that
// name the speaker), cue ("said", "told the AP on Feb. 2", "according to")
// and content (the quoted words, or the reported clause), in the spirit of
// PolNeAR's attribution relations.

#include <optional>
#include <string_view>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/span.h"
#include "core/text/annotatedtext.h"
#include "core/text/utf8.h"

namespace claimdesk::extract {

struct RawAttribution {
    std::optional<Span> source;  // "President Volodymyr Zelensky", "he"; none for "it is believed that"
    std::optional<Span> cue;     // "told the Associated Press on Feb. 2"
    Span content;                // what was attributed
    ClaimKind kind = ClaimKind::Indirect;
};

// Finds the attributions of `text` (UTF-8) inside `region` (code points),
// in text order of their contents. Spans are code points into `text`.
//
// Conventions (PolNeAR's, see data/lexicons/attribution-*.txt for the words):
// - Direct: the words between the quotation marks, closing comma or stop
//   included. A quotation over several paragraphs, and a split quotation
//   ("“...,” he said, “...”"), give one attribution per piece, each with the
//   same source and cue spans.
// - Indirect and Mixed: the reported clause with its "that"; Mixed when it
//   holds a quotation.
// - A quotation paragraph that follows a speaker's attribution carries that
//   speaker's source span (possibly from an earlier paragraph) and no cue.
// - The source keeps determiners and appositions ("Josh Earnest, the White
//   House press secretary,"); the cue keeps auxiliaries and a bare weekday
//   ("has also said", "said Tuesday") but not the recipient of "told".
std::vector<RawAttribution> findRawAttributions(std::string_view text, const text::OffsetMap& map, Span region);

// The same over a body already read (tokens, quotations, sentences), so
// the extractor tokenises a document once for every finder that walks it.
std::vector<RawAttribution> findRawAttributions(const text::AnnotatedText& body);

}  // namespace claimdesk::extract
