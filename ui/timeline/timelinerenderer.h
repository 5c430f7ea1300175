#pragma once

// Paints a timeline with any QPainter: a widget, a QImage, an SVG or the
// PDF report. Lanes run across under a time axis; events are diamonds,
// a claim's three dates (happened, said, published) a diamond, a circle
// and a square joined by a thin connector; vague dates are light spans,
// anchored durations solid bars. Where items crowd closer than a few
// pixels they are drawn as one bin with their count, found by binary
// search over positions sorted once, so painting costs the same for a
// hundred items or a hundred thousand.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QRectF>
#include <QString>

#include "core/domain/analysis.h"
#include "core/store/claimrecords.h"
#include "core/timeline/aggregate.h"
#include "core/timeline/lanes.h"
#include "core/timeline/timelineentry.h"
#include "ui/timeline/timescale.h"

class QPainter;

namespace claimdesk::ui {

struct TimelineStyle {
    double axisHeight = 46;
    double gutterWidth = 190;     // lane titles
    double rowHeight = 20;
    double laneGap = 6;
    int maxRowsPerLane = 8;       // sub-rows a lane may grow to before items crowd
    double binPixels = 9;         // items closer than this aggregate
    double maxLabelWidth = 260;
    double labelRoom = 150;       // kept right of the last item when fitting
};

class TimelineRenderer {
public:
    TimelineRenderer();

    void setEntries(std::vector<timeline::TimelineEntry> entries);
    const std::vector<timeline::TimelineEntry>& entries() const { return m_entries; }
    // Takes a review, a speaker merge or a cluster move from the store's
    // rows without rebuilding the entries; false (nothing changed) when a
    // claim is not shown here, e.g. one just made.
    bool updateClaims(const std::vector<store::ClaimRow>& rows);
    void setLaneMode(timeline::LaneMode mode);
    timeline::LaneMode laneMode() const { return m_mode; }
    // Shows only the claims of one review status (events stay), like the
    // claim table's filter; nullopt shows all.
    void setStatusFilter(std::optional<ClaimStatus> status);
    std::optional<ClaimStatus> statusFilter() const { return m_status; }
    void setSelection(timeline::EntryKind kind, std::int64_t id);
    // Where a lane without a given title gets a better one than its own
    // (what a cluster's figures count): asked once per lane, and only for
    // the lanes a paint draws, since naming a cluster reads its articles and
    // a big project has thousands of lanes. An empty answer keeps the
    // lane's own title.
    using LaneTitleSource = std::function<std::string(const timeline::Lane& lane)>;
    // Titles that replace the lanes' own: `titles` by lane key (those the
    // analyst gave), then what `source` finds for the others.
    void setLaneTitles(std::map<std::string, std::string> titles, LaneTitleSource source = {});
    // The lane whose title is drawn at a point of the last paint, if any.
    std::optional<std::size_t> laneAt(const QPointF& point) const;
    void setFont(const QFont& font);
    // The colours to draw with: the view's own palette on screen; paper
    // (black on white, the default) for images and reports.
    void setPalette(const QPalette& palette);
    const QPalette& palette() const { return m_palette; }
    const QFont& font() const { return m_font; }
    const TimelineStyle& style() const { return m_style; }

    // The lanes shown (after the status filter), top to bottom.
    const std::vector<timeline::Lane>& lanes() const { return m_lanes; }
    // The first day and the day after the last of everything shown, dates
    // vaguer than a season (a year, a decade) aside unless there is nothing
    // else, and the stray entries timeline::fitRange leaves out.
    std::optional<std::pair<double, double>> dayRange() const;
    // The entry shown for (kind, id), as an index into entries().
    std::optional<std::size_t> indexOf(timeline::EntryKind kind, std::int64_t id) const;
    // The scale that shows everything in `rect`, room left for labels.
    TimeScale fittedScale(const QRectF& rect) const;
    // Axis plus lanes at this zoom (sub-rows depend on it).
    double contentHeight(double daysPerPixel);
    // Where an entry's lane starts, below the axis, at this zoom.
    std::optional<double> laneTop(std::size_t entry, double daysPerPixel);

    // Paints into `rect`; `scrollY` moves the lanes (not the axis) up.
    void paint(QPainter& painter, const QRectF& rect, const TimeScale& scale, double scrollY = 0);
    // Paints everything, fitted into `rect` (for images and reports).
    void paintFitted(QPainter& painter, const QRectF& rect);

    // What the last paint drew at a point.
    struct Hit {
        enum class Kind { None, Entry, Bin } kind = Kind::None;
        std::size_t entry = 0;           // Entry: index into entries()
        double firstDay = 0, lastDay = 0;  // Bin: the days it gathers
        std::size_t count = 0;
    };
    Hit hitTest(const QPointF& point) const;
    QString toolTip(const Hit& hit) const;
    // Where the last paint drew an entry on its own; nullopt when it did
    // not (off screen, filtered out or inside a bin).
    std::optional<QRectF> drawnRect(std::size_t entry) const;
    // What the last paint drew: single items and bins.
    int drawnItems() const { return m_drawnItems; }
    int drawnBins() const { return m_drawnBins; }

private:
    struct Row {
        std::vector<double> anchors;       // first day of each entry, ascending
        std::vector<std::size_t> entries;  // same order
        double longest = 0;                // longest entry in days, labels aside
    };
    struct LaneLayout {
        double top = 0;  // below the axis
        double height = 0;
        std::vector<Row> rows;
    };
    struct HitBox {
        QRectF rect;
        Hit hit;
    };

    struct Colors {
        QColor bandA, bandB;  // lanes alternate
        QColor gutter, grid, rule;
        QColor text, muted;
    };

    void rebuildLanes();
    void measureLabels();
    QColor fillOf(const timeline::TimelineEntry& e) const;
    void layout(double daysPerPixel);
    QString labelOf(const timeline::TimelineEntry& e) const;
    void paintAxis(QPainter& painter, const QRectF& rect, const TimeScale& scale) const;
    void nameLane(timeline::Lane& lane);
    void paintEntry(QPainter& painter, std::size_t index, const TimeScale& scale, double y, double labelLimit);
    void paintRun(QPainter& painter, const std::vector<timeline::Bin>& run, const Row& row, const TimeScale& scale,
                  double y);

    std::vector<timeline::TimelineEntry> m_entries;
    std::vector<double> m_labelWidths;
    std::vector<timeline::DayInterval> m_extents;  // each entry's extent(), computed once
    timeline::LaneMode m_mode = timeline::LaneMode::Cluster;
    std::optional<ClaimStatus> m_status;
    std::vector<timeline::Lane> m_lanes;
    std::map<std::string, std::string> m_laneTitles;  // given by the analyst, then found by m_titleSource
    LaneTitleSource m_titleSource;
    std::vector<std::pair<QRectF, std::size_t>> m_laneTitleRects;  // drawn by the last paint
    std::optional<std::size_t> m_selected;
    std::optional<std::pair<timeline::EntryKind, std::int64_t>> m_selection;
    QFont m_font;
    QPalette m_palette;
    Colors m_colors;
    TimelineStyle m_style;

    std::vector<LaneLayout> m_layout;
    double m_layoutDpp = -1;
    std::vector<HitBox> m_hits;
    std::unordered_map<std::size_t, QRectF> m_drawn;
    int m_drawnItems = 0;
    int m_drawnBins = 0;
};

}  // namespace claimdesk::ui
