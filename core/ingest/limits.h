#pragma once

// The per-document limits of IngestOptions applied to a reading text, each
// failing with what was found, where, and the limit.

#include <cstddef>
#include <string>
#include <string_view>

#include "core/domain/result.h"
#include "core/ingest/ingest.h"

namespace claimdesk::ingest {

// "text too long (N bytes; the limit is M)".
std::string textTooLong(std::size_t bytes, const IngestOptions& options);

// The reading text's length and its longest run without white space
// against the limits. One pass.
Status checkReadingText(std::string_view text, const IngestOptions& options);

}  // namespace claimdesk::ingest
