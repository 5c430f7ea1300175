#pragma once

// Writes a data export (CSV, the analysis JSON, W3C Web Annotation,
// ClaimReview, TimelineJS) of a project file to disk: what File > Export
// does for the formats that are not reports. Runs in any thread: it opens
// its own store connection. A file is replaced atomically (OutputDevice),
// so a failed or cancelled export leaves any earlier file untouched; a
// device or pipe is written in place.

#include <QString>
#include <string>

#include "core/domain/result.h"
#include "core/export/exchange.h"
#include "core/export/exportfilter.h"
#include "ui/report/reportwriter.h"

namespace claimdesk::ui {

struct ExchangeRequest {
    std::string format;                  // "csv", "json", "w3c", "claimreview" or "timelinejs"
    exporting::ExportFilter filter;
    exporting::ExchangeOptions options;  // byte-order mark, the W3C export's time, the timeline's title
};

// True for the formats writeExchangeFile writes.
bool isExchangeFormat(const QString& id);

// Fails with "cancelled" when run.cancel was set, or with the reason the
// store could not be read or the file written. run.progress gets 0-100.
Status writeExchangeFile(const std::string& storePath, const ExchangeRequest& request, const QString& outPath,
                         const ReportRun& run = {});

}  // namespace claimdesk::ui
