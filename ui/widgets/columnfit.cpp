#include "ui/widgets/columnfit.h"

#include <algorithm>
#include <cmath>

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

namespace claimdesk::ui {

ColumnFit::ColumnFit(QAbstractItemView* view, QHeaderView* header, int stretchColumn, std::map<int, Width> widths)
    : QObject(view), m_view(view), m_header(header), m_stretch(stretchColumn), m_widths(std::move(widths)) {
    m_header->setStretchLastSection(false);
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    m_header->setMinimumSectionSize(24);
    m_view->viewport()->installEventFilter(this);
    m_header->viewport()->installEventFilter(this);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // The analyst dragging an edge: their widths from now on.
    connect(m_header, &QHeaderView::sectionResized, this, [this] {
        if (!m_resizing && m_pressed)
            m_fitting = false;
    });
    connect(m_header, &QHeaderView::sectionHandleDoubleClicked, this, [this] { m_fitting = false; });
    connect(m_header, &QHeaderView::sectionCountChanged, this, &ColumnFit::fit);
}

void ColumnFit::reset() {
    m_fitting = true;
    fit();
}

bool ColumnFit::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && m_fitting)
        fit();
    if (watched == m_header->viewport() && event->type() == QEvent::MouseButtonPress)
        m_pressed = true;
    if (watched == m_header->viewport() && event->type() == QEvent::MouseButtonRelease)
        m_pressed = false;
    return QObject::eventFilter(watched, event);
}

void ColumnFit::fit() {
    if (!m_fitting)
        return;
    // The viewport loses the vertical scroll bar's width when it shows.
    const int available = m_view->viewport()->width();
    if (available <= 0)
        return;
    std::map<int, Width> shown;
    for (int c = 0; c < m_header->count(); ++c)
        if (!m_header->isSectionHidden(c))
            shown[c] = m_widths.count(c) ? m_widths[c] : Width{};
    int others = 0, othersMinimum = 0;
    for (const auto& [c, w] : shown)
        if (c != m_stretch) {
            others += w.preferred;
            othersMinimum += w.minimum;
        }
    const Width stretch = shown.count(m_stretch) ? shown[m_stretch] : Width{0, 0};
    // Room left for the others once the stretching column has its minimum.
    const int room = std::max(othersMinimum, available - stretch.minimum);
    const double scale = others > room && others > othersMinimum
                             ? double(room - othersMinimum) / double(others - othersMinimum)
                             : 1.0;
    m_resizing = true;
    int used = 0;
    for (const auto& [c, w] : shown) {
        if (c == m_stretch)
            continue;
        const int width = w.minimum + static_cast<int>(std::floor((w.preferred - w.minimum) * std::min(1.0, scale)));
        m_header->resizeSection(c, width);
        used += width;
    }
    if (shown.count(m_stretch))
        m_header->resizeSection(m_stretch, std::max(stretch.minimum, available - used));
    m_resizing = false;
}

}  // namespace claimdesk::ui
