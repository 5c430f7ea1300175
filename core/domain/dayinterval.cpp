#include "core/domain/dayinterval.h"

#include <cstdio>

#include "core/domain/calendar.h"

namespace claimdesk {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// The part of a period a mod names. A month splits by the customary
// "early" (1st-10th), "mid" (11th-20th) and "late" (21st to the end); any
// other period into thirds of its length.
DayInterval narrow(DayInterval period, std::string_view mod, bool isMonth) {
    if (mod != "START" && mod != "MID" && mod != "END")
        return period;
    if (isMonth) {
        const Day first = period.first;
        if (mod == "START")
            return {first, first + 9, Precision::Vague};
        if (mod == "MID")
            return {first + 10, first + 19, Precision::Vague};
        return {first + 20, period.last, Precision::Vague};
    }
    const Day third = period.length() / 3;
    if (third < 1)
        return period;
    if (mod == "START")
        return {period.first, period.first + third - 1, Precision::Vague};
    if (mod == "MID")
        return {period.first + third, period.last - third, Precision::Vague};
    return {period.last - third + 1, period.last, Precision::Vague};
}

std::optional<DayInterval> period(std::string_view value, std::string_view mod) {
    const auto range = dateRange(value);
    if (!range)
        return std::nullopt;
    DayInterval out{dayNumber(range->first), dayNumber(range->last), Precision::Day};
    if (out.last > out.first)
        out.precision = Precision::Vague;
    // "YYYY-MM" with nothing after the month.
    std::string_view date = value.substr(0, value.find('T'));
    const bool isMonth = date.size() == 7 && date[4] == '-' && isDigit(date[5]) && isDigit(date[6]);
    if (out.precision == Precision::Vague)
        out = narrow(out, mod, isMonth);
    return out;
}

}  // namespace

Day dayOf(int year, int month, int day) { return dayNumber({year, month, day}); }

YearMonthDay civilOf(Day day) {
    const auto d = fromDayNumber(day);
    return {d.year, d.month, d.day};
}

std::string isoDate(Day day) { return formatCalendarDate(fromDayNumber(day)); }

std::optional<Day> durationDays(std::string_view v) {
    if (v.size() < 3 || v[0] != 'P' || v[1] == 'T')
        return std::nullopt;
    Day total = 0;
    std::size_t i = 1;
    while (i < v.size()) {
        Day n = 0;
        std::size_t digits = 0;
        while (i < v.size() && isDigit(v[i])) {
            n = n * 10 + (v[i] - '0');
            ++i;
            ++digits;
        }
        if (digits == 0 || i >= v.size())
            return std::nullopt;
        switch (v[i]) {
        case 'D': total += n; break;
        case 'W': total += 7 * n; break;
        case 'M': total += 30 * n; break;
        case 'Y': total += 365 * n; break;
        default: return std::nullopt;
        }
        ++i;
    }
    return total;
}

std::optional<DayInterval> intervalOf(std::string_view value, std::string_view mod) {
    if (value.empty())
        return std::nullopt;
    if (const auto slash = value.find('/'); slash != std::string_view::npos) {
        const std::string_view a = value.substr(0, slash);
        const std::string_view b = value.substr(slash + 1);
        std::optional<DayInterval> from = period(a, {});
        std::optional<DayInterval> to = period(b, {});
        if (from && !to)
            if (const auto days = durationDays(b); days && *days > 0)
                to = DayInterval{from->first + *days - 1, from->first + *days - 1};
        if (to && !from)
            if (const auto days = durationDays(a); days && *days > 0)
                from = DayInterval{to->last - *days + 1, to->last - *days + 1};
        if (!from || !to || to->last < from->first)
            return std::nullopt;
        return DayInterval{from->first, to->last, Precision::Duration};
    }
    return period(value, mod);
}

}  // namespace claimdesk
