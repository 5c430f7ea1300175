#include "ui/dialogs/exchangefile.h"

#include <QFile>

#include "core/store/projectstore.h"
#include "ui/report/outputdevice.h"

namespace claimdesk::ui {
namespace {

bool cancelled(const ReportRun& run) { return run.cancel && run.cancel->load(); }

void report(const ReportRun& run, int percent) {
    if (run.progress)
        run.progress(percent);
}

}  // namespace

bool isExchangeFormat(const QString& id) { return exporting::exchangeFormatFromName(id.toStdString()).has_value(); }

Status writeExchangeFile(const std::string& storePath, const ExchangeRequest& request, const QString& outPath,
                         const ReportRun& run) {
    const auto format = exporting::exchangeFormatFromName(request.format);
    if (!format)
        return makeError("unknown export format '" + request.format + "'");
    // Opening creates a missing file: a mistyped path must not become an
    // empty export.
    if (!QFile::exists(QString::fromStdString(storePath)))
        return makeError("no project at " + storePath);
    auto store = store::ProjectStore::open(storePath);
    if (!store)
        return makeError("cannot open " + storePath + ": " + store.error());
    report(run, 0);
    // Reading is most of the work: documents read map to 0-90%.
    const exporting::ExportProgress progress = [&run](std::size_t done, std::size_t total) {
        report(run, total ? static_cast<int>(90 * done / total) : 90);
        return !cancelled(run);
    };
    auto bytes = exporting::writeExchange(*store, *format, request.filter, request.options, progress);
    if (!bytes)
        return makeError(bytes.error());
    if (cancelled(run))
        return makeError("cancelled");
    OutputDevice file(outPath);
    if (!file.open())
        return makeError("cannot write " + outPath.toStdString() + ": " + file.errorString().toStdString());
    if (file.device()->write(bytes->data(), static_cast<qint64>(bytes->size())) != static_cast<qint64>(bytes->size())) {
        file.cancel();
        return makeError("cannot write " + outPath.toStdString() + ": " + file.errorString().toStdString());
    }
    if (cancelled(run)) {
        file.cancel();
        return makeError("cancelled");
    }
    if (!file.commit())
        return makeError("cannot write " + outPath.toStdString() + ": " + file.errorString().toStdString());
    report(run, 100);
    return {};
}

}  // namespace claimdesk::ui
