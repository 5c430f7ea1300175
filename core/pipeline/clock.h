#pragma once

#include <functional>
#include <string>

namespace claimdesk::pipeline {

// Returns the current time as ISO 8601 UTC ("2025-02-03T08:54:00Z").
// Injected so that tests get repeatable timestamps.
using Clock = std::function<std::string()>;

Clock systemClock();

}  // namespace claimdesk::pipeline
