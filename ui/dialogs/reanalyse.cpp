#include "ui/dialogs/reanalyse.h"

#include <QObject>

#include "core/store/projectstore.h"
#include "ui/dialogs/progressjob.h"

namespace claimdesk::ui {

Result<pipeline::ReanalysisSummary> reanalyseProject(QWidget* parent, const QString& projectPath) {
    Result<pipeline::ReanalysisSummary> result = makeError("not run");
    const std::string storePath = projectPath.toStdString();
    runWithProgress(parent,
                    {QObject::tr("Re-analyse"), QObject::tr("Re-analysing the project..."),
                     QObject::tr("Re-analysis progress")},
                    [&](const ProgressReport& report) {
                        auto store = store::ProjectStore::open(storePath);
                        if (!store) {
                            result = makeError(store.error());
                            return;
                        }
                        result = pipeline::reanalyzeProject(
                            *store, std::nullopt,
                            [&](std::size_t done, std::size_t total, const std::string& name) {
                                const QString file = QString::fromStdString(name);
                                return report(done, total,
                                              file.isEmpty() ? QObject::tr("Linking claims across documents...")
                                                             : QObject::tr("Re-analysing %1").arg(file));
                            });
                    });
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
