#pragma once

// The values the annotation store takes and gives: an analyst's
// highlights and the claims or events made from them.

#include <cstdint>
#include <optional>
#include <string>

#include "core/domain/span.h"

namespace claimdesk::store {

enum class AnnotationKind { Claim, Event, Note };
const char* annotationKindName(AnnotationKind kind);  // "claim", "event", "note"

// An analyst's highlight: a span with a W3C TextQuoteSelector (exact text
// plus up to 32 code points of context each side) so it can be re-anchored.
struct Annotation {
    std::int64_t id = 0;
    std::int64_t documentId = 0;
    Span span;
    std::string exact, prefix, suffix;
    AnnotationKind kind = AnnotationKind::Note;
    std::string note;
    std::optional<std::int64_t> claimId;  // the claim or event it made, if any
    std::optional<std::int64_t> eventId;
    std::string author;
    std::string createdAt, modifiedAt;
    bool orphaned = false;
};

// An analyst's item (claim or event) and the annotation that made it.
struct AnalystItem {
    std::int64_t annotationId = 0;
    std::int64_t itemId = 0;     // the claim's or the event's id
    std::int64_t speakerId = 0;  // a speaker made with the claim, if any
};

}  // namespace claimdesk::store
