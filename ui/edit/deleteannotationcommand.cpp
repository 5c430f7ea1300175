#include "ui/edit/deleteannotationcommand.h"

#include <algorithm>

#include <QCoreApplication>

#include "core/store/annotationstore.h"
#include "ui/edit/workspace.h"

namespace claimdesk::ui {

DeleteAnnotationCommand::DeleteAnnotationCommand(Workspace& workspace, qint64 documentId, qint64 annotationId)
    : QUndoCommand(QCoreApplication::translate("DeleteAnnotationCommand", "Delete annotation")),
      m_workspace(workspace),
      m_documentId(documentId) {
    m_annotation.id = annotationId;
}

void DeleteAnnotationCommand::fail(const std::string& message) {
    m_workspace.reportError(QString::fromStdString(message));
    setObsolete(true);
}

void DeleteAnnotationCommand::redo() {
    store::AnnotationStore& store = m_workspace.annotationStore();
    if (!m_read) {
        auto all = store.annotations(m_documentId);
        if (!all) {
            fail(all.error());
            return;
        }
        const auto it = std::find_if(all->begin(), all->end(), [&](const auto& a) { return a.id == m_annotation.id; });
        if (it == all->end()) {
            fail("no annotation " + std::to_string(m_annotation.id));
            return;
        }
        m_annotation = *it;
        m_read = true;
    }
    if (Status s = store.deleteAnnotation(m_annotation.id); !s.ok()) {
        fail(s.error());
        return;
    }
    m_workspace.announceAnnotations(m_documentId);
}

void DeleteAnnotationCommand::undo() {
    auto id = m_workspace.annotationStore().addAnnotation(m_annotation);
    if (!id) {
        fail(id.error());
        return;
    }
    m_annotation.id = *id;
    m_workspace.announceAnnotations(m_documentId);
}

}  // namespace claimdesk::ui
