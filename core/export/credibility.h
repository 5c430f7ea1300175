#pragma once

// The Admiralty (NATO) scale of information credibility, 1-6, as claims are
// graded, in the words every export uses.

#include <optional>
#include <string>

namespace claimdesk::exporting {

// "Confirmed by other sources" ... "Cannot be judged"; empty outside 1-6.
std::string credibilityName(int credibility);

}  // namespace claimdesk::exporting
