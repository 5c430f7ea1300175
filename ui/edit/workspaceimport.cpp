// Workspace::importAnnotations, apart from the undoable edits: an import
// writes outside the undo stack.
#include <QUndoStack>

#include "core/store/projectstore.h"
#include "ui/edit/workspace.h"

namespace claimdesk::ui {

Result<exporting::ImportReport> Workspace::importAnnotations(const std::vector<exporting::ImportedAnnotation>& items) {
    exporting::ImportOptions options;
    options.analyst = m_analyst.toStdString();
    options.now = now().toStdString();
    options.judge = m_judge;
    auto report = exporting::importWebAnnotations(*m_store, items, options);
    if (!report) {
        reportError(QString::fromStdString(report.error()));
        return report;
    }
    if (!report->missingDocuments.empty())
        return report;  // one transaction: nothing was written
    m_undoStack->clear();
    notifyDocumentsAdded();
    emit clustersChanged();
    if (auto documents = m_store->documents())
        for (const auto& d : *documents)
            emit annotationsChanged(d.id);
    return report;
}

}  // namespace claimdesk::ui
