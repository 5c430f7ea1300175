#pragma once

#include <functional>

#include <QString>
#include <QUndoCommand>

#include "core/domain/result.h"

namespace claimdesk::ui {

class Workspace;

// An edit that is one store call each way, the values captured when the
// Workspace made it: a document's detail, a project text or list, a lane's
// title, a dismissed disagreement. Each way announces what it changed.
class StoreEditCommand : public QUndoCommand {
public:
    using Write = std::function<Status()>;
    StoreEditCommand(Workspace& workspace, const QString& text, Write redo, Write undo, std::function<void()> announce);

    void redo() override;
    void undo() override;

private:
    void run(const Write& write);

    Workspace& m_workspace;
    Write m_redo, m_undo;
    std::function<void()> m_announce;
};

}  // namespace claimdesk::ui
