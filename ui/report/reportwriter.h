#pragma once

// Writes an analyst's report as PDF or as one self-contained HTML file.
// Usable off the UI thread (it needs a QGuiApplication to exist for fonts):
// progress is reported through a callback and a cancel flag stops it,
// removing the partial file.

#include <QImage>
#include <QSize>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>
#include <string>

#include "core/domain/result.h"
#include "core/report/reportdata.h"

namespace claimdesk::ui {

enum class ReportFormat { Pdf, Html };
std::optional<ReportFormat> reportFormatFromName(const std::string& name);  // "pdf", "html"

struct ReportRun {
    std::function<void(int percent)> progress;        // 0-100, from the writing thread
    const std::atomic<bool>* cancel = nullptr;        // set to stop; the call then fails with "cancelled"
    // Paints a figure of the requested size (pixels), e.g. the timeline; the
    // report shows it under a "Timeline" heading, and skips the section when
    // this is empty or returns a null image. Called on the writing thread, so
    // it must paint into the QImage only (no widgets).
    std::function<QImage(QSize)> timelineFigure;
    // A narrower figure of one disagreement's claims (by cluster id), shown
    // under its heading; none when empty or null.
    std::function<QImage(QSize, std::int64_t clusterId)> disagreementFigure;
};

Status writeReportPdf(const report::ReportData& data, const QString& path, const ReportRun& run = {});
Status writeReportHtml(const report::ReportData& data, const QString& path, const ReportRun& run = {});

// Opens the store at `storePath` (its own connection, so it can run in any
// thread), gathers the report and writes it.
Status writeReport(const std::string& storePath, const report::ReportOptions& options, ReportFormat format,
                   const std::string& outPath, const ReportRun& run = {});

}  // namespace claimdesk::ui
