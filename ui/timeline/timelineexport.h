#pragma once

// The whole timeline, fitted, as a picture (PNG, SVG), drawn without any
// widget on screen, so the report can embed it too. (TimelineJS is a data
// export: core/export/exchange.h.)

#include <QImage>
#include <QSize>
#include <QString>

namespace claimdesk::ui {

class TimelineRenderer;

// The height that shows every lane at `width` when fitted.
int naturalTimelineHeight(TimelineRenderer& renderer, int width);
// Everything, fitted into an image of `size` (height <= 0: the natural height).
QImage renderTimelineImage(TimelineRenderer& renderer, QSize size);
// Each writes the file and returns true, or leaves `error` set and false.
bool saveTimelinePng(TimelineRenderer& renderer, const QString& path, int width = 1600, QString* error = nullptr);
bool saveTimelineSvg(TimelineRenderer& renderer, const QString& path, int width = 1600, QString* error = nullptr);

}  // namespace claimdesk::ui
