#pragma once

#include <string>
#include <string_view>

#include "core/domain/result.h"

namespace claimdesk::ingest {

// The text of a PDF in reading order, pages separated by a blank line.
// Fails on a damaged or encrypted file, or one without a text layer.
Result<std::string> extractPdfText(std::string_view bytes);

}  // namespace claimdesk::ingest
