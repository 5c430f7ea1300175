#include "ui/timeline/timelineexport.h"

#include <cmath>

#include <QFile>
#include <QPainter>
#include <QSvgGenerator>

#include "core/timeline/timelinejs.h"
#include "ui/models/statuscolors.h"
#include "ui/timeline/timelinerenderer.h"

namespace claimdesk::ui {
namespace {

// Images and SVGs are printed and pasted into documents: drawn on paper
// whatever the theme of the view they came from, which gets its own back.
class OnPaper {
public:
    explicit OnPaper(TimelineRenderer& renderer) : m_renderer(renderer), m_saved(renderer.palette()) {
        m_renderer.setPalette(paperPalette());
    }
    ~OnPaper() { m_renderer.setPalette(m_saved); }
    OnPaper(const OnPaper&) = delete;
    OnPaper& operator=(const OnPaper&) = delete;

private:
    TimelineRenderer& m_renderer;
    QPalette m_saved;
};

}  // namespace

int naturalTimelineHeight(TimelineRenderer& renderer, int width) {
    const TimeScale scale = renderer.fittedScale(QRectF(0, 0, width, 100));
    return static_cast<int>(std::ceil(renderer.contentHeight(scale.daysPerPixel()))) + 4;
}

QImage renderTimelineImage(TimelineRenderer& renderer, QSize size) {
    if (size.height() <= 0)
        size.setHeight(naturalTimelineHeight(renderer, size.width()));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const OnPaper paper(renderer);
    QPainter painter(&image);
    renderer.paintFitted(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

bool saveTimelinePng(TimelineRenderer& renderer, const QString& path, int width, QString* error) {
    const QImage image = renderTimelineImage(renderer, QSize(width, 0));
    if (image.save(path, "PNG"))
        return true;
    if (error)
        *error = QObject::tr("Cannot write %1").arg(path);
    return false;
}

bool saveTimelineSvg(TimelineRenderer& renderer, const QString& path, int width, QString* error) {
    const int height = naturalTimelineHeight(renderer, width);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(QSize(width, height));
    svg.setViewBox(QRect(0, 0, width, height));
    svg.setTitle(QObject::tr("Timeline"));
    svg.setDescription(QObject::tr("Claims and events by date, made with Claimdesk"));
    const OnPaper paper(renderer);
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error)
            *error = QObject::tr("Cannot write %1").arg(path);
        return false;
    }
    renderer.paintFitted(painter, QRectF(0, 0, width, height));
    painter.end();
    return true;
}

}  // namespace claimdesk::ui
