#include "ui/dialogs/exportrunner.h"

#include <QProgressDialog>
#include <QThread>
#include <QWidget>

#include "ui/dialogs/exchangefile.h"
#include "ui/report/reportwriter.h"

namespace claimdesk::ui {

ExportRunner::ExportRunner(QWidget* parent) : QObject(parent), m_parent(parent) {}

ExportRunner::~ExportRunner() {
    // A window closing mid-export stops the worker before its state goes.
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ExportRunner::cancel() {
    if (m_cancel)
        *m_cancel = true;
}

bool ExportRunner::start(const QString& storePath, const ExportFormatEntry& format, const report::ReportOptions& options,
                         const QString& outPath, const exporting::ExchangeOptions& exchange) {
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = new QProgressDialog(tr("Writing %1...").arg(format.label), tr("Cancel"), 0, 100, m_parent);
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportRunner::cancel);

    auto status = std::make_shared<Status>();
    auto cancelFlag = m_cancel;
    ReportRun run;
    run.cancel = cancelFlag.get();
    run.progress = [this](int percent) {
        // From the worker: posted to the runner, which outlives the thread
        // (its destructor waits), and read there, on the UI thread.
        QMetaObject::invokeMethod(this, [this, percent] {
            if (m_progress)
                m_progress->setValue(percent);
        }, Qt::QueuedConnection);
    };
    const std::string store = storePath.toStdString(), out = outPath.toStdString();
    if (isExchangeFormat(format.id)) {
        ExchangeRequest request;
        request.format = format.id.toStdString();
        request.filter.statuses.assign(options.statuses.begin(), options.statuses.end());
        request.filter.documentIds.assign(options.documentIds.begin(), options.documentIds.end());
        request.options = exchange;
        if (format.titleOption)
            request.options.title = options.title;
        m_thread = QThread::create([=] { *status = writeExchangeFile(store, request, outPath, run); });
    } else {
        const auto reportFormat = format.id == QLatin1String("html") ? ReportFormat::Html : ReportFormat::Pdf;
        m_thread = QThread::create([=] { *status = writeReport(store, options, reportFormat, out, run); });
    }
    connect(m_thread, &QThread::finished, this, [this, status, outPath] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_progress)
            m_progress->deleteLater();
        const bool ok = status->ok();
        emit finished(ok, outPath, ok ? QString() : QString::fromStdString(status->error()));
    });
    m_thread->start();
    return true;
}

}  // namespace claimdesk::ui
