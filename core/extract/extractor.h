#pragma once

// The extraction engine's entry point: from a document's body, who claimed
// what, with which figures and when, and what happened when.

#include <optional>

#include "core/domain/analysis.h"
#include "core/domain/deadline.h"
#include "core/domain/document.h"

namespace claimdesk::extract {

// Runs every extractor over `document.text` within `document.body`,
// resolving relative dates against `document.source.published`.
// Thread-safe: extractors keep no state between calls.
Analysis analyzeDocument(const Document& document);
// The same, giving up (nullopt) when `deadline` has passed between two of
// its steps.
std::optional<Analysis> analyzeDocument(const Document& document, const Deadline& deadline);

}  // namespace claimdesk::extract
