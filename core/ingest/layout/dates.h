#pragma once

// Dates as bylines and date lines write them: "February 3, 2025",
// "Feb. 3, 2025", "3 February 2025", "2025-02-03", "03.02.2025".

#include <optional>
#include <string>
#include <string_view>

namespace claimdesk::ingest::layout {

// The first full date (with a year) in `line`, as YYYY-MM-DD.
std::optional<std::string> findDate(std::string_view line);

// Whether `line` is a relative time alone ("2 hours ago", "Updated 5 mins ago").
bool isRelativeTime(std::string_view line);

// Whether `line` holds a clock time ("8:54 AM", "14:05").
bool hasClockTime(std::string_view line);

}  // namespace claimdesk::ingest::layout
