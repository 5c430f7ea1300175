#pragma once

// The report formats of `export` (pdf, html), written by ui/report when
// claimdesk-cli is built with the UI.

#include <string>

#include "arguments.h"
#include "core/export/exportfilter.h"

namespace claimdesk::cli {

struct ReportExport {
    std::string storePath;
    std::string format;  // "pdf" or "html"
    std::string out;
    const exporting::ExportFilter& filter;
    const Arguments& args;  // --no-excerpts, --group, --title, --analyst
};

bool haveReportWriter();
// Writes the report and returns the exit status.
int writeReportExport(const ReportExport& job);

}  // namespace claimdesk::cli
