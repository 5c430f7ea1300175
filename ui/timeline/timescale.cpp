#include "ui/timeline/timescale.h"

#include <algorithm>
#include <cmath>

#include "core/timeline/dateinterval.h"

namespace claimdesk::ui {
namespace {

using timeline::civilOf;
using timeline::dayOf;

}  // namespace

QString shortMonthName(int month) {
    static const char* const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return QString::fromLatin1(names[std::clamp(month, 1, 12) - 1]);
}

TimeScale::TimeScale(double leftDay, double daysPerPixel, double left)
    : m_leftDay(leftDay), m_daysPerPixel(std::clamp(daysPerPixel, kMinDaysPerPixel, kMaxDaysPerPixel)), m_left(left) {}

void TimeScale::zoomAt(double x, double factor) {
    if (factor <= 0)
        return;
    const double anchor = day(x);
    m_daysPerPixel = std::clamp(m_daysPerPixel / factor, kMinDaysPerPixel, kMaxDaysPerPixel);
    m_leftDay = anchor - (x - m_left) * m_daysPerPixel;
}

void TimeScale::pan(double dx) { m_leftDay -= dx * m_daysPerPixel; }

void TimeScale::fit(double firstDay, double lastDay, double left, double width) {
    m_left = left;
    if (lastDay <= firstDay)
        lastDay = firstDay + 1;
    m_daysPerPixel = std::clamp((lastDay - firstDay) / std::max(1.0, width), kMinDaysPerPixel, kMaxDaysPerPixel);
    // Centre what fits when the zoom limit keeps it from filling the width.
    const double shown = width * m_daysPerPixel;
    m_leftDay = firstDay - (shown - (lastDay - firstDay)) / 2;
}

void TimeScale::centerOn(double day, double x) { m_leftDay = day - (x - m_left) * m_daysPerPixel; }

TimeScale::Ticks TimeScale::ticks(double from, double to, double minSpacing) const {
    Ticks out;
    const double minDays = minSpacing * m_daysPerPixel;
    const double firstDay = std::floor(day(from));
    const double lastDay = std::ceil(day(to));
    if (!(lastDay > firstDay) || lastDay - firstDay > 1e7)
        return out;
    const auto firstYmd = civilOf(static_cast<timeline::Day>(firstDay));
    const auto lastYmd = civilOf(static_cast<timeline::Day>(lastDay));

    if (minDays <= 1) {
        out = {Unit::Day, 1, {}, {}};
    } else if (minDays <= 2) {
        out = {Unit::Day, 2, {}, {}};
    } else if (minDays <= 7) {
        out = {Unit::Day, 7, {}, {}};  // the 1st, 8th, 15th and 22nd
    } else if (minDays <= 30) {
        out = {Unit::Month, 1, {}, {}};
    } else if (minDays <= 90) {
        out = {Unit::Month, 3, {}, {}};
    } else if (minDays <= 181) {
        out = {Unit::Month, 6, {}, {}};
    } else {
        out = {Unit::Year, 1, {}, {}};
        for (int magnitude = 1; out.step * 365.0 < minDays; magnitude *= 10)
            for (int m : {1, 2, 5})
                if (out.step * 365.0 < minDays)
                    out.step = m * magnitude;
    }

    switch (out.unit) {
    case Unit::Day:
        for (double d = firstDay; d <= lastDay; ++d) {
            const auto ymd = civilOf(static_cast<timeline::Day>(d));
            if (ymd.day == 1)
                out.spans.push_back({d, QStringLiteral("%1 %2").arg(shortMonthName(ymd.month)).arg(ymd.year), true});
            // Steps restart each month; the 29th (by 7s) and the 31st (by 2s)
            // would crowd the next month's 1st.
            const bool onStep = (ymd.day - 1) % out.step == 0 && !(out.step == 7 && ymd.day == 29) &&
                                !(out.step == 2 && ymd.day == 31);
            if (onStep)
                out.ticks.push_back({d, QString::number(ymd.day), ymd.day == 1});
        }
        if (out.spans.isEmpty() || out.spans.first().day > firstDay)
            out.spans.prepend({firstDay, QStringLiteral("%1 %2").arg(shortMonthName(firstYmd.month)).arg(firstYmd.year), false});
        break;
    case Unit::Month:
        for (int y = firstYmd.year; y <= lastYmd.year; ++y) {
            const double yearStart = static_cast<double>(dayOf(y, 1, 1));
            if (yearStart >= firstDay && yearStart <= lastDay)
                out.spans.push_back({yearStart, QString::number(y), true});
            for (int m = 1; m <= 12; m += out.step) {
                const double d = static_cast<double>(dayOf(y, m, 1));
                if (d < firstDay || d > lastDay)
                    continue;
                out.ticks.push_back({d, shortMonthName(m), m == 1});
            }
        }
        if (out.spans.isEmpty() || out.spans.first().day > firstDay)
            out.spans.prepend({firstDay, QString::number(firstYmd.year), false});
        break;
    case Unit::Year: {
        const int start = static_cast<int>(std::floor(static_cast<double>(firstYmd.year) / out.step)) * out.step;
        for (int y = start; y <= lastYmd.year; y += out.step) {
            const double d = static_cast<double>(dayOf(y, 1, 1));
            if (d >= firstDay && d <= lastDay)
                out.ticks.push_back({d, QString::number(y), y % (out.step * 10) == 0});
        }
        break;
    }
    }
    return out;
}

}  // namespace claimdesk::ui
