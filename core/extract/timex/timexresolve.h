#pragma once

// The calendar arithmetic behind the timex grammar: which period a partial
// or relative expression names once an anchor day is known ("Nov. 5" in an
// article of January 2025 is 2024-11-05), and how TIMEX3 writes it.

#include <cstdint>
#include <optional>
#include <string>

#include "core/extract/timex/timexlexicons.h"
#include "core/domain/calendar.h"

namespace claimdesk::extract::timex {

using Anchor = std::optional<CalendarDate>;

// TIMEX3 spellings.
std::string pad(int n, int width);  // zero-padded decimal
std::string yearValue(int year);
std::string monthValue(int year, int month);
std::string dayValue(const CalendarDate& date);
std::string weekValue(const CalendarDate& date);  // ISO week: "2025-W05"
CalendarDate shiftDays(const CalendarDate& date, std::int64_t days);
int quarterOf(int month);
// "P3W", "PT24H", "P20Y" (two decades); an unknown count gives "PXY".
std::string durationValue(double count, bool unknown, const TimeUnit& unit);

// Resolution against the anchor; without one, unknown parts stay X. News
// leans to the past: a bare day or month is the nearest one, a future one
// counting half again unless `future` (the sentence speaks of the future).
std::string resolveMonthDay(const Anchor& anchor, int month, int day, bool future);
std::string resolveMonth(const Anchor& anchor, int month, bool future);
// `which`: -1 last, 0 this, +1 next, 2 unqualified.
std::string resolveWeekday(const Anchor& anchor, int weekday, int which, bool future);
// `which`: -1 the latest one over, 0 the one under way (else this year's), +1 the next to begin.
std::string resolveSeason(const Anchor& anchor, const std::string& code, int which);
std::string resolveNamedMonth(const Anchor& anchor, int month, int which);
// The period `count` units before (direction -1) or after the anchor, at the unit's grain.
std::string shiftedPeriod(const Anchor& anchor, const TimeUnit& unit, double count, int direction);

}  // namespace claimdesk::extract::timex
