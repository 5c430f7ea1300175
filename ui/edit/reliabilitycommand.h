#pragma once

#include <optional>

#include <QString>
#include <QUndoCommand>

namespace claimdesk::ui {

class Workspace;

// Grades the source reliability (Admiralty A-F, or none) of one outlet or
// one speaker; undo restores the grade it had.
class ReliabilityCommand : public QUndoCommand {
public:
    static ReliabilityCommand* forOutlet(Workspace& workspace, const QString& outlet, std::optional<char> grade);
    static ReliabilityCommand* forSpeaker(Workspace& workspace, qint64 speakerId, std::optional<char> grade);

    void redo() override;
    void undo() override;

private:
    ReliabilityCommand(Workspace& workspace, QString outlet, qint64 speakerId, std::optional<char> grade);
    bool write(std::optional<char> grade);

    Workspace& m_workspace;
    QString m_outlet;      // set for an outlet...
    qint64 m_speakerId;    // ...or this, for a speaker
    std::optional<char> m_grade;
    std::optional<char> m_previous;
    bool m_readPrevious = false;
};

}  // namespace claimdesk::ui
