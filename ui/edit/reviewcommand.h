#pragma once

#include <vector>

#include <QList>
#include <QString>
#include <QUndoCommand>

#include "core/domain/analysis.h"

namespace claimdesk::ui {

class Workspace;

// Sets the status of some claims. Review history is append-only, so undo
// does not erase the decision: it appends a new one restoring each claim's
// previous status, and redo appends the decision again.
class ReviewCommand : public QUndoCommand {
public:
    ReviewCommand(Workspace& workspace, QList<qint64> ids, ClaimStatus status, QString reason);

    void redo() override;
    void undo() override;

private:
    void announce();

    Workspace& m_workspace;
    QList<qint64> m_ids;
    ClaimStatus m_status;
    QString m_reason;
    std::vector<ClaimStatus> m_previous;  // per id, read on the first redo
};

}  // namespace claimdesk::ui
