#include "core/extract/attribution/attributionfinder.h"

namespace claimdesk::extract {

std::vector<RawAttribution> findRawAttributions(std::string_view, const text::OffsetMap&, Span) { return {}; }

}  // namespace claimdesk::extract
