#include "ui/dialogs/addarticles.h"

#include <QFileInfo>
#include <QObject>

#include "core/store/projectstore.h"
#include "ui/dialogs/progressjob.h"

namespace claimdesk::ui {

pipeline::BatchReport addArticles(QWidget* parent, const QString& projectPath, const QStringList& paths) {
    pipeline::BatchReport batch;
    std::vector<std::string> inputs;
    for (const QString& p : paths)
        inputs.push_back(p.toStdString());
    const std::string storePath = projectPath.toStdString();
    runWithProgress(parent,
                    {QObject::tr("Add articles"), QObject::tr("Adding articles..."), QObject::tr("Ingestion progress")},
                    [&](const ProgressReport& report) {
                        auto store = store::ProjectStore::open(storePath);
                        if (!store) {
                            batch.outcomes.push_back({pipeline::FileOutcome::Kind::Failed, storePath, 0, store.error()});
                            return;
                        }
                        batch = pipeline::ingestPaths(
                            *store, inputs, {}, pipeline::systemClock(),
                            [&](std::size_t done, std::size_t total, const std::string& path) {
                                const QString name = QFileInfo(QString::fromStdString(path)).fileName();
                                return report(done, total, QObject::tr("Reading %1").arg(name));
                            });
                    });
    return batch;
}

}  // namespace claimdesk::ui
