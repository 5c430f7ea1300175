#include "ui/timeline/timelinerenderer.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include "core/timeline/fitrange.h"
#include "ui/models/statuscolors.h"

namespace claimdesk::ui {
namespace {

using timeline::DayInterval;
using timeline::EntryKind;
using timeline::Precision;
using timeline::TimelineEntry;

const QColor kEventFill(0x9d, 0xb4, 0xde);
const QColor kDisagree(0xc0, 0x39, 0x2b);
const QColor kBin(0x5c, 0x6b, 0x80);
const QColor kSelection(0x2f, 0x6f, 0xd6);

constexpr double kMarker = 9;         // marker size in pixels, at most
constexpr double kMinLabel = 40;      // narrower than this, no label
constexpr timeline::Day kSeasonDays = 92;

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("Timeline", text, disambiguation, n);
}

// Markers of consecutive days stay apart: no wider than a day.
double markerSize(const TimeScale& scale) { return std::clamp(1 / scale.daysPerPixel() - 0.5, 6.0, kMarker); }

QColor blend(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

QString dateText(const std::optional<DayInterval>& d) {
    if (!d)
        return tr("unknown");
    const QString first = QString::fromStdString(timeline::isoDate(d->first));
    if (d->first == d->last)
        return first;
    return tr("%1 to %2").arg(first, QString::fromStdString(timeline::isoDate(d->last)));
}

void drawMarker(QPainter& p, int shape, QPointF c, double size) {
    const double h = size / 2;
    switch (shape) {
    case 0: {  // diamond: happened
        QPolygonF poly;
        poly << QPointF(c.x(), c.y() - h - 1) << QPointF(c.x() + h + 1, c.y()) << QPointF(c.x(), c.y() + h + 1)
             << QPointF(c.x() - h - 1, c.y());
        p.drawPolygon(poly);
        break;
    }
    case 1: p.drawEllipse(c, h, h); break;                                     // circle: said
    default: p.drawRect(QRectF(c.x() - h + 0.5, c.y() - h + 0.5, size - 1, size - 1)); break;  // square: published
    }
}

}  // namespace

// The palette is set in the initializer: a default QPalette would copy the
// application's, which a renderer built on an export thread must not read.
TimelineRenderer::TimelineRenderer() : m_palette(paperPalette()) { setPalette(m_palette); }

void TimelineRenderer::setPalette(const QPalette& palette) {
    if (&palette != &m_palette)
        m_palette = palette;
    if (!isDark(palette)) {  // the light look, as on paper
        m_colors = {QColor(0xff, 0xff, 0xff), QColor(0xf8, 0xf9, 0xfb), QColor(0xf4, 0xf5, 0xf7),
                    QColor(0xe3, 0xe6, 0xea), QColor(0xc5, 0xca, 0xd0), QColor(0x22, 0x26, 0x2b),
                    QColor(0x6a, 0x71, 0x7a)};
        return;
    }
    const QColor base = palette.color(QPalette::Base), text = palette.color(QPalette::Text);
    m_colors = {base, blend(base, text, 0.04), blend(base, text, 0.08), blend(base, text, 0.16),
                blend(base, text, 0.32), text, dimmedTextColor(palette)};
}

QColor TimelineRenderer::fillOf(const TimelineEntry& e) const {
    return e.kind == EntryKind::Event ? kEventFill : statusColor(e.status, m_palette);
}

void TimelineRenderer::setEntries(std::vector<TimelineEntry> entries) {
    m_entries = std::move(entries);
    m_extents.resize(m_entries.size());
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        m_extents[i] = m_entries[i].extent().value_or(DayInterval{});
    measureLabels();
    rebuildLanes();
    if (m_selection)
        setSelection(m_selection->first, m_selection->second);
}

bool TimelineRenderer::updateClaims(const std::vector<store::ClaimRow>& rows) {
    std::vector<std::size_t> indexes;
    for (const auto& row : rows) {
        const auto index = indexOf(EntryKind::Claim, row.id);
        if (!index)
            return false;
        indexes.push_back(*index);
    }
    const QFontMetricsF metrics(m_font);
    for (std::size_t k = 0; k < rows.size(); ++k) {
        TimelineEntry& e = m_entries[indexes[k]];
        e.status = rows[k].status;
        e.clusterId = rows[k].clusterId;
        e.disagreement = rows[k].disagreement;
        e.disagreementReason = rows[k].disagreementReason;
        if (e.speaker != rows[k].speakerName) {
            e.speaker = rows[k].speakerName;
            m_labelWidths[indexes[k]] = std::min(m_style.maxLabelWidth, metrics.horizontalAdvance(labelOf(e)));
        }
    }
    rebuildLanes();
    return true;
}

void TimelineRenderer::setLaneMode(timeline::LaneMode mode) {
    if (mode == m_mode)
        return;
    m_mode = mode;
    measureLabels();  // a claim's label names its speaker except in speaker lanes
    rebuildLanes();
}

void TimelineRenderer::setStatusFilter(std::optional<ClaimStatus> status) {
    if (status == m_status)
        return;
    m_status = status;
    rebuildLanes();
}

void TimelineRenderer::setSelection(EntryKind kind, std::int64_t id) {
    m_selection = {kind, id};
    m_selected = indexOf(kind, id);
}

void TimelineRenderer::setFont(const QFont& font) {
    m_font = font;
    measureLabels();
    m_layoutDpp = -1;
}

QString TimelineRenderer::labelOf(const TimelineEntry& e) const {
    QString label = QString::fromStdString(e.label);
    if (e.kind == EntryKind::Claim && m_mode != timeline::LaneMode::Speaker && !e.speaker.empty()) {
        // A person's surname is enough beside the words (the tooltip has the
        // rest); an organisation's last word ("Service", "Times") says
        // nothing, so it goes whole.
        const QString speaker = QString::fromStdString(e.speaker);
        label = (e.speakerIsPerson ? speaker.section(QLatin1Char(' '), -1) : speaker) + QStringLiteral(": ") + label;
    }
    return label;
}

void TimelineRenderer::measureLabels() {
    const QFontMetricsF metrics(m_font);
    m_labelWidths.resize(m_entries.size());
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        m_labelWidths[i] = std::min(m_style.maxLabelWidth, metrics.horizontalAdvance(labelOf(m_entries[i])));
    m_layoutDpp = -1;
}

void TimelineRenderer::setLaneTitles(std::map<std::string, std::string> titles, LaneTitleSource source) {
    m_laneTitles = std::move(titles);
    m_titleSource = std::move(source);
    rebuildLanes();
}

// A lane about to be drawn: its title from the source, the first time.
void TimelineRenderer::nameLane(timeline::Lane& lane) {
    if (!m_titleSource || m_laneTitles.contains(lane.key))
        return;
    std::string title = m_titleSource(lane);
    if (!title.empty())
        lane.title = title;
    m_laneTitles.emplace(lane.key, std::move(title));  // asked once, even when it had nothing better
}

std::optional<std::size_t> TimelineRenderer::laneAt(const QPointF& point) const {
    for (const auto& [rect, lane] : m_laneTitleRects)
        if (rect.contains(point))
            return lane;
    return std::nullopt;
}

void TimelineRenderer::rebuildLanes() {
    m_lanes = timeline::assignLanes(m_entries, m_mode);
    for (auto& lane : m_lanes)
        if (auto it = m_laneTitles.find(lane.key); it != m_laneTitles.end() && !it->second.empty())
            lane.title = it->second;
    if (m_status) {
        for (auto& lane : m_lanes)
            std::erase_if(lane.entries, [&](std::size_t i) {
                return m_entries[i].kind == EntryKind::Claim && m_entries[i].status != *m_status;
            });
        std::erase_if(m_lanes, [](const timeline::Lane& l) { return l.entries.empty(); });
    }
    m_layoutDpp = -1;
}

std::optional<std::size_t> TimelineRenderer::indexOf(EntryKind kind, std::int64_t id) const {
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].kind == kind && m_entries[i].id == id)
            return i;
    return std::nullopt;
}

namespace {

// The days an entry's dates cover, with the rule of dayRange below.
std::optional<std::pair<double, double>> entryDays(const TimelineEntry& e, bool preciseOnly) {
    std::optional<std::pair<double, double>> out;
    for (const auto* d : {&e.happened, &e.stated, &e.published}) {
        if (!*d)
            continue;
        if (preciseOnly && (*d)->length() > kSeasonDays && (*d)->precision != Precision::Duration)
            continue;
        const double a = static_cast<double>((*d)->first), b = static_cast<double>((*d)->last) + 1;
        out = out ? std::pair{std::min(out->first, a), std::max(out->second, b)} : std::pair{a, b};
    }
    return out;
}

}  // namespace

std::optional<std::pair<double, double>> TimelineRenderer::dayRange() const {
    // Dates known to a season or better set the range; a date known only to
    // its year or decade would otherwise stretch the view over months that
    // hold nothing else. They count when nothing better is there. Stray
    // entries do not count either (timeline::fitRange).
    std::vector<timeline::DaySpan> precise, all;
    for (const auto& lane : m_lanes)
        for (std::size_t i : lane.entries) {
            if (auto d = entryDays(m_entries[i], true))
                precise.push_back(*d);
            if (auto d = entryDays(m_entries[i], false))
                all.push_back(*d);
        }
    return timeline::fitRange(precise.empty() ? std::move(all) : std::move(precise));
}

TimeScale TimelineRenderer::fittedScale(const QRectF& rect) const {
    const double left = rect.left() + m_style.gutterWidth + 12;
    const double width = std::max(50.0, rect.right() - left - std::min(m_style.labelRoom, rect.width() / 4));
    TimeScale scale;
    const auto range = dayRange();
    if (!range) {
        scale.fit(0, 365, left, width);
        return scale;
    }
    // A little air either side so markers are not cut at the edges.
    const double span = range->second - range->first;
    const double pad = std::max(1.0, span * 0.01);
    scale.fit(range->first - pad, range->second + pad, left, width);
    return scale;
}

void TimelineRenderer::layout(double dpp) {
    // Packed for the zoom rounded up to an eighth of an octave: labels
    // then take at least the days they need (never overlap) and a smooth
    // wheel zoom packs again only every ninth percent, not every frame.
    dpp = std::exp2(std::ceil(std::log2(dpp) * 8) / 8);
    if (dpp == m_layoutDpp)
        return;
    m_layoutDpp = dpp;
    m_layout.assign(m_lanes.size(), {});
    double top = 0;
    std::vector<timeline::Extent> extents;
    for (std::size_t l = 0; l < m_lanes.size(); ++l) {
        const auto& ids = m_lanes[l].entries;
        extents.clear();
        extents.reserve(ids.size());
        for (std::size_t i : ids) {
            const DayInterval& x = m_extents[i];
            // The label starts right of the last marker.
            const double end = static_cast<double>(x.last) + 1 + (m_labelWidths[i] + kMarker + 10) * dpp;
            extents.push_back({static_cast<double>(x.first), end});
        }
        const std::vector<int> rows = timeline::packRows(extents, m_style.maxRowsPerLane, 4 * dpp);
        LaneLayout& lane = m_layout[l];
        lane.rows.resize(rows.empty() ? 1 : static_cast<std::size_t>(*std::max_element(rows.begin(), rows.end())) + 1);
        for (std::size_t k = 0; k < ids.size(); ++k) {  // ids are by first day, so rows stay sorted
            Row& row = lane.rows[static_cast<std::size_t>(rows[k])];
            const DayInterval& x = m_extents[ids[k]];
            row.anchors.push_back(static_cast<double>(x.first));
            row.entries.push_back(ids[k]);
            row.longest = std::max(row.longest, static_cast<double>(x.length()));
        }
        lane.top = top;
        lane.height = static_cast<double>(lane.rows.size()) * m_style.rowHeight + m_style.laneGap;
        top += lane.height;
    }
}

double TimelineRenderer::contentHeight(double dpp) {
    layout(dpp);
    return m_style.axisHeight + (m_layout.empty() ? 0 : m_layout.back().top + m_layout.back().height);
}

std::optional<double> TimelineRenderer::laneTop(std::size_t entry, double dpp) {
    layout(dpp);
    for (std::size_t l = 0; l < m_lanes.size(); ++l)
        if (std::find(m_lanes[l].entries.begin(), m_lanes[l].entries.end(), entry) != m_lanes[l].entries.end())
            return m_layout[l].top;
    return std::nullopt;
}

void TimelineRenderer::paintFitted(QPainter& painter, const QRectF& rect) { paint(painter, rect, fittedScale(rect), 0); }

void TimelineRenderer::paint(QPainter& painter, const QRectF& rect, const TimeScale& scale, double scrollY) {
    layout(scale.daysPerPixel());
    m_hits.clear();
    m_drawn.clear();
    m_drawnItems = 0;
    m_drawnBins = 0;
    painter.save();
    painter.setClipRect(rect);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(m_font);
    painter.fillRect(rect, m_colors.bandA);

    const double plotLeft = rect.left() + m_style.gutterWidth;
    const double lanesTop = rect.top() + m_style.axisHeight;
    const QRectF plot(plotLeft, lanesTop, rect.right() - plotLeft, rect.bottom() - lanesTop);
    const QFontMetricsF metrics(m_font);

    // Lane bands and grid lines under everything.
    for (std::size_t l = 0; l < m_layout.size(); ++l) {
        const double y = lanesTop + m_layout[l].top - scrollY;
        if (y > rect.bottom() || y + m_layout[l].height < lanesTop)
            continue;
        painter.fillRect(QRectF(rect.left(), y, rect.width(), m_layout[l].height), l % 2 ? m_colors.bandB : m_colors.bandA);
    }
    const TimeScale::Ticks ticks = scale.ticks(plotLeft, rect.right());
    painter.setPen(QPen(m_colors.grid, 1));
    for (const auto& t : ticks.ticks) {
        const double x = std::round(scale.x(t.day)) + 0.5;
        painter.drawLine(QPointF(x, lanesTop), QPointF(x, rect.bottom()));
    }

    // Items, row by row; a row's single items and bins are drawn left to
    // right so that each label knows how far it may run.
    painter.save();
    painter.setClipRect(plot);
    const double binDays = m_style.binPixels * scale.daysPerPixel();
    const double visibleTo = scale.day(rect.right());
    for (std::size_t l = 0; l < m_layout.size(); ++l) {
        const LaneLayout& lane = m_layout[l];
        const double laneY = lanesTop + lane.top - scrollY;
        if (laneY > rect.bottom() || laneY + lane.height < lanesTop)
            continue;
        for (std::size_t r = 0; r < lane.rows.size(); ++r) {
            const Row& row = lane.rows[r];
            const double y = laneY + m_style.laneGap / 2 + (static_cast<double>(r) + 0.5) * m_style.rowHeight;
            const double from = scale.day(plotLeft - m_style.maxLabelWidth) - row.longest;
            const auto bins = timeline::aggregate(row.anchors, from, visibleTo, binDays);
            // Adjacent bins form runs; a run of one single item is drawn as
            // that item, any other run as a bin with its count.
            std::size_t k = 0;
            while (k < bins.size()) {
                std::size_t end = k + 1;
                while (end < bins.size() && bins[end].start <= bins[end - 1].end + binDays / 2)
                    ++end;
                const double nextX = end < bins.size() ? scale.x(bins[end].start) : rect.right();
                if (end == k + 1 && bins[k].count == 1) {
                    paintEntry(painter, row.entries[bins[k].first], scale, y, nextX);
                } else {
                    std::vector<timeline::Bin> run(bins.begin() + static_cast<std::ptrdiff_t>(k),
                                                   bins.begin() + static_cast<std::ptrdiff_t>(end));
                    paintRun(painter, run, row, scale, y);
                }
                k = end;
            }
        }
    }
    painter.restore();

    // The gutter: lane titles, over anything that ran under it.
    painter.fillRect(QRectF(rect.left(), lanesTop, m_style.gutterWidth, rect.bottom() - lanesTop), m_colors.gutter);
    m_laneTitleRects.clear();
    for (std::size_t l = 0; l < m_layout.size(); ++l) {
        const double y = lanesTop + m_layout[l].top - scrollY;
        if (y > rect.bottom() || y + m_layout[l].height < lanesTop)
            continue;
        timeline::Lane& lane = m_lanes[l];
        nameLane(lane);
        QRectF title(rect.left() + 10, y + m_style.laneGap / 2, m_style.gutterWidth - 16, m_style.rowHeight);
        m_laneTitleRects.push_back({QRectF(rect.left(), y, m_style.gutterWidth, m_layout[l].height), l});
        if (lane.disagreement) {
            painter.fillRect(QRectF(rect.left(), y + 1, 4, m_layout[l].height - 2), kDisagree);
            painter.setPen(kDisagree);
            painter.drawText(title, Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("\u2260"));
            title.setLeft(title.left() + metrics.horizontalAdvance(QStringLiteral("\u2260 ")));
        }
        painter.setPen(m_colors.text);
        const QString text = QString::fromStdString(lane.title) +
                             QStringLiteral(" (%1)").arg(lane.entries.size());
        painter.drawText(title, Qt::AlignVCenter | Qt::AlignLeft, metrics.elidedText(text, Qt::ElideRight, title.width()));
        painter.setPen(QPen(m_colors.grid, 1));
        painter.drawLine(QPointF(rect.left(), y + m_layout[l].height), QPointF(rect.right(), y + m_layout[l].height));
    }
    painter.setPen(QPen(m_colors.rule, 1));
    painter.drawLine(QPointF(plotLeft, lanesTop), QPointF(plotLeft, rect.bottom()));

    paintAxis(painter, rect, scale);
    painter.restore();
}

void TimelineRenderer::paintAxis(QPainter& painter, const QRectF& rect, const TimeScale& scale) const {
    const double plotLeft = rect.left() + m_style.gutterWidth;
    const QRectF axis(rect.left(), rect.top(), rect.width(), m_style.axisHeight);
    painter.fillRect(axis, m_colors.gutter);
    painter.setPen(QPen(m_colors.rule, 1));
    painter.drawLine(QPointF(rect.left(), axis.bottom() - 0.5), QPointF(rect.right(), axis.bottom() - 0.5));

    // Legend in the corner above the lane titles.
    QFont small = m_font;
    small.setPointSizeF(m_font.pointSizeF() > 0 ? m_font.pointSizeF() * 0.85 : 8);
    painter.setFont(small);
    const QFontMetricsF sm(small);
    const char* const names[] = {QT_TRANSLATE_NOOP("Timeline", "happened"), QT_TRANSLATE_NOOP("Timeline", "said"),
                                 QT_TRANSLATE_NOOP("Timeline", "published")};
    double lx = rect.left() + 10;
    const double ly = rect.top() + m_style.axisHeight / 2;
    for (int shape = 0; shape < 3; ++shape) {
        painter.setPen(QPen(m_colors.muted, 1));
        painter.setBrush(statusColor(ClaimStatus::Extracted, m_palette));
        drawMarker(painter, shape, QPointF(lx + 4, ly), 8);
        const QString name = tr(names[shape]);
        painter.setPen(m_colors.muted);
        painter.drawText(QPointF(lx + 11, ly + sm.ascent() / 2 - 1), name);
        lx += 11 + sm.horizontalAdvance(name) + 9;
    }

    const TimeScale::Ticks ticks = scale.ticks(plotLeft, rect.right());
    painter.save();
    painter.setClipRect(QRectF(plotLeft, axis.top(), rect.right() - plotLeft, axis.height()));
    painter.setFont(m_font);
    const QFontMetricsF metrics(m_font);
    // Upper row: the larger unit (months over days, years over months),
    // its label kept in view while its start is scrolled off.
    for (int i = 0; i < ticks.spans.size(); ++i) {
        const double x = std::max(plotLeft, scale.x(ticks.spans[i].day));
        const double next = i + 1 < ticks.spans.size() ? scale.x(ticks.spans[i + 1].day) : rect.right();
        painter.setPen(QPen(m_colors.rule, 1));
        if (ticks.spans[i].major)
            painter.drawLine(QPointF(std::round(x) + 0.5, axis.top() + 4), QPointF(std::round(x) + 0.5, axis.bottom()));
        painter.setPen(m_colors.text);
        QFont bold = m_font;
        bold.setBold(true);
        painter.setFont(bold);
        const QRectF box(x + 4, axis.top() + 3, std::max(0.0, next - x - 8), metrics.height());
        if (QFontMetricsF(bold).horizontalAdvance(ticks.spans[i].label) <= box.width())  // whole or not at all
            painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, ticks.spans[i].label);
        painter.setFont(m_font);
    }
    // Lower row: the ticks themselves.
    for (const auto& t : ticks.ticks) {
        const double x = std::round(scale.x(t.day)) + 0.5;
        painter.setPen(QPen(m_colors.rule, 1));
        painter.drawLine(QPointF(x, axis.bottom() - 6), QPointF(x, axis.bottom()));
        painter.setPen(t.major ? m_colors.text : m_colors.muted);
        painter.drawText(QPointF(x + 3, axis.bottom() - 7), t.label);
    }
    painter.restore();
    painter.setFont(m_font);
}

void TimelineRenderer::paintEntry(QPainter& painter, std::size_t index, const TimeScale& scale, double y,
                                  double labelLimit) {
    const TimelineEntry& e = m_entries[index];
    const bool selected = m_selected && *m_selected == index;
    const QColor fill = fillOf(e);
    // The outline sets a marker off its ground: darker than the fill on a
    // light ground, lighter on a dark one, where claims' fills are deep.
    const QColor outline = e.kind == EntryKind::Claim && isDark(m_palette) ? fill.lighter(190)
                                                                            : fill.darker(e.kind == EntryKind::Event ? 170 : 200);
    const QColor stroke = e.disagreement ? kDisagree : outline;
    const double h = m_style.rowHeight;
    const double marker = markerSize(scale);

    struct Mark {
        int shape;
        DayInterval when;
    };
    std::vector<Mark> marks;
    if (e.happened)
        marks.push_back({0, *e.happened});
    if (e.stated)
        marks.push_back({1, *e.stated});
    if (e.published)
        marks.push_back({2, *e.published});
    double minX = 1e300, maxX = -1e300, firstCentre = 0, lastCentre = 0;
    for (const auto& m : marks) {
        const double c = scale.x(m.when.middle());
        if (c < minX)
            firstCentre = c;
        if (c > maxX)
            lastCentre = c;
        minX = std::min({minX, c - marker / 2, scale.x(static_cast<double>(m.when.first))});
        maxX = std::max({maxX, c + marker / 2, scale.x(static_cast<double>(m.when.last) + 1)});
    }
    QRectF box(minX - 2, y - h / 2 + 1, maxX - minX + 4, h - 2);

    // The thin connector joining a claim's dates.
    if (marks.size() > 1) {
        painter.setPen(QPen(e.disagreement ? kDisagree : m_colors.muted, 1));
        painter.drawLine(QPointF(firstCentre, y), QPointF(lastCentre, y));
    }
    for (const auto& m : marks) {
        const double a = scale.x(static_cast<double>(m.when.first));
        const double b = scale.x(static_cast<double>(m.when.last) + 1);
        if (m.when.precision != Precision::Day && b - a > 3) {
            QColor span = fill;
            if (m.when.precision == Precision::Duration) {  // lasted all of it: a solid bar
                painter.setPen(QPen(stroke, 1));
                painter.setBrush(span);
                painter.drawRoundedRect(QRectF(a, y - 4, b - a, 8), 2, 2);
            } else {  // happened some time in it: a light span
                span.setAlpha(90);
                painter.setPen(QPen(stroke, 1, Qt::DashLine));
                painter.setBrush(span);
                painter.drawRoundedRect(QRectF(a, y - h / 2 + 3, b - a, h - 6), 3, 3);
            }
        }
        painter.setPen(QPen(selected ? kSelection : stroke, selected || e.disagreement ? 2 : 1));
        painter.setBrush(fill);
        drawMarker(painter, m.shape, QPointF(scale.x(m.when.middle()), y), marker);
    }

    // The label, right of the last marker, as far as the next item.
    const double labelX = maxX + 5;
    const double room = std::min(m_style.maxLabelWidth, labelLimit - labelX - 6);
    if (room >= kMinLabel) {
        QFont font = m_font;
        font.setBold(selected);
        font.setStrikeOut(e.kind == EntryKind::Claim && e.status == ClaimStatus::Rejected);
        painter.setFont(font);
        const QFontMetricsF metrics(font);
        const QString label = metrics.elidedText(labelOf(e), Qt::ElideRight, room);
        const QRectF text(labelX, y - h / 2, metrics.horizontalAdvance(label) + 2, h);
        if (selected) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(kSelection.red(), kSelection.green(), kSelection.blue(), 40));
            painter.drawRoundedRect(box.united(text).adjusted(-2, 0, 2, 0), 3, 3);
        }
        painter.setPen(e.kind == EntryKind::Claim && e.status == ClaimStatus::Rejected ? m_colors.muted : m_colors.text);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, label);
        painter.setFont(m_font);
        box = box.united(text);
    } else if (selected) {
        painter.setPen(QPen(kSelection, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box, 3, 3);
    }
    Hit hit;
    hit.kind = Hit::Kind::Entry;
    hit.entry = index;
    m_hits.push_back({box, hit});
    m_drawn[index] = box;
    ++m_drawnItems;
}

void TimelineRenderer::paintRun(QPainter& painter, const std::vector<timeline::Bin>& run, const Row& row,
                                const TimeScale& scale, double y) {
    const double a = scale.x(run.front().start);
    const double b = scale.x(run.back().end);
    std::size_t total = 0, most = 0;
    for (const auto& bin : run) {
        total += bin.count;
        most = std::max(most, bin.count);
    }
    // One bar per bin, darker where more items gather.
    const double h = m_style.rowHeight - 6;
    painter.setPen(Qt::NoPen);
    for (const auto& bin : run) {
        QColor c = kBin;
        c.setAlphaF(0.25 + 0.65 * std::log1p(static_cast<double>(bin.count)) / std::log1p(static_cast<double>(most)));
        painter.setBrush(c);
        painter.drawRect(QRectF(scale.x(bin.start), y - h / 2, scale.x(bin.end) - scale.x(bin.start) - 1, h));
    }
    const QString count = QString::number(total);
    const QFontMetricsF metrics(m_font);
    const double w = metrics.horizontalAdvance(count) + 8;
    const QRectF badge((a + b) / 2 - w / 2, y - h / 2, w, h);
    painter.setBrush(kBin.darker(130));
    painter.drawRoundedRect(badge, 3, 3);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, count);
    if (m_selected) {  // the selected item inside: a tick above the run
        for (const auto& bin : run)
            for (std::size_t k = bin.first; k < bin.first + bin.count; ++k)
                if (row.entries[k] == *m_selected) {
                    const double x = scale.x(row.anchors[k]);
                    painter.setPen(QPen(kSelection, 2));
                    painter.drawLine(QPointF(x, y - h / 2 - 2), QPointF(x, y + h / 2 + 2));
                }
    }
    Hit hit;
    hit.kind = Hit::Kind::Bin;
    hit.firstDay = run.front().start;
    hit.lastDay = run.back().end;
    hit.count = total;
    m_hits.push_back({QRectF(std::min(a, badge.left()), y - h / 2, std::max(b, badge.right()) - std::min(a, badge.left()), h),
                      hit});
    ++m_drawnBins;
}

TimelineRenderer::Hit TimelineRenderer::hitTest(const QPointF& point) const {
    // The last drawn wins: labels are drawn after what they follow.
    for (auto it = m_hits.rbegin(); it != m_hits.rend(); ++it)
        if (it->rect.contains(point))
            return it->hit;
    return {};
}

std::optional<QRectF> TimelineRenderer::drawnRect(std::size_t entry) const {
    const auto it = m_drawn.find(entry);
    if (it == m_drawn.end())
        return std::nullopt;
    return it->second;
}

QString TimelineRenderer::toolTip(const Hit& hit) const {
    if (hit.kind == Hit::Kind::Bin)
        return tr("%n item(s) from %1 to %2; click to zoom in", nullptr, static_cast<int>(hit.count))
            .arg(QString::fromStdString(timeline::isoDate(static_cast<timeline::Day>(std::floor(hit.firstDay)))),
                 QString::fromStdString(timeline::isoDate(static_cast<timeline::Day>(std::ceil(hit.lastDay)) - 1)));
    if (hit.kind != Hit::Kind::Entry || hit.entry >= m_entries.size())
        return {};
    const TimelineEntry& e = m_entries[hit.entry];
    QString html = QStringLiteral("<p>%1</p>").arg(QString::fromStdString(e.text).toHtmlEscaped());
    if (e.kind == EntryKind::Claim) {
        if (!e.speaker.empty())
            html.prepend(QStringLiteral("<b>%1</b>").arg(QString::fromStdString(e.speaker).toHtmlEscaped()));
        html += tr("Happened: %1<br>Said: %2<br>Published: %3")
                    .arg(dateText(e.happened), dateText(e.stated), dateText(e.published));
        const QString check = e.status == ClaimStatus::Confirmed ? tr("correct")
                              : e.status == ClaimStatus::Rejected ? tr("wrong")
                                                                  : tr("unchecked");
        html += QStringLiteral("<br>") + tr("Attribution: %1").arg(check);
        if (e.disagreement)
            html += QStringLiteral("<br><span style='color:#c0392b'>%1</span>")
                        .arg(tr("Sources disagree: %1").arg(QString::fromStdString(e.disagreementReason).toHtmlEscaped()));
    } else {
        html.prepend(QStringLiteral("<b>%1</b>").arg(QString::fromStdString(e.label).toHtmlEscaped()));
        html += tr("Happened: %1").arg(dateText(e.happened));
        if (!e.place.empty())
            html += QStringLiteral("<br>") + tr("Place: %1").arg(QString::fromStdString(e.place).toHtmlEscaped());
    }
    if (!e.outlet.empty())
        html += QStringLiteral("<br>") + tr("Outlet: %1").arg(QString::fromStdString(e.outlet).toHtmlEscaped());
    return html;
}

}  // namespace claimdesk::ui
