#pragma once

#include <QString>
#include <QUndoCommand>

namespace claimdesk::ui {

class Workspace;

// Makes a new speaker from one alias of a speaker, with the claims that
// name them so. Undo merges the new speaker back into the old one.
class SplitSpeakerCommand : public QUndoCommand {
public:
    SplitSpeakerCommand(Workspace& workspace, qint64 speakerId, QString alias);

    void redo() override;
    void undo() override;

    qint64 newSpeakerId() const { return m_newId; }

private:
    Workspace& m_workspace;
    qint64 m_speakerId;
    QString m_alias;
    qint64 m_newId = 0;
};

}  // namespace claimdesk::ui
