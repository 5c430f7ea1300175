#pragma once

#include <memory>

#include <QString>
#include <QUndoCommand>

namespace claimdesk::ui {

class AddAnnotationCommand;
class Workspace;

// Deletes a claim or event the analyst made from a selection, with its
// annotation, in one transaction; undo makes them again (with new ids),
// and the speaker too if one was made with the claim. It is the inverse
// of the AddAnnotationCommand that would have made them.
class RemoveAnalystItemCommand : public QUndoCommand {
public:
    RemoveAnalystItemCommand(Workspace& workspace, qint64 documentId, qint64 annotationId);
    ~RemoveAnalystItemCommand() override;

    void redo() override;
    void undo() override;

private:
    bool prepare();
    void fail(const QString& message);

    Workspace& m_workspace;
    qint64 m_documentId;
    qint64 m_annotationId;
    std::unique_ptr<AddAnnotationCommand> m_add;
    QString m_speakerName;
    qint64 m_speakerId = 0;
};

}  // namespace claimdesk::ui
