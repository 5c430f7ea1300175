#include "ui/edit/mergespeakerscommand.h"

#include <QCoreApplication>

#include "core/store/speakerstore.h"
#include "ui/edit/workspace.h"

namespace claimdesk::ui {

MergeSpeakersCommand::MergeSpeakersCommand(Workspace& workspace, qint64 into, qint64 from)
    : QUndoCommand(QCoreApplication::translate("MergeSpeakersCommand", "Merge speakers")),
      m_workspace(workspace),
      m_into(into),
      m_from(from) {}

void MergeSpeakersCommand::redo() {
    auto merge = m_workspace.speakerStore().mergeSpeakers(m_into, m_from);
    if (!merge) {
        m_workspace.reportError(QString::fromStdString(merge.error()));
        setObsolete(true);
        return;
    }
    m_merge = std::move(*merge);
    m_workspace.announceSpeakers();
    m_workspace.announceClaims(QList<qint64>(m_merge.claimIds.begin(), m_merge.claimIds.end()));
}

void MergeSpeakersCommand::undo() {
    if (Status s = m_workspace.speakerStore().unmergeSpeakers(m_merge); !s.ok()) {
        m_workspace.reportError(QString::fromStdString(s.error()));
        setObsolete(true);
        return;
    }
    m_workspace.announceSpeakers();
    m_workspace.announceClaims(QList<qint64>(m_merge.claimIds.begin(), m_merge.claimIds.end()));
}

}  // namespace claimdesk::ui
