#pragma once

#include <optional>
#include <vector>

#include <QList>
#include <QUndoCommand>

#include "core/store/clusterrecords.h"

namespace claimdesk::ui {

class Workspace;

// Moves claims into a cluster, or into a new one of their own (a split;
// a merge moves a whole cluster), pinned there so that linking keeps them.
// Undo puts every claim back where it was, pin and all; the clusters they
// touch are judged again each way.
class MoveClaimsCommand : public QUndoCommand {
public:
    MoveClaimsCommand(Workspace& workspace, QList<qint64> ids, std::optional<qint64> into, const QString& text);

    void redo() override;
    void undo() override;
    // The cluster the claims went into (0 before the first redo).
    qint64 cluster() const { return m_target; }

private:
    Workspace& m_workspace;
    QList<qint64> m_ids;
    std::optional<qint64> m_into;
    qint64 m_target = 0;
    std::vector<store::ClaimPlacement> m_before;  // read on the first redo
};

}  // namespace claimdesk::ui
