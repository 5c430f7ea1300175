#include "ui/dialogs/progressjob.h"

#include <atomic>

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace claimdesk::ui {

void runWithProgress(QWidget* parent, const ProgressJobText& text, const std::function<void(const ProgressReport&)>& job) {
    QProgressDialog progress(text.label, QObject::tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(text.title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAccessibleName(text.accessibleName);

    std::atomic<bool> cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, [&] { cancelled = true; });
    // The dialog may be gone by the time a queued report arrives.
    QPointer<QProgressDialog> dialog(&progress);
    const ProgressReport report = [&](std::size_t done, std::size_t total, const QString& doing) {
        QMetaObject::invokeMethod(dialog, [=] {
            if (!dialog)
                return;
            dialog->setMaximum(static_cast<int>(total));
            dialog->setValue(static_cast<int>(done));
            dialog->setLabelText(doing);
        });
        return !cancelled.load();
    };

    QThread* worker = QThread::create([&] { job(report); });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();
}

}  // namespace claimdesk::ui
