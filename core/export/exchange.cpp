#include "core/export/exchange.h"

#include "core/export/analysisfromstore.h"
#include "core/export/claimreview.h"
#include "core/export/claimscsv.h"
#include "core/export/webannotation.h"
#include "core/timeline/timelineentry.h"
#include "core/timeline/timelinefilter.h"
#include "core/timeline/timelinejs.h"

namespace claimdesk::exporting {

const char* exchangeFormatName(ExchangeFormat format) {
    switch (format) {
    case ExchangeFormat::Csv: return "csv";
    case ExchangeFormat::AnalysisJson: return "json";
    case ExchangeFormat::WebAnnotation: return "w3c";
    case ExchangeFormat::TimelineJs: return "timelinejs";
    case ExchangeFormat::ClaimReview: break;
    }
    return "claimreview";
}

std::optional<ExchangeFormat> exchangeFormatFromName(const std::string& name) {
    for (auto f : {ExchangeFormat::Csv, ExchangeFormat::AnalysisJson, ExchangeFormat::WebAnnotation,
                   ExchangeFormat::ClaimReview, ExchangeFormat::TimelineJs})
        if (name == exchangeFormatName(f))
            return f;
    return std::nullopt;
}

const char* exchangeFormatExtension(ExchangeFormat format) {
    switch (format) {
    case ExchangeFormat::Csv: return "csv";
    case ExchangeFormat::AnalysisJson:
    case ExchangeFormat::TimelineJs: return "json";
    case ExchangeFormat::WebAnnotation:
    case ExchangeFormat::ClaimReview: break;
    }
    return "jsonld";
}

namespace {

// The timeline's entries, as the filter keeps them. Building the entries
// reads the whole project at once: the progress callback is asked only
// before and after.
Result<std::string> writeTimelineJs(store::ProjectStore& store, const ExportFilter& filter,
                                    const ExchangeOptions& options, const ExportProgress& progress) {
    if (filter.speakerId)
        return makeError("a speaker filter does not apply to a TimelineJS timeline");
    if (progress && !progress(0, 1))
        return makeError("cancelled");
    auto entries = timeline::buildEntries(store);
    if (!entries)
        return makeError(entries.error());
    if (progress && !progress(1, 1))
        return makeError("cancelled");
    timeline::TimelineJsOptions js;
    if (!options.title.empty())
        js.title = options.title;
    js.groups = options.groups;
    return timeline::toTimelineJs(timeline::filterEntries(std::move(*entries), filter), js);
}

}  // namespace

Result<std::string> writeExchange(store::ProjectStore& store, ExchangeFormat format, const ExportFilter& filter,
                                  const ExchangeOptions& options, const ExportProgress& progress) {
    if (format == ExchangeFormat::TimelineJs)
        return writeTimelineJs(store, filter, options, progress);
    if (format == ExchangeFormat::AnalysisJson) {
        ExportOptions json;
        json.withText = options.withText;
        return writeStoreAnalysis(store, filter, json);
    }
    auto project = readProject(store, filter, progress);
    if (!project)
        return makeError(project.error());
    switch (format) {
    case ExchangeFormat::Csv: {
        CsvOptions csv;
        csv.byteOrderMark = options.byteOrderMark;
        return writeClaimsCsv(*project, csv);
    }
    case ExchangeFormat::WebAnnotation: {
        WebAnnotationOptions w3c;
        w3c.generated = options.generated;
        return writeWebAnnotations(*project, w3c);
    }
    case ExchangeFormat::ClaimReview:
    case ExchangeFormat::AnalysisJson:
    case ExchangeFormat::TimelineJs: break;
    }
    return writeClaimReviews(*project);
}

}  // namespace claimdesk::exporting
