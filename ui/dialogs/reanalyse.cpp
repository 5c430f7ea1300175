#include "ui/dialogs/reanalyse.h"

#include <atomic>

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace claimdesk::ui {

Result<pipeline::ReanalysisSummary> reanalyseProject(QWidget* parent, const QString& projectPath) {
    QProgressDialog progress(QObject::tr("Re-analysing the project..."), QObject::tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(QObject::tr("Re-analyse"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAccessibleName(QObject::tr("Re-analysis progress"));

    std::atomic<bool> cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, [&] { cancelled = true; });
    Result<pipeline::ReanalysisSummary> result = makeError("not run");
    const std::string storePath = projectPath.toStdString();
    QPointer<QProgressDialog> dialog(&progress);

    QThread* worker = QThread::create([&] {
        auto store = store::ProjectStore::open(storePath);
        if (!store) {
            result = makeError(store.error());
            return;
        }
        result = pipeline::reanalyzeProject(
            *store, std::nullopt, [&](std::size_t done, std::size_t total, const std::string& name) {
                const QString file = QString::fromStdString(name);
                QMetaObject::invokeMethod(dialog, [=] {
                    if (!dialog)
                        return;
                    dialog->setMaximum(static_cast<int>(total));
                    dialog->setValue(static_cast<int>(done));
                    dialog->setLabelText(file.isEmpty() ? QObject::tr("Linking claims across documents...")
                                                        : QObject::tr("Re-analysing %1").arg(file));
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
    return result;
}

QString reanalysisText(const pipeline::ReanalysisSummary& s) {
    QString text = s.documents == 1 ? QObject::tr("1 document re-analysed")
                                    : QObject::tr("%1 documents re-analysed").arg(s.documents);
    if (s.cancelled)
        text += QObject::tr(" (cancelled: the others are as they were)");
    text += QLatin1Char('\n') + QObject::tr("Claims: %1 added, %2 removed, %3 kept with the analysts' work")
                                    .arg(s.claimsAdded)
                                    .arg(s.claimsRemoved)
                                    .arg(s.claimsKept);
    text += QLatin1Char('\n') + QObject::tr("Clusters: %1 claims moved (other claims beside them now)")
                                    .arg(s.claimsMovedCluster);
    text += QLatin1Char('\n') + QObject::tr("Disagreements: %1 before, %2 after, %3 new")
                                    .arg(s.disagreementsBefore)
                                    .arg(s.disagreementsAfter)
                                    .arg(s.newDisagreements);
    return text;
}

}  // namespace claimdesk::ui
