#include "ui/edit/moveclaimscommand.h"

#include "core/store/clusterstore.h"
#include "ui/edit/workspace.h"

namespace claimdesk::ui {

MoveClaimsCommand::MoveClaimsCommand(Workspace& workspace, QList<qint64> ids, std::optional<qint64> into,
                                     const QString& text)
    : QUndoCommand(text), m_workspace(workspace), m_ids(std::move(ids)), m_into(into) {}

void MoveClaimsCommand::redo() {
    const std::vector<std::int64_t> ids(m_ids.begin(), m_ids.end());
    if (m_before.empty()) {
        auto before = m_workspace.clusterStore().placements(ids);
        if (!before) {
            m_workspace.reportError(QString::fromStdString(before.error()));
            setObsolete(true);
            return;
        }
        m_before = std::move(*before);
    }
    // A redo goes back into the cluster the first run made, while it is there.
    std::optional<std::int64_t> into = m_into;
    if (!into && m_target)
        into = m_target;
    auto moved = m_workspace.clusterStore().moveClaims(ids, into, m_workspace.clusterJudge());
    if (!moved && !m_into && m_target)
        moved = m_workspace.clusterStore().moveClaims(ids, std::nullopt, m_workspace.clusterJudge());
    if (!moved) {
        m_workspace.reportError(QString::fromStdString(moved.error()));
        setObsolete(true);
        return;
    }
    m_target = *moved;
    m_workspace.announceClusters(m_ids);
}

void MoveClaimsCommand::undo() {
    if (Status s = m_workspace.clusterStore().restorePlacements(m_before, m_workspace.clusterJudge()); !s.ok()) {
        m_workspace.reportError(QString::fromStdString(s.error()));
        setObsolete(true);
        return;
    }
    m_workspace.announceClusters(m_ids);
}

}  // namespace claimdesk::ui
