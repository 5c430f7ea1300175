#include "core/extract/timex/timexresolve.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace claimdesk::extract::timex {
namespace {

// Seasons by the months they span; winter is the one that starts in December.
int seasonStartMonth(const std::string& code) {
    if (code == "SP")
        return 3;
    if (code == "SU")
        return 6;
    if (code == "FA")
        return 9;
    return 12;
}

std::string formatCount(double count) {
    if (count == std::floor(count))
        return std::to_string(static_cast<long long>(count));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", count);
    return buffer;
}

}  // namespace

// Zero-padded decimal; by hand because snprintf shows in profiles.
std::string pad(int n, int width) {
    std::string out;
    if (n < 0) {
        out.push_back('-');
        n = -n;
    }
    char digits[12];
    int count = 0;
    do {
        digits[count++] = static_cast<char>('0' + n % 10);
        n /= 10;
    } while (n > 0);
    for (int k = count; k < width; ++k)
        out.push_back('0');
    while (count > 0)
        out.push_back(digits[--count]);
    return out;
}

std::string yearValue(int year) { return pad(year, 4); }
std::string monthValue(int year, int month) { return pad(year, 4) + "-" + pad(month, 2); }
std::string dayValue(const CalendarDate& date) {
    return pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2);
}
std::string weekValue(const CalendarDate& date) {
    int isoYear = 0;
    const int week = isoWeek(date, isoYear);
    return pad(isoYear, 4) + "-W" + pad(week, 2);
}
CalendarDate shiftDays(const CalendarDate& date, std::int64_t days) { return fromDayNumber(dayNumber(date) + days); }
int quarterOf(int month) { return (month - 1) / 3 + 1; }

std::string durationValue(double count, bool unknown, const TimeUnit& unit) {
    const bool clock = unit.code.size() == 2 && unit.code[0] == 'T';
    const std::string letter = clock ? unit.code.substr(1) : unit.code;
    if (unknown) {
        std::string code = letter;
        if (unit.factor == 10)
            code = "DE";
        else if (unit.factor == 100)
            code = "CE";
        return std::string(clock ? "PTX" : "PX") + code;
    }
    // A fraction goes to the next smaller unit: "2 1/2 years" is P2Y6M.
    const double total = count * unit.factor;
    const double whole = std::floor(total);
    static const struct {
        const char* code;
        const char* smaller;
        int per;
    } kSmaller[] = {{"Y", "M", 12}, {"W", "D", 7}, {"D", "H", 24}, {"TH", "M", 60}, {"TM", "S", 60}};
    if (total != whole && whole >= 1)
        for (const auto& step : kSmaller)
            if (unit.code == step.code) {
                const double rest = (total - whole) * step.per;
                if (rest == std::floor(rest)) {
                    const bool restClock = clock || std::string(step.smaller) == "H";
                    std::string out = std::string(clock ? "PT" : "P") + formatCount(whole) + letter;
                    if (restClock && !clock)
                        out += "T";
                    return out + formatCount(rest) + step.smaller;
                }
            }
    return std::string(clock ? "PT" : "P") + formatCount(total) + letter;
}

std::string resolveMonthDay(const Anchor& anchor, int month, int day, bool future) {
    if (!anchor)
        return "XXXX-" + pad(month, 2) + "-" + pad(day, 2);
    const std::int64_t now = dayNumber(*anchor);
    int bestYear = anchor->year;
    double bestCost = 1e18;
    for (int y = anchor->year - 1; y <= anchor->year + 1; ++y) {
        const CalendarDate candidate{y, month, std::min(day, daysInMonth(y, month))};
        const double delta = static_cast<double>(dayNumber(candidate) - now);
        const double cost = delta < 0 ? -delta : delta * (future ? 0.5 : 1.5);
        if (cost < bestCost)
            bestCost = cost, bestYear = y;
    }
    if (month == 2 && day == 29 && daysInMonth(bestYear, 2) < 29)
        return "XXXX-02-29";
    return pad(bestYear, 4) + "-" + pad(month, 2) + "-" + pad(day, 2);
}

std::string resolveMonth(const Anchor& anchor, int month, bool future) {
    if (!anchor)
        return "XXXX-" + pad(month, 2);
    const int now = anchor->year * 12 + anchor->month - 1;
    int bestYear = anchor->year;
    double bestCost = 1e18;
    for (int y = anchor->year - 1; y <= anchor->year + 1; ++y) {
        const double delta = y * 12 + month - 1 - now;
        const double cost = delta < 0 ? -delta : delta * (future ? 0.5 : 1.5) + 0.1;
        if (cost < bestCost)
            bestCost = cost, bestYear = y;
    }
    return monthValue(bestYear, month);
}

// `which`: -1 last, 0 this, +1 next, 2 unqualified (nearest, leaning past).
std::string resolveWeekday(const Anchor& anchor, int wd, int which, bool future) {
    if (!anchor)
        return "XXXX-WXX-" + std::to_string(wd);
    const int today = weekday(*anchor);
    int shift = 0;
    if (which == 0)
        shift = wd - today;
    else if (which == -1)
        shift = -(((today - wd) + 7) % 7 == 0 ? 7 : ((today - wd) + 7) % 7);
    else if (which == 1)
        shift = (((wd - today) + 7) % 7 == 0 ? 7 : ((wd - today) + 7) % 7);
    else if (future)
        shift = ((wd - today) + 7) % 7;
    else
        shift = -(((today - wd) + 7) % 7);
    return dayValue(shiftDays(*anchor, shift));
}

std::string resolveSeason(const Anchor& anchor, const std::string& code, int which) {
    if (!anchor)
        return "XXXX-" + code;
    const std::int64_t now = dayNumber(*anchor);
    auto range = [&](int y) { return dateRange(pad(y, 4) + "-" + code); };
    if (which == -1) {  // the latest one already over
        for (int y = anchor->year; y >= anchor->year - 2; --y)
            if (auto r = range(y); r && dayNumber(r->last) < now)
                return pad(y, 4) + "-" + code;
    } else if (which == 1) {  // the first one not yet begun
        for (int y = anchor->year - 1; y <= anchor->year + 1; ++y)
            if (auto r = range(y); r && dayNumber(r->first) > now)
                return pad(y, 4) + "-" + code;
    } else {  // the one under way, else this year's
        for (int y = anchor->year - 1; y <= anchor->year; ++y)
            if (auto r = range(y); r && dayNumber(r->first) <= now && now <= dayNumber(r->last))
                return pad(y, 4) + "-" + code;
    }
    return pad(code == "WI" && anchor->month < seasonStartMonth(code) && which == 0 ? anchor->year - 1
                                                                                  : anchor->year,
               4) +
           "-" + code;
}

std::string resolveNamedMonth(const Anchor& anchor, int month, int which) {
    if (!anchor)
        return "XXXX-" + pad(month, 2);
    if (which == -1)
        return monthValue(month < anchor->month ? anchor->year : anchor->year - 1, month);
    if (which == 1)
        return monthValue(month > anchor->month ? anchor->year : anchor->year + 1, month);
    return monthValue(anchor->year, month);
}

// The period `count` units before the anchor, at the unit's grain.
std::string shiftedPeriod(const Anchor& anchor, const TimeUnit& unit, double count, int direction) {
    if (!anchor)
        return direction < 0 ? "PAST_REF" : "FUTURE_REF";
    // Past a million units the period is no date a report gives, and
    // calendar arithmetic on it would overflow.
    constexpr double kFarthestShift = 1e6;
    if (count * unit.factor > kFarthestShift)
        return direction < 0 ? "PAST_REF" : "FUTURE_REF";
    const int n = static_cast<int>(std::lround(count * unit.factor)) * direction;
    if (unit.code == "Y")
        return yearValue(anchor->year + n);
    if (unit.code == "M")
        return monthValue(addMonths(*anchor, n).year, addMonths(*anchor, n).month);
    if (unit.code == "W")
        return weekValue(shiftDays(*anchor, 7 * n));
    if (unit.code == "D")
        return dayValue(shiftDays(*anchor, n));
    return dayValue(*anchor);
}

}  // namespace claimdesk::extract::timex
