#pragma once

// Where a TIMEX3 value lies on a calendar, as a closed interval of days: a
// day, a vague span (a month, a season, "early February") or a stretch that
// lasted the whole interval. Days are counted from 1970-01-01 (day 0) in the
// proleptic Gregorian calendar, so positions are plain integers the timeline
// can scale and linking can compare.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimdesk {

using Day = std::int64_t;  // days since 1970-01-01

// How sure a date is: one day, a vague period inside which it happened
// (a month, a season, "early February"), or an anchored duration that
// lasted the whole interval ("from Feb. 4 to Feb. 5").
enum class Precision { Day, Vague, Duration };

struct DayInterval {
    Day first = 0;
    Day last = 0;  // inclusive; last >= first
    Precision precision = Precision::Day;

    Day length() const { return last - first + 1; }
    double middle() const { return (static_cast<double>(first) + static_cast<double>(last) + 1.0) / 2.0; }
    friend bool operator==(const DayInterval&, const DayInterval&) = default;
};

Day dayOf(int year, int month, int day);
struct YearMonthDay {
    int year = 1970;
    int month = 1;
    int day = 1;
};
YearMonthDay civilOf(Day day);
std::string isoDate(Day day);  // "YYYY-MM-DD"

// The days a TIMEX3 value (with its mod) covers:
// - "2025-01-31" (and "2025-01-31T08:54": times reduce to their day): a day;
// - "2025-01" a month; with mod START / MID / END the 1st-10th, 11th-20th
//   or 21st-last ("early", "mid-", "late February");
// - "2024-FA" and the other seasons (meteorological: see docs/decisions.md),
//   "2025-W05" an ISO week, "2025-Q1" a quarter, "2025-H1" a half, "2025" a
//   year, "199X" a decade; START/MID/END take the first, middle or last
//   third of any of these periods;
// - "2025-02-04/2025-02-05" (ISO 8601 interval) or "2025-02-04/P2D",
//   "P2D/2025-02-05": an anchored duration.
// Nullopt for bare durations ("P3W"), references (PRESENT_REF, PAST_REF,
// FUTURE_REF), unknown parts ("XXXX-XX-XXT06:41") and empty values: they
// have no place on a calendar.
std::optional<DayInterval> intervalOf(std::string_view value, std::string_view mod = {});

// A bare ISO 8601 duration ("P3W", "P2D", "P1M", "P1Y") in days, months
// counted as 30 and years as 365; nullopt when it is not one.
std::optional<Day> durationDays(std::string_view value);

}  // namespace claimdesk
