// `export` writes a project's claims in an exchange format.

#include <functional>
#include <iostream>

#include "arguments.h"
#include "commands.h"
#include "core/export/exchange.h"
#include "core/pipeline/clock.h"
#include "core/store/projectstore.h"

namespace claimdesk::cli {
namespace {

constexpr const char* kHelp = R"(usage: claimdesk-cli export --store FILE.claimdesk --format FORMAT --out FILE
                            [--status STATUS]... [--document ID]... [--speaker ID] [--bom] [--with-text]

Writes a project's claims (and the analyst's notes) in an exchange format.
--out - writes to standard output. Formats:

%FORMATS%
Filters (each may be repeated; --status also takes a comma-separated list):
  --status STATUS   only extracted, confirmed or rejected claims
  --document ID     only these documents (ids from claimdesk-cli claims --json)
  --speaker ID      only this speaker's claims (speaker_id in claims --json)
  --bom             csv: start with a byte-order mark (for spreadsheets)
  --with-text       json: add each document's whole text
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
    Writer write;  // empty: not built into this claimdesk-cli
};

// A format the core writes (core/export/exchange.h).
Writer core(exporting::ExchangeFormat format) {
    return [format](ExportJob& job) {
        exporting::ExchangeOptions options;
        options.byteOrderMark = job.args.has("--bom");
        options.withText = job.args.has("--with-text");
        options.generated = pipeline::systemClock()();
        return exporting::writeExchange(job.store, format, job.filter, options);
    };
}

// One entry per format: adding one (a report, a timeline) is one line here.
const std::vector<Format>& formats() {
    static const std::vector<Format> table = {
        {"csv", "claims as CSV (RFC 4180, UTF-8), one row per claim", core(exporting::ExchangeFormat::Csv)},
        {"json", "the analysis export (documents, speakers, claims, events, clusters)",
         core(exporting::ExchangeFormat::AnalysisJson)},
        {"w3c", "W3C Web Annotation JSON-LD: claims, notes and highlights",
         core(exporting::ExchangeFormat::WebAnnotation)},
        {"claimreview", "schema.org ClaimReview JSON-LD for confirmed and rejected claims",
         core(exporting::ExchangeFormat::ClaimReview)},
        {"pdf", "the review report as PDF", {}},
        {"html", "the review report as HTML", {}},
        {"timelinejs", "the events as a TimelineJS timeline (JSON)", {}},
    };
    return table;
}

std::string help() {
    std::string list;
    for (const auto& f : formats())
        list += "  " + std::string(f.name) + std::string(13 - std::string(f.name).size(), ' ') + f.description +
                (f.write ? "" : " (not available in this build)") + "\n";
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
    Arguments a(args, {"--store", "--format", "--out", "--status", "--document", "--speaker"}, {"--help", "--bom", "--with-text"});
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
    const Format* format = nullptr;
    for (const auto& f : formats())
        if (*formatName == f.name)
            format = &f;
    if (!format)
        return usageError("export", "unknown format '" + *formatName + "' (one of " + formatNames() + ")");
    if (!format->write) {
        std::cerr << "claimdesk-cli export: the " << format->name
                  << " format is not available in this build of claimdesk-cli\n";
        return kExitUsage;
    }
    if (a.has("--bom") && std::string(format->name) != "csv")
        return usageError("export", "--bom applies to --format csv only");
    if (a.has("--with-text") && std::string(format->name) != "json")
        return usageError("export", "--with-text applies to --format json only");

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

    auto store = store::ProjectStore::open(*storePath);
    if (!store) {
        std::cerr << "claimdesk-cli export: " << store.error() << "\n";
        return kExitStoreError;
    }
    for (auto id : filter.documentIds)
        if (auto doc = store->document(id); !doc) {
            std::cerr << "claimdesk-cli export: " << doc.error() << "\n";
            return kExitUsage;
        }
    ExportJob job{*store, filter, a};
    auto bytes = format->write(job);
    if (!bytes) {
        std::cerr << "claimdesk-cli export: " << bytes.error() << "\n";
        return kExitStoreError;
    }
    if (!writeOutput(*out, *bytes)) {
        std::cerr << "claimdesk-cli export: " << *out << ": cannot write the export\n";
        return kExitStoreError;
    }
    return kExitOk;
}

}  // namespace claimdesk::cli
