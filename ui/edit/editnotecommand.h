#pragma once

#include <QString>
#include <QUndoCommand>

namespace claimdesk::ui {

class Workspace;

// Changes the text of an annotation's note; undo restores the text and
// the time it was last modified.
class EditNoteCommand : public QUndoCommand {
public:
    EditNoteCommand(Workspace& workspace, qint64 documentId, qint64 annotationId, QString note);

    void redo() override;
    void undo() override;

private:
    bool write(const QString& note, const QString& at);

    Workspace& m_workspace;
    qint64 m_documentId;
    qint64 m_annotationId;
    QString m_note, m_at;
    QString m_previous, m_previousAt;
    bool m_read = false;
};

}  // namespace claimdesk::ui
