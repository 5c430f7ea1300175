#pragma once

// The timeline on screen: a TimelineRenderer in a widget that zooms (wheel,
// pinch, + and -), pans (drag; the wheel with Shift scrolls the lanes),
// fits everything, jumps to a date and reports clicks on items.

#include <cstdint>
#include <optional>

#include <QDate>
#include <QPointF>
#include <QWidget>

#include "core/domain/span.h"
#include "ui/timeline/timelinerenderer.h"
#include "ui/timeline/timescale.h"

namespace claimdesk::ui {

class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);

    TimelineRenderer& renderer() { return m_renderer; }
    const TimeScale& scale() const { return m_scale; }
    double scrollY() const { return m_scrollY; }

    // Replaces what is shown; the zoom is kept unless nothing was shown.
    void setEntries(std::vector<timeline::TimelineEntry> entries);
    // While the entries are being read: says so where there are none yet.
    void setLoading(bool loading);
    // See TimelineRenderer::updateClaims.
    bool updateClaims(const std::vector<store::ClaimRow>& rows);
    void setLaneMode(timeline::LaneMode mode);
    void setStatusFilter(std::optional<ClaimStatus> status);

    // Zooms by `factor` (> 1 magnifies) about x (the plot's middle when none).
    void zoomBy(double factor, std::optional<double> x = std::nullopt);
    void zoomIn() { zoomBy(1.5); }
    void zoomOut() { zoomBy(1 / 1.5); }
    void fitAll();
    // Centres a date, zoomed to show about a month around it if wider.
    void jumpTo(const QDate& date);
    // Highlights an item and brings it into view; false when not shown.
    bool selectClaim(std::int64_t claimId);
    bool selectEvent(std::int64_t eventId);

    QSize sizeHint() const override { return {900, 320}; }
    QSize minimumSizeHint() const override { return {300, 120}; }

signals:
    // A lane's title was double-clicked or its menu's Rename chosen.
    void laneTitleRequested(const QString& laneKey, const QString& title);
    void claimClicked(qint64 claimId, qint64 documentId);
    void eventClicked(qint64 eventId, qint64 documentId, claimdesk::Span evidence);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    bool select(timeline::EntryKind kind, std::int64_t id);
    void clampScroll();
    void activate(const TimelineRenderer::Hit& hit);

    TimelineRenderer m_renderer;
    TimeScale m_scale;
    double m_scrollY = 0;
    bool m_loading = false;
    bool m_fitted = true;  // showing everything (not zoomed nor panned since): refit on resize and reload
    std::optional<QPointF> m_pressAt;
    QPointF m_lastDrag;
    bool m_dragged = false;
};

}  // namespace claimdesk::ui
