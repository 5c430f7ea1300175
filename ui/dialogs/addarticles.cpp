#include "ui/dialogs/addarticles.h"

#include <atomic>

#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace claimdesk::ui {

pipeline::BatchReport addArticles(QWidget* parent, const QString& projectPath, const QStringList& paths) {
    QProgressDialog progress(QObject::tr("Adding articles..."), QObject::tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(QObject::tr("Add articles"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAccessibleName(QObject::tr("Ingestion progress"));

    std::atomic<bool> cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, [&] { cancelled = true; });
    pipeline::BatchReport report;
    std::vector<std::string> inputs;
    for (const QString& p : paths)
        inputs.push_back(p.toStdString());
    const std::string storePath = projectPath.toStdString();
    QPointer<QProgressDialog> dialog(&progress);

    QThread* worker = QThread::create([&] {
        auto store = store::ProjectStore::open(storePath);
        if (!store) {
            report.outcomes.push_back({pipeline::FileOutcome::Kind::Failed, storePath, 0, store.error()});
            return;
        }
        report = pipeline::ingestPaths(*store, inputs, {}, pipeline::systemClock(),
                                       [&](std::size_t done, std::size_t total, const std::string& path) {
                                           const QString name = QFileInfo(QString::fromStdString(path)).fileName();
                                           QMetaObject::invokeMethod(dialog, [=] {
                                               if (!dialog)
                                                   return;
                                               dialog->setMaximum(static_cast<int>(total));
                                               dialog->setValue(static_cast<int>(done));
                                               dialog->setLabelText(QObject::tr("Reading %1").arg(name));
                                           });
                                           return !cancelled.load();
                                       });
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();
    return report;
}

}  // namespace claimdesk::ui
