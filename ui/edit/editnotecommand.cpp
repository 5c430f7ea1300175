#include "ui/edit/editnotecommand.h"

#include <QCoreApplication>

#include "core/store/annotationstore.h"
#include "ui/edit/workspace.h"

namespace claimdesk::ui {

EditNoteCommand::EditNoteCommand(Workspace& workspace, qint64 documentId, qint64 annotationId, QString note)
    : QUndoCommand(QCoreApplication::translate("EditNoteCommand", "Edit note")),
      m_workspace(workspace),
      m_documentId(documentId),
      m_annotationId(annotationId),
      m_note(std::move(note)) {}

bool EditNoteCommand::write(const QString& note, const QString& at) {
    const Status s =
        m_workspace.annotationStore().updateAnnotationNote(m_annotationId, note.toStdString(), at.toStdString());
    if (!s.ok()) {
        m_workspace.reportError(QString::fromStdString(s.error()));
        setObsolete(true);
        return false;
    }
    m_workspace.announceAnnotations(m_documentId);
    return true;
}

void EditNoteCommand::redo() {
    if (!m_read) {
        auto all = m_workspace.annotationStore().annotations(m_documentId);
        if (!all) {
            m_workspace.reportError(QString::fromStdString(all.error()));
            setObsolete(true);
            return;
        }
        bool found = false;
        for (const auto& a : *all) {
            if (a.id != m_annotationId)
                continue;
            m_previous = QString::fromStdString(a.note);
            m_previousAt = QString::fromStdString(a.modifiedAt);
            found = true;
        }
        if (!found) {
            m_workspace.reportError(QStringLiteral("no annotation %1").arg(m_annotationId));
            setObsolete(true);
            return;
        }
        m_at = m_workspace.now();
        m_read = true;
    }
    write(m_note, m_at);
}

void EditNoteCommand::undo() { write(m_previous, m_previousAt); }

}  // namespace claimdesk::ui
