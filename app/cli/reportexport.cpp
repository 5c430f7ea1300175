// `export --format pdf|html`: the analyst's report, written by ui/report.
// Kept apart from the data exports so the two can be merged into one
// `export` command.

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "arguments.h"
#include "commands.h"
#include "core/domain/analysis.h"
#include "core/pipeline/clock.h"

#ifdef CLAIMDESK_HAVE_REPORT
#include <QGuiApplication>
#include <memory>

#include "ui/report/reportwriter.h"
#endif

namespace claimdesk::cli {
namespace {

constexpr const char* kExportHelp = R"(usage: claimdesk-cli export --store FILE.claimdesk --format pdf|html --out FILE
                            [--status STATUS]... [--document ID]... [--no-excerpts]
                            [--group cluster|speaker] [--title TEXT] [--analyst NAME]

Writes the analyst's report: a title page, a summary, every disagreement
with its conflicting figures, the claims grouped by cluster or speaker with
their review decisions, annotated excerpts of each article with the
analyst's numbered notes, and the sources with their sha256. PDF has page
numbers, running headers and a table of contents; HTML is one
self-contained file.

  --status STATUS   show only claims of this status (extracted, confirmed,
                    rejected); repeat or separate with commas
  --document ID     cover only this document; repeatable
  --no-excerpts     leave out the annotated excerpts
  --group G         group claims by cluster (default) or speaker
  --title TEXT      the project title on the title page
  --analyst NAME    the analyst named on the title page (default: $USER)
)";

// Arguments keeps one value per option; --status and --document repeat,
// so they are taken out first.
std::vector<std::string> takeRepeated(Args& args, const std::string& option, std::string& error) {
    std::vector<std::string> values;
    Args rest;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        std::string value;
        if (a == option) {
            if (i + 1 >= args.size()) {
                error = option + " needs a value";
                return {};
            }
            value = args[++i];
        } else if (a.rfind(option + "=", 0) == 0) {
            value = a.substr(option.size() + 1);
        } else {
            rest.push_back(a);
            continue;
        }
        std::stringstream parts(value);
        for (std::string part; std::getline(parts, part, ',');)
            if (!part.empty())
                values.push_back(part);
    }
    args = std::move(rest);
    return values;
}

}  // namespace

int runReportExport(const Args& given) {
    Args args = given;
    std::string error;
    const auto statuses = takeRepeated(args, "--status", error);
    const auto documents = takeRepeated(args, "--document", error);
    if (!error.empty())
        return usageError("export", error);
    Arguments a(args, {"--store", "--format", "--out", "--group", "--title", "--analyst"}, {"--no-excerpts", "--help"});
    if (a.has("--help")) {
        std::cout << kExportHelp;
        return kExitOk;
    }
    if (!a.ok())
        return usageError("export", a.error());
    if (!a.positional().empty())
        return usageError("export", "unexpected argument " + a.positional().front());
    const auto storePath = a.value("--store");
    const auto format = a.value("--format");
    const auto out = a.value("--out");
    if (!storePath || !format || !out)
        return usageError("export", "--store, --format and --out are required");

#ifdef CLAIMDESK_HAVE_REPORT
    const auto reportFormat = ui::reportFormatFromName(*format);
    if (!reportFormat)
        return usageError("export", "--format must be pdf or html");
    report::ReportOptions options;
    for (const auto& s : statuses) {
        const auto status = claimStatusFromName(s);
        if (!status)
            return usageError("export", "--status must be extracted, confirmed or rejected");
        options.statuses.insert(*status);
    }
    for (const auto& d : documents) {
        char* end = nullptr;
        const long long id = std::strtoll(d.c_str(), &end, 10);
        if (d.empty() || *end != '\0' || id <= 0)
            return usageError("export", "--document needs a document id");
        options.documentIds.insert(id);
    }
    const std::string group = a.value("--group").value_or("cluster");
    if (group != "cluster" && group != "speaker")
        return usageError("export", "--group must be cluster or speaker");
    options.grouping = group == "speaker" ? report::Grouping::Speaker : report::Grouping::Cluster;
    options.excerpts = !a.has("--no-excerpts");
    options.title = a.value("--title").value_or("");
    const char* user = std::getenv("USER");
    options.analyst = a.value("--analyst").value_or(user ? user : "");
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
    if (Status s = ui::writeReport(*storePath, options, *reportFormat, *out); !s.ok()) {
        std::cerr << "claimdesk-cli export: " << s.error() << "\n";
        return s.error().rfind("no document", 0) == 0 ? kExitUsage : kExitStoreError;
    }
    std::cout << "wrote " << *out << "\n";
    return kExitOk;
#else
    (void)statuses;
    (void)documents;
    return usageError("export", "this build has no report writer (built without the UI); --format " + *format +
                                    " is not available");
#endif
}

}  // namespace claimdesk::cli
