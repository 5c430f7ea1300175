#pragma once

// One entry point for the exchange formats that the core writes, so the
// command line and the window's File > Export share them: a format, the
// filter, a few options and an optional progress callback in; the file's
// bytes out.

#include <optional>
#include <string>

#include "core/domain/result.h"
#include "core/export/exportfilter.h"
#include "core/export/projectexport.h"
#include "core/store/projectstore.h"

namespace claimdesk::exporting {

enum class ExchangeFormat { Csv, AnalysisJson, WebAnnotation, ClaimReview };

// "csv", "json", "w3c", "claimreview", and back.
const char* exchangeFormatName(ExchangeFormat format);
std::optional<ExchangeFormat> exchangeFormatFromName(const std::string& name);
// The usual file name extension, without the dot: "csv", "json", "jsonld".
const char* exchangeFormatExtension(ExchangeFormat format);

struct ExchangeOptions {
    bool byteOrderMark = false;  // csv
    bool withText = false;       // json: each document's whole text
    std::string generated;       // w3c: the export's time (ISO 8601), omitted when empty
};

// Reads what the filter selects and writes it. Fails when the store cannot
// be read, a filtered document does not exist, or progress cancelled.
Result<std::string> writeExchange(store::ProjectStore& store, ExchangeFormat format, const ExportFilter& filter,
                                  const ExchangeOptions& options = {}, const ExportProgress& progress = {});

}  // namespace claimdesk::exporting
