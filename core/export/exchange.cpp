#include "core/export/exchange.h"

#include "core/export/analysisfromstore.h"
#include "core/export/claimreview.h"
#include "core/export/claimscsv.h"
#include "core/export/webannotation.h"

namespace claimdesk::exporting {

const char* exchangeFormatName(ExchangeFormat format) {
    switch (format) {
    case ExchangeFormat::Csv: return "csv";
    case ExchangeFormat::AnalysisJson: return "json";
    case ExchangeFormat::WebAnnotation: return "w3c";
    case ExchangeFormat::ClaimReview: break;
    }
    return "claimreview";
}

std::optional<ExchangeFormat> exchangeFormatFromName(const std::string& name) {
    for (auto f : {ExchangeFormat::Csv, ExchangeFormat::AnalysisJson, ExchangeFormat::WebAnnotation,
                   ExchangeFormat::ClaimReview})
        if (name == exchangeFormatName(f))
            return f;
    return std::nullopt;
}

const char* exchangeFormatExtension(ExchangeFormat format) {
    switch (format) {
    case ExchangeFormat::Csv: return "csv";
    case ExchangeFormat::AnalysisJson: return "json";
    case ExchangeFormat::WebAnnotation:
    case ExchangeFormat::ClaimReview: break;
    }
    return "jsonld";
}

Result<std::string> writeExchange(store::ProjectStore& store, ExchangeFormat format, const ExportFilter& filter,
                                  const ExchangeOptions& options, const ExportProgress& progress) {
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
    case ExchangeFormat::AnalysisJson: break;
    }
    return writeClaimReviews(*project);
}

}  // namespace claimdesk::exporting
