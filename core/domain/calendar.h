#pragma once

// Calendar values as every module shares them: a calendar day with its
// arithmetic ("2025-01-31" + 1 day, ISO weeks, month ends), and the period a
// TIMEX3 date value covers ("2025-01" contains "2025-01-31", "2024-FA" is
// September to November). Extraction writes dates as TIMEX3 values; stated_on,
// events, linking, the timeline and the report read them back through these
// functions and no other parser. Days on a line (day numbers, intervals,
// vague spans) are in dayinterval.h.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimdesk {

// A proleptic Gregorian calendar day.
struct CalendarDate {
    int year = 0;
    int month = 1;  // 1..12
    int day = 1;    // 1..31
    friend bool operator==(const CalendarDate&, const CalendarDate&) = default;
};

// Parses "YYYY-MM-DD" (anything may follow, e.g. "T08:54"); nullopt when
// the text does not start with a valid calendar day.
std::optional<CalendarDate> parseCalendarDate(std::string_view value);
std::string formatCalendarDate(const CalendarDate& date);  // "YYYY-MM-DD"

std::int64_t dayNumber(const CalendarDate& date);  // days since 1970-01-01
CalendarDate fromDayNumber(std::int64_t days);
int weekday(const CalendarDate& date);           // ISO: Monday 1 .. Sunday 7
int daysInMonth(int year, int month);
// The ISO 8601 week holding `date`: sets `isoYear` and returns the week (1..53).
int isoWeek(const CalendarDate& date, int& isoYear);
CalendarDate addMonths(const CalendarDate& date, int months);  // day clamped to the month's end

// `value` ("YYYY-MM-DD...") moved by `days`; nullopt when it is not a day.
std::optional<std::string> addDays(std::string_view value, int days);

// The first and last calendar day a date value covers: "2025" is
// 2025-01-01..2025-12-31, "2025-01" a month, "2025-W05" a week, "2024-FA"
// September..November, "2024-Q3" a quarter, "199X" a decade. Nullopt for
// durations, references (PRESENT_REF) and values with unknown parts.
struct DateRange {
    CalendarDate first;
    CalendarDate last;
};
std::optional<DateRange> dateRange(std::string_view value);

// Whether the period `outer` covers all of `inner` ("2025-01" contains
// "2025-01-31"); false when either has no calendar range.
bool valueContains(std::string_view outer, std::string_view inner);
// Orders two date values by their first day (then the shorter first):
// negative, zero or positive; nullopt when either has no calendar range.
std::optional<int> compareValues(std::string_view a, std::string_view b);

// The calendar part of a TIMEX3 value usable as a date ("2025-02-06TNI" ->
// "2025-02-06", "2024-FA" stays); nullopt for durations and references.
std::optional<std::string> calendarValue(const std::string& value);

}  // namespace claimdesk
