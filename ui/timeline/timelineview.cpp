#include "ui/timeline/timelineview.h"

#include <QContextMenuEvent>
#include <QMenu>

#include <algorithm>
#include <cmath>

#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QToolTip>
#include <QWheelEvent>

namespace claimdesk::ui {

TimelineView::TimelineView(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline"));
    grabGesture(Qt::PinchGesture);
    m_renderer.setFont(font());
    m_renderer.setPalette(palette());
}

void TimelineView::setEntries(std::vector<timeline::TimelineEntry> entries) {
    const bool wasEmpty = !m_renderer.dayRange();
    m_renderer.setEntries(std::move(entries));
    if (wasEmpty || m_fitted)
        fitAll();
    else
        clampScroll();
    update();
}

bool TimelineView::updateClaims(const std::vector<store::ClaimRow>& rows) {
    if (!m_renderer.updateClaims(rows))
        return false;
    clampScroll();
    update();
    return true;
}

void TimelineView::setLaneMode(timeline::LaneMode mode) {
    m_renderer.setLaneMode(mode);
    clampScroll();
    update();
}

void TimelineView::setStatusFilter(std::optional<ClaimStatus> status) {
    m_renderer.setStatusFilter(status);
    clampScroll();
    update();
}

void TimelineView::zoomBy(double factor, std::optional<double> x) {
    const double plotLeft = m_renderer.style().gutterWidth;
    m_scale.zoomAt(x.value_or((plotLeft + width()) / 2), factor);
    m_fitted = false;
    clampScroll();
    update();
}

void TimelineView::fitAll() {
    m_scale = m_renderer.fittedScale(QRectF(rect()));
    m_scrollY = 0;
    m_fitted = true;
    update();
}

void TimelineView::jumpTo(const QDate& date) {
    if (!date.isValid())
        return;
    const double day = static_cast<double>(timeline::dayOf(date.year(), date.month(), date.day())) + 0.5;
    const double plotLeft = m_renderer.style().gutterWidth;
    const double plotWidth = std::max(50.0, width() - plotLeft);
    if (plotWidth * m_scale.daysPerPixel() > 62)  // wider than two months: a month around it
        m_scale.fit(day - 15, day + 15, plotLeft, plotWidth);
    m_scale.centerOn(day, plotLeft + plotWidth / 2);
    m_fitted = false;
    update();
}

bool TimelineView::selectClaim(std::int64_t claimId) { return select(timeline::EntryKind::Claim, claimId); }
bool TimelineView::selectEvent(std::int64_t eventId) { return select(timeline::EntryKind::Event, eventId); }

bool TimelineView::select(timeline::EntryKind kind, std::int64_t id) {
    m_renderer.setSelection(kind, id);
    const auto index = m_renderer.indexOf(kind, id);
    update();
    if (!index)
        return false;
    const auto top = m_renderer.laneTop(*index, m_scale.daysPerPixel());
    if (!top)
        return false;  // filtered out
    // Bring it into view: horizontally when its first date is off screen,
    // vertically when its lane is.
    const auto extent = *m_renderer.entries()[*index].extent();
    const double plotLeft = m_renderer.style().gutterWidth;
    const double a = m_scale.x(static_cast<double>(extent.first));
    const double b = m_scale.x(static_cast<double>(extent.last) + 1);
    if (b < plotLeft + 10 || a > width() - 40) {
        m_scale.centerOn(static_cast<double>(extent.first), plotLeft + (width() - plotLeft) / 3);
        m_fitted = false;
    }
    const double lanesHeight = height() - m_renderer.style().axisHeight;
    if (*top < m_scrollY || *top > m_scrollY + lanesHeight - m_renderer.style().rowHeight * 2)
        m_scrollY = *top - m_renderer.style().rowHeight;
    clampScroll();
    return true;
}

void TimelineView::clampScroll() {
    const double content = m_renderer.contentHeight(m_scale.daysPerPixel());
    m_scrollY = std::clamp(m_scrollY, 0.0, std::max(0.0, content - height() + 8));
}

void TimelineView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (m_loading && m_renderer.entries().empty()) {  // no axis of 1970 before the project's days are known
        painter.fillRect(rect(), palette().color(QPalette::Base));
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Reading the timeline\u2026"));
        return;
    }
    m_renderer.paint(painter, QRectF(rect()), m_scale, m_scrollY);
    if (!m_renderer.dayRange()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(m_renderer.style().gutterWidth, m_renderer.style().axisHeight, 0, 0),
                         Qt::AlignCenter, tr("No dated events or claims to show"));
    }
}

void TimelineView::setLoading(bool loading) {
    m_loading = loading;
    update();
}

void TimelineView::resizeEvent(QResizeEvent*) {
    if (m_fitted)  // still showing everything: keep showing everything
        fitAll();
    clampScroll();
}

void TimelineView::wheelEvent(QWheelEvent* event) {
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier) {
        m_scrollY -= (delta.y() ? delta.y() : delta.x()) / 2.0;
        clampScroll();
        update();
    } else if (delta.y()) {
        zoomBy(std::pow(1.0015, delta.y()), event->position().x());  // one notch (120): about 20%
    } else if (delta.x()) {
        m_scale.pan(delta.x() / 2.0);
        m_fitted = false;
        update();
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressAt = event->position();
    m_lastDrag = event->position();
    m_dragged = false;
}

void TimelineView::mouseMoveEvent(QMouseEvent* event) {
    if (!m_pressAt) {
        const auto hit = m_renderer.hitTest(event->position());
        const QString tip = m_renderer.toolTip(hit);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), tip, this);
        setCursor(hit.kind == TimelineRenderer::Hit::Kind::None ? Qt::ArrowCursor : Qt::PointingHandCursor);
        return;
    }
    if (!m_dragged && (event->position() - *m_pressAt).manhattanLength() < 4)
        return;
    m_dragged = true;
    setCursor(Qt::ClosedHandCursor);
    const QPointF d = event->position() - m_lastDrag;
    m_lastDrag = event->position();
    m_scale.pan(d.x());
    m_scrollY -= d.y();
    m_fitted = false;
    clampScroll();
    update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_pressAt)
        return QWidget::mouseReleaseEvent(event);
    const bool click = !m_dragged;
    m_pressAt.reset();
    m_dragged = false;
    unsetCursor();
    if (click)
        activate(m_renderer.hitTest(event->position()));
}

void TimelineView::activate(const TimelineRenderer::Hit& hit) {
    using Kind = TimelineRenderer::Hit::Kind;
    if (hit.kind == Kind::Bin) {  // open the crowd up
        const double plotLeft = m_renderer.style().gutterWidth;
        const double span = std::max(1.0, hit.lastDay - hit.firstDay);
        m_scale.fit(hit.firstDay - span * 0.1, hit.lastDay + span * 0.1, plotLeft + 12,
                    std::max(50.0, width() - plotLeft - 12 - m_renderer.style().labelRoom));
        m_fitted = false;
        clampScroll();
        update();
        return;
    }
    if (hit.kind != Kind::Entry)
        return;
    const timeline::TimelineEntry& e = m_renderer.entries()[hit.entry];
    select(e.kind, e.id);
    if (e.kind == timeline::EntryKind::Claim)
        emit claimClicked(e.id, e.documentId);
    else
        emit eventClicked(e.id, e.documentId, e.evidence);
}

void TimelineView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_0:
    case Qt::Key_Home: fitAll(); break;
    case Qt::Key_Left: m_scale.pan(width() / 8.0); m_fitted = false; update(); break;
    case Qt::Key_Right: m_scale.pan(-width() / 8.0); m_fitted = false; update(); break;
    case Qt::Key_Up: m_scrollY -= m_renderer.style().rowHeight * 2; clampScroll(); update(); break;
    case Qt::Key_Down: m_scrollY += m_renderer.style().rowHeight * 2; clampScroll(); update(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

bool TimelineView::event(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {  // View > Theme
        m_renderer.setPalette(palette());
        update();
    }
    if (event->type() == QEvent::NativeGesture) {  // trackpad pinch
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value(), gesture->position().x());
            return true;
        }
    }
    if (event->type() == QEvent::Gesture) {  // touch screen pinch
        auto* gestures = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint()).x());
            return true;
        }
    }
    return QWidget::event(event);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (const auto lane = m_renderer.laneAt(event->position())) {
        const auto& l = m_renderer.lanes()[*lane];
        emit laneTitleRequested(QString::fromStdString(l.key), QString::fromStdString(l.title));
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void TimelineView::contextMenuEvent(QContextMenuEvent* event) {
    const auto lane = m_renderer.laneAt(event->pos());
    if (!lane)
        return QWidget::contextMenuEvent(event);
    const auto& l = m_renderer.lanes()[*lane];
    const QString key = QString::fromStdString(l.key), title = QString::fromStdString(l.title);
    QMenu menu;
    menu.addAction(tr("Rename Lane..."), this, [this, key, title] { emit laneTitleRequested(key, title); });
    menu.exec(event->globalPos());
}

}  // namespace claimdesk::ui
