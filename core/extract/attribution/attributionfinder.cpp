#include "core/extract/attribution/attributionfinder.h"

namespace claimdesk::extract {

void findAttributions(const Document&, const text::OffsetMap&, Analysis&) {}

}  // namespace claimdesk::extract
