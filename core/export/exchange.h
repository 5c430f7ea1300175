#pragma once

// One entry point for every data format the core writes (CSV, the analysis
// JSON, W3C Web Annotation, ClaimReview, TimelineJS), so the command line,
// the window's File > Export and the timeline's own export share it: a
// format, the selection, a few options and an optional progress callback
// in; the file's bytes out.

#include <optional>
#include <string>

#include "core/domain/result.h"
#include "core/export/exportfilter.h"
#include "core/export/projectexport.h"
#include "core/timeline/lanes.h"

namespace claimdesk::store {
class ProjectStore;
}  // namespace claimdesk::store

namespace claimdesk::exporting {

enum class ExchangeFormat { Csv, AnalysisJson, WebAnnotation, ClaimReview, TimelineJs };

// "csv", "json", "w3c", "claimreview", "timelinejs", and back.
const char* exchangeFormatName(ExchangeFormat format);
std::optional<ExchangeFormat> exchangeFormatFromName(const std::string& name);
// The usual file name extension, without the dot: "csv", "json", "jsonld".
// TimelineJS is JSON.
const char* exchangeFormatExtension(ExchangeFormat format);

struct ExchangeOptions {
    bool byteOrderMark = false;  // csv
    bool withText = false;       // json: each document's whole text
    std::string generated;       // w3c: the export's time (ISO 8601), omitted when empty
    std::string title;           // timelinejs: the title slide's headline; empty: the default
    timeline::LaneMode groups = timeline::LaneMode::Cluster;  // timelinejs: what an event's group is
};

// Reads what the filter selects and writes it. Fails when the store cannot
// be read, a filtered document does not exist, or progress cancelled.
// TimelineJS keeps the claims the filter selects and, when no status or
// speaker is asked for, the events of the selected documents (events have
// neither); a speaker filter fails for it (its entries carry no speaker).
Result<std::string> writeExchange(store::ProjectStore& store, ExchangeFormat format, const ExportFilter& filter,
                                  const ExchangeOptions& options = {}, const ExportProgress& progress = {});

}  // namespace claimdesk::exporting
