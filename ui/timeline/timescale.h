#pragma once

// The timeline's horizontal scale: where a day falls on screen and back,
// zooming about a point, and the ticks an axis shows at the current zoom
// (years, months or days, whichever keeps labels apart).

#include <QList>
#include <QString>

namespace claimdesk::ui {

class TimeScale {
public:
    // Days are counted from 1970-01-01 (core/timeline/dateinterval.h); a
    // day's marker sits at its middle, day + 0.5.
    TimeScale() = default;
    TimeScale(double leftDay, double daysPerPixel, double left = 0);

    double x(double day) const { return m_left + (day - m_leftDay) / m_daysPerPixel; }
    double day(double x) const { return m_leftDay + (x - m_left) * m_daysPerPixel; }
    double daysPerPixel() const { return m_daysPerPixel; }
    double left() const { return m_left; }
    double leftDay() const { return m_leftDay; }

    // Zooms by `factor` (> 1 magnifies) keeping the day under `x` where it is.
    // The zoom stays between a few hours and a few centuries per pixel.
    void zoomAt(double x, double factor);
    // Moves the view by `dx` pixels (positive: the content moves right).
    void pan(double dx);
    // Shows [firstDay, lastDay) across [left, left + width).
    void fit(double firstDay, double lastDay, double left, double width);
    // Puts `day` at x without changing the zoom.
    void centerOn(double day, double x);

    static constexpr double kMinDaysPerPixel = 1.0 / 200;  // a day is 200 px at most
    static constexpr double kMaxDaysPerPixel = 365.0 * 4;  // four years a pixel at least

    enum class Unit { Day, Month, Year };
    struct Tick {
        double day = 0;      // where it is
        QString label;
        bool major = false;  // the first tick of a larger unit (a month among days, a year among months)
    };
    struct Ticks {
        Unit unit = Unit::Day;
        int step = 1;        // in units: every 7 days, every 3 months, every 10 years
        QList<Tick> ticks;   // labelled ticks, in order
        QList<Tick> spans;   // the larger unit's starts with their labels ("Feb 2025", "2025"), for a second row
    };
    // The ticks between x = from and x = to, at least `minSpacing` pixels
    // apart.
    Ticks ticks(double from, double to, double minSpacing = 64) const;

private:
    double m_leftDay = 0;
    double m_daysPerPixel = 1;
    double m_left = 0;
};

QString shortMonthName(int month);  // "Jan".."Dec", whatever the locale

}  // namespace claimdesk::ui
