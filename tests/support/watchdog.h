#pragma once

// A guard for regression tests of inputs that once hung: a test that would
// otherwise run until CTest kills it (or the machine runs out of memory)
// fails at once, naming what did not finish.

#include <functional>
#include <string>

namespace claimdesk::testing {

// Runs `work` on this thread. Should it still be running after `seconds`,
// prints "<what> did not finish within N s" and ends the process with
// status 1 (a hung thread cannot be stopped any other way). Not a speed
// check: the limit is generous, for slow and sanitizer builds.
void finishesWithin(int seconds, const std::string& what, const std::function<void()>& work);

}  // namespace claimdesk::testing
