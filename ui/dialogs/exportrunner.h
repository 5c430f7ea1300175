#pragma once

// Runs an export off the UI thread, with a progress dialog and Cancel. The
// worker opens its own connection to the project file (a store is
// single-threaded), so the window keeps painting and responding while it
// writes; the progress dialog is window-modal, so no edit lands halfway
// through an export and it reads one consistent project. Reports go
// to the report writer (ui/report), the data exports to exchangefile.h.

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <atomic>
#include <functional>
#include <memory>

#include "core/report/reportdata.h"
#include "ui/dialogs/exportdialog.h"

class QProgressDialog;
class QThread;
class QWidget;

namespace claimdesk::ui {

class ExportRunner : public QObject {
    Q_OBJECT
public:
    explicit ExportRunner(QWidget* parent);
    ~ExportRunner() override;

    // Starts writing; false when an export is already running. The data
    // exports take the statuses, documents and title of `options`, and
    // `exchange` (the CSV's byte-order mark, the W3C export's time).
    bool start(const QString& storePath, const ExportFormatEntry& format, const report::ReportOptions& options,
               const QString& outPath, const exporting::ExchangeOptions& exchange = {});
    bool running() const { return m_thread != nullptr; }
    void cancel();

signals:
    // ok: written to `path`; otherwise `message` says why ("cancelled" when stopped).
    void finished(bool ok, const QString& path, const QString& message);

private:
    QWidget* m_parent;
    QThread* m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

}  // namespace claimdesk::ui
