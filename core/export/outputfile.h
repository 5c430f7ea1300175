#pragma once

// Writing an export to the path an analyst gives, without replacing what
// that path is. A regular file (or a new one) is written beside and
// renamed over, so a failure never leaves half a file; a symbolic link is
// written through (the link stays, its target gets the new file); a
// device, FIFO or socket (/dev/null, /dev/stdout, a named pipe) is written
// in place, and stays what it was.

#include <string>
#include <string_view>

#include "core/domain/result.h"

namespace claimdesk::exporting {

// True when `path` is written in place: it exists, through any symbolic
// links, as something other than a regular file, or it names a stream of
// this process (/dev/stdout, /dev/fd/N, /proc/self/fd/N).
bool writesInPlace(const std::string& path);

// Writes `bytes` to `path` as described above. Fails with
// "<path>: cannot write (<reason>)", leaving a regular file as it was.
Status writeOutputFile(const std::string& path, std::string_view bytes);

}  // namespace claimdesk::exporting
