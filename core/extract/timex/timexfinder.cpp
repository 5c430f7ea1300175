#include "core/extract/timex/timexfinder.h"

namespace claimdesk::extract {

TimexFindings findTimexes(std::string_view, const text::OffsetMap&, Span, const std::optional<std::string>&) {
    return {};
}

}  // namespace claimdesk::extract
