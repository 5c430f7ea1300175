#include "core/domain/calendar.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace claimdesk {
namespace {

bool digitsAt(std::string_view s, std::size_t pos, std::size_t count) {
    if (s.size() < pos + count)
        return false;
    for (std::size_t i = pos; i < pos + count; ++i)
        if (!std::isdigit(static_cast<unsigned char>(s[i])))
            return false;
    return true;
}

int numberAt(std::string_view s, std::size_t pos, std::size_t count) {
    int n = 0;
    for (std::size_t i = pos; i < pos + count; ++i)
        n = n * 10 + (s[i] - '0');
    return n;
}

CalendarDate lastOfMonth(int year, int month) { return {year, month, daysInMonth(year, month)}; }

// The Monday of ISO week `week` of `isoYear`.
CalendarDate isoWeekStart(int isoYear, int week) {
    const CalendarDate jan4{isoYear, 1, 4};
    const std::int64_t monday = dayNumber(jan4) - (weekday(jan4) - 1);
    return fromDayNumber(monday + 7 * (week - 1));
}

}  // namespace

std::optional<CalendarDate> parseCalendarDate(std::string_view value) {
    if (!digitsAt(value, 0, 4) || value.size() < 10 || value[4] != '-' || value[7] != '-' || !digitsAt(value, 5, 2) ||
        !digitsAt(value, 8, 2))
        return std::nullopt;
    const CalendarDate date{numberAt(value, 0, 4), numberAt(value, 5, 2), numberAt(value, 8, 2)};
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month))
        return std::nullopt;
    return date;
}

std::string formatCalendarDate(const CalendarDate& date) {
    std::string out = "0000-00-00";
    int year = date.year < 0 ? 0 : date.year % 10000;
    for (int k = 3; k >= 0; --k, year /= 10)
        out[k] = static_cast<char>('0' + year % 10);
    out[5] = static_cast<char>('0' + date.month / 10), out[6] = static_cast<char>('0' + date.month % 10);
    out[8] = static_cast<char>('0' + date.day / 10), out[9] = static_cast<char>('0' + date.day % 10);
    return out;
}

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t dayNumber(const CalendarDate& date) {
    const int y = date.year - (date.month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = static_cast<unsigned>(date.month + (date.month > 2 ? -3 : 9));
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(date.day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

CalendarDate fromDayNumber(std::int64_t days) {
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400) + (month <= 2 ? 1 : 0);
    return {year, month, day};
}

int weekday(const CalendarDate& date) {
    const std::int64_t days = dayNumber(date);  // 1970-01-01 was a Thursday
    return static_cast<int>(((days % 7 + 7 + 3) % 7) + 1);
}

int daysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        return 29;
    return kDays[(month - 1) % 12];
}

int isoWeek(const CalendarDate& date, int& isoYear) {
    // The week belongs to the year holding its Thursday.
    const CalendarDate thursday = fromDayNumber(dayNumber(date) + 4 - weekday(date));
    isoYear = thursday.year;
    const std::int64_t yearStart = dayNumber(CalendarDate{thursday.year, 1, 1});
    return static_cast<int>((dayNumber(thursday) - yearStart) / 7 + 1);
}

CalendarDate addMonths(const CalendarDate& date, int months) {
    int index = date.year * 12 + (date.month - 1) + months;
    CalendarDate out;
    out.year = index >= 0 ? index / 12 : (index - 11) / 12;
    out.month = index - out.year * 12 + 1;
    out.day = std::min(date.day, daysInMonth(out.year, out.month));
    return out;
}

std::optional<std::string> addDays(std::string_view value, int days) {
    const auto date = parseCalendarDate(value);
    if (!date)
        return std::nullopt;
    return formatCalendarDate(fromDayNumber(dayNumber(*date) + days));
}

std::optional<DateRange> dateRange(std::string_view v) {
    if (const auto t = v.find('T'); t != std::string_view::npos)
        v = v.substr(0, t);
    if (digitsAt(v, 0, 3) && v.size() == 4 && (v[3] == 'X' || v[3] == 'x')) {  // a decade: 199X
        const int start = numberAt(v, 0, 3) * 10;
        return DateRange{{start, 1, 1}, {start + 9, 12, 31}};
    }
    if (!digitsAt(v, 0, 4))
        return std::nullopt;
    const int year = numberAt(v, 0, 4);
    if (v.size() == 4)
        return DateRange{{year, 1, 1}, {year, 12, 31}};
    if (v[4] != '-' || v.size() < 7)
        return std::nullopt;
    const std::string_view rest = v.substr(5);
    if (digitsAt(rest, 0, 2) && rest.size() == 2) {
        const int month = numberAt(rest, 0, 2);
        if (month < 1 || month > 12)
            return std::nullopt;
        return DateRange{{year, month, 1}, lastOfMonth(year, month)};
    }
    if (rest.size() == 10 - 5) {
        if (auto day = parseCalendarDate(v))
            return DateRange{*day, *day};
        return std::nullopt;
    }
    if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
        const int q = rest[1] - '0';
        return DateRange{{year, 3 * q - 2, 1}, lastOfMonth(year, 3 * q)};
    }
    if (rest.size() == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2')) {
        const int h = rest[1] - '0';
        return DateRange{{year, 6 * h - 5, 1}, lastOfMonth(year, 6 * h)};
    }
    if (rest == "SP")
        return DateRange{{year, 3, 1}, lastOfMonth(year, 5)};
    if (rest == "SU")
        return DateRange{{year, 6, 1}, lastOfMonth(year, 8)};
    if (rest == "FA")
        return DateRange{{year, 9, 1}, lastOfMonth(year, 11)};
    if (rest == "WI")  // the winter that starts in December of `year`
        return DateRange{{year, 12, 1}, lastOfMonth(year + 1, 2)};
    if (rest.size() >= 3 && rest[0] == 'W' && digitsAt(rest, 1, 2)) {
        const CalendarDate monday = isoWeekStart(year, numberAt(rest, 1, 2));
        const std::int64_t first = dayNumber(monday);
        if (rest.size() == 3)
            return DateRange{monday, fromDayNumber(first + 6)};
        if (rest.substr(3) == "-WE")
            return DateRange{fromDayNumber(first + 5), fromDayNumber(first + 6)};
    }
    return std::nullopt;
}

bool valueContains(std::string_view outer, std::string_view inner) {
    const auto a = dateRange(outer);
    const auto b = dateRange(inner);
    return a && b && dayNumber(a->first) <= dayNumber(b->first) && dayNumber(b->last) <= dayNumber(a->last);
}

std::optional<int> compareValues(std::string_view a, std::string_view b) {
    const auto ra = dateRange(a);
    const auto rb = dateRange(b);
    if (!ra || !rb)
        return std::nullopt;
    const std::int64_t d = dayNumber(ra->first) - dayNumber(rb->first);
    if (d != 0)
        return d < 0 ? -1 : 1;
    const std::int64_t e = dayNumber(ra->last) - dayNumber(rb->last);
    return e == 0 ? 0 : (e < 0 ? -1 : 1);
}

std::optional<std::string> calendarValue(const std::string& value) {
    std::string date = value.substr(0, value.find('T'));
    if (date.empty() || !dateRange(date))
        return std::nullopt;
    return date;
}

}  // namespace claimdesk
