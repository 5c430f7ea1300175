#pragma once

// Figures in text with their bounds, hedges and counted unit: "more than
// 4,000 troops", "dozens of officers", "20,000 to 25,000 soldiers".

#include <string_view>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/span.h"
#include "core/text/utf8.h"

namespace claimdesk::extract {

// Finds the quantities of `text` (UTF-8) inside `region` (code points).
std::vector<Quantity> findQuantities(std::string_view text, const text::OffsetMap& map, Span region);

}  // namespace claimdesk::extract
