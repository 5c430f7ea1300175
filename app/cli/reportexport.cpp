// `export --format pdf|html`: the analyst's report, written by ui/report
// (Qt Gui, never a display). The export command has read the store path,
// the output and the filter; the report's own options are read here.

#include <iostream>

#include "arguments.h"
#include "commands.h"
#include "core/pipeline/clock.h"
#include "reportexport.h"

#ifdef CLAIMDESK_HAVE_REPORT
#include <QGuiApplication>
#include <memory>

#include "ui/report/reportwriter.h"
#endif

namespace claimdesk::cli {

bool haveReportWriter() {
#ifdef CLAIMDESK_HAVE_REPORT
    return true;
#else
    return false;
#endif
}

int writeReportExport(const ReportExport& job) {
#ifdef CLAIMDESK_HAVE_REPORT
    const auto format = ui::reportFormatFromName(job.format);
    if (!format)
        return usageError("export", "not a report format: " + job.format);
    if (job.out == "-")
        return usageError("export", "a report is written to a file: give --out FILE");
    if (job.filter.speakerId)
        return usageError("export", "--speaker does not apply to reports");

    report::ReportOptions options;
    options.statuses.insert(job.filter.statuses.begin(), job.filter.statuses.end());
    options.includeAssessed = job.filter.includeAssessed;
    options.documentIds.insert(job.filter.documentIds.begin(), job.filter.documentIds.end());
    const std::string group = job.args.value("--group").value_or("cluster");
    if (group != "cluster" && group != "speaker")
        return usageError("export", "--group must be cluster or speaker");
    options.grouping = group == "speaker" ? report::Grouping::Speaker : report::Grouping::Cluster;
    options.excerpts = !job.args.has("--no-excerpts");
    options.title = job.args.value("--title").value_or("");
    options.analyst = job.args.value("--analyst").value_or(osUser());
    options.date = pipeline::systemClock()().substr(0, 10);

    // Fonts and PDF painting need a QGuiApplication, never a display: the
    // offscreen platform serves unless one is asked for (an unreachable
    // DISPLAY would otherwise abort the batch).
    std::unique_ptr<QGuiApplication> app;
    if (!QGuiApplication::instance()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "claimdesk-cli";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    if (Status s = ui::writeReport(job.storePath, options, *format, job.out); !s.ok()) {
        std::cerr << "claimdesk-cli export: " << s.error() << "\n";
        return s.error().rfind("no document", 0) == 0 ? kExitUsage : kExitStoreError;
    }
    std::cout << "wrote " << job.out << "\n";
    return kExitOk;
#else
    return usageError("export", "this build has no report writer (built without the UI); --format " + job.format +
                                    " is not available");
#endif
}

}  // namespace claimdesk::cli
