#pragma once

// Permission tests that hold when the suite runs as root (CI does): root
// reads a folder whatever its mode, so the check runs in a child process
// that has given up root for an ordinary user first.

#include <functional>

namespace claimdesk::testing {

// Runs `check` in a forked child without root's privileges (as "nobody"
// when the suite runs as root; as the current user otherwise) and returns
// the child's exit status: `check`'s return value, or -1 when the child
// could not drop its privileges or did not exit normally. Files the child
// must reach need permissions for others (TempDir's folder is made 0755).
int runUnprivileged(const std::function<int()>& check);

}  // namespace claimdesk::testing
