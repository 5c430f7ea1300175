// `export` writes a project's claims in an exchange format, its timeline
// as TimelineJS, or the analyst's report (PDF, HTML).

#include <algorithm>
#include <functional>
#include <iostream>

#include "arguments.h"
#include "commands.h"
#include "core/export/exchange.h"
#include "core/pipeline/clock.h"
#include "core/store/projectstore.h"
#include "reportexport.h"

namespace claimdesk::cli {
namespace {

constexpr const char* kHelp = R"(usage: claimdesk-cli export --store FILE.claimdesk --format FORMAT --out FILE
                            [--status STATUS]... [--assessed] [--document ID]... [--speaker ID] [--bom] [--with-text]
                            [--no-excerpts] [--group cluster|speaker] [--title TEXT] [--analyst NAME]

Writes the analyst's report, or a project's claims (and the analyst's
notes) in an exchange format. --out - writes to standard output (not for
pdf and html).

  --store FILE      the project file (*.claimdesk)
  --format FORMAT   what to write, one of the formats below
  --out FILE        where to write it ("-" for standard output)

Formats:
%FORMATS%
Filters (each may be repeated; --status also takes a comma-separated list):
  --status STATUS   only extracted, confirmed or rejected claims
  --assessed        and every assessed claim (a verdict or a credibility), whatever
                    its status: `--status confirmed,rejected --assessed` is what
                    the window's report to send shows by default
  --document ID     only these documents (ids from claimdesk-cli claims --json)
  --speaker ID      only this speaker's claims (speaker_id in claims --json)
  --bom             csv: start with a byte-order mark (for spreadsheets)
  --with-text       json: add each document's whole text
Report options (pdf, html):
  --no-excerpts     leave out the annotated excerpts of the articles
  --group G         group the claims by cluster (default) or speaker
  --title TEXT      the project's title on the title page (also timelinejs)
  --analyst NAME    the analyst named on the title page (default: the OS user)
)";

struct ExportJob {
    store::ProjectStore& store;
    const exporting::ExportFilter& filter;
    const Arguments& args;
};

using Writer = std::function<Result<std::string>(ExportJob&)>;

struct Format {
    const char* name;
    const char* description;
    Writer write;         // the file's bytes
    bool report = false;  // written by the report writer instead (reportexport.h)
    bool available() const { return write || (report && haveReportWriter()); }
};

// A format the core writes (core/export/exchange.h).
Writer core(exporting::ExchangeFormat format) {
    return [format](ExportJob& job) {
        exporting::ExchangeOptions options;
        options.byteOrderMark = job.args.has("--bom");
        options.withText = job.args.has("--with-text");
        options.generated = pipeline::systemClock()();
        options.title = job.args.value("--title").value_or("");
        return exporting::writeExchange(job.store, format, job.filter, options);
    };
}

// One entry per format: adding one is one line here.
const std::vector<Format>& formats() {
    static const std::vector<Format> table = {
        {"csv", "claims as CSV (RFC 4180, UTF-8), one row per claim", core(exporting::ExchangeFormat::Csv)},
        {"json", "the analysis export (documents, speakers, claims, events, clusters)",
         core(exporting::ExchangeFormat::AnalysisJson)},
        {"w3c", "W3C Web Annotation JSON-LD: claims, notes and highlights",
         core(exporting::ExchangeFormat::WebAnnotation)},
        {"claimreview", "schema.org ClaimReview JSON-LD for confirmed and rejected claims",
         core(exporting::ExchangeFormat::ClaimReview)},
        {"pdf", "the analyst's report as PDF", {}, true},
        {"html", "the analyst's report as one self-contained HTML file", {}, true},
        {"timelinejs", "events and claims by date as a TimelineJS timeline (JSON)",
         core(exporting::ExchangeFormat::TimelineJs)},
    };
    return table;
}

std::string help() {
    std::string list;
    for (const auto& f : formats())
        list += "  " + std::string(f.name) + std::string(13 - std::string(f.name).size(), ' ') + f.description +
                (f.available() ? "" : " (not available in this build)") + "\n";
    std::string text = kHelp;
    text.replace(text.find("%FORMATS%"), 9, list);
    return text;
}

std::string formatNames() {
    std::string names;
    for (const auto& f : formats())
        names += (names.empty() ? "" : ", ") + std::string(f.name);
    return names;
}

}  // namespace

int runExport(const Args& args) {
    Arguments a(args, {"--store", "--format", "--out", "--status", "--document", "--speaker", "--group", "--title", "--analyst"},
                {"--help", "--bom", "--with-text", "--no-excerpts", "--assessed"});
    if (a.has("--help")) {
        std::cout << help();
        return kExitOk;
    }
    if (!a.ok())
        return usageError("export", a.error());
    const auto storePath = a.value("--store");
    const auto formatName = a.value("--format");
    const auto out = a.value("--out");
    if (!storePath || !formatName || !out)
        return usageError("export", "--store, --format and --out are required");
    if (sameFile(*storePath, *out))
        return usageError("export", "--out " + *out + " is the project itself");
    const Format* format = nullptr;
    for (const auto& f : formats())
        if (*formatName == f.name)
            format = &f;
    if (!format)
        return usageError("export", "unknown format '" + *formatName + "' (one of " + formatNames() + ")");
    if (!format->available()) {
        std::cerr << "claimdesk-cli export: the " << format->name
                  << " format is not available in this build of claimdesk-cli\n";
        return kExitUsage;
    }
    if (a.has("--bom") && std::string(format->name) != "csv")
        return usageError("export", "--bom applies to --format csv only");
    if (a.has("--with-text") && std::string(format->name) != "json")
        return usageError("export", "--with-text applies to --format json only");
    if (!format->report && (a.has("--no-excerpts") || a.value("--group") || a.value("--analyst")))
        return usageError("export", "--no-excerpts, --group and --analyst apply to --format pdf and html only");
    if (a.value("--speaker") && std::string(format->name) == "timelinejs")
        return usageError("export", "--speaker does not apply to --format timelinejs");

    exporting::ExportFilter filter;
    for (const auto& list : a.values("--status")) {
        std::size_t from = 0;
        while (from <= list.size()) {
            const std::size_t comma = std::min(list.find(',', from), list.size());
            const std::string name = list.substr(from, comma - from);
            const auto status = claimStatusFromName(name);
            if (!status)
                return usageError("export", "--status must be extracted, confirmed or rejected, not '" + name + "'");
            filter.statuses.push_back(*status);
            from = comma + 1;
        }
    }
    filter.includeAssessed = a.has("--assessed");
    for (const auto& text : a.values("--document")) {
        const auto id = parseId(text);
        if (!id)
            return usageError("export", "--document needs a document id, not '" + text + "'");
        filter.documentIds.push_back(*id);
    }
    if (auto text = a.value("--speaker")) {
        filter.speakerId = parseId(*text);
        if (!filter.speakerId)
            return usageError("export", "--speaker needs a speaker id, not '" + *text + "'");
    }

    auto store = openExistingStore(*storePath);
    if (!store) {
        std::cerr << "claimdesk-cli export: " << store.error() << "\n";
        return kExitStoreError;
    }
    for (auto id : filter.documentIds)
        if (auto doc = store->document(id); !doc) {
            std::cerr << "claimdesk-cli export: " << doc.error() << "\n";
            return kExitUsage;
        }
    if (format->report) {
        return writeReportExport({*storePath, format->name, *out, filter, a});
    }
    ExportJob job{*store, filter, a};
    auto bytes = format->write(job);
    if (!bytes) {
        std::cerr << "claimdesk-cli export: " << bytes.error() << "\n";
        return kExitStoreError;
    }
    if (Status written = writeOutput(*out, *bytes); !written.ok()) {
        std::cerr << "claimdesk-cli export: " << oneLine(written.error()) << "\n";
        return kExitStoreError;
    }
    return kExitOk;
}

}  // namespace claimdesk::cli
