#include "ui/edit/splitspeakercommand.h"

#include <QCoreApplication>

#include "core/store/speakerstore.h"
#include "ui/edit/workspace.h"

namespace claimdesk::ui {

SplitSpeakerCommand::SplitSpeakerCommand(Workspace& workspace, qint64 speakerId, QString alias)
    : QUndoCommand(QCoreApplication::translate("SplitSpeakerCommand", "Split speaker \"%1\"").arg(alias)),
      m_workspace(workspace),
      m_speakerId(speakerId),
      m_alias(std::move(alias)) {}

void SplitSpeakerCommand::redo() {
    auto id = m_workspace.speakerStore().splitSpeaker(m_speakerId, m_alias.toStdString());
    if (!id) {
        m_workspace.reportError(QString::fromStdString(id.error()));
        setObsolete(true);
        return;
    }
    m_newId = *id;
    m_workspace.announceSpeakers();
    m_workspace.announceClaims({});
}

void SplitSpeakerCommand::undo() {
    auto merge = m_workspace.speakerStore().mergeSpeakers(m_speakerId, m_newId);
    if (!merge) {
        m_workspace.reportError(QString::fromStdString(merge.error()));
        setObsolete(true);
        return;
    }
    m_workspace.announceSpeakers();
    m_workspace.announceClaims(QList<qint64>(merge->claimIds.begin(), merge->claimIds.end()));
}

}  // namespace claimdesk::ui
