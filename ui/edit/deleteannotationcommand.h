#pragma once

#include <QUndoCommand>

#include "core/store/annotationrecords.h"

namespace claimdesk::ui {

class Workspace;

// Deletes an annotation; undo writes it back (with a new id). A claim it
// made stays: claims are withdrawn by rejecting them.
class DeleteAnnotationCommand : public QUndoCommand {
public:
    DeleteAnnotationCommand(Workspace& workspace, qint64 documentId, qint64 annotationId);

    void redo() override;
    void undo() override;

private:
    void fail(const std::string& message);

    Workspace& m_workspace;
    qint64 m_documentId;
    store::Annotation m_annotation;
    bool m_read = false;
};

}  // namespace claimdesk::ui
