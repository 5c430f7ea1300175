#include "ui/edit/storeeditcommand.h"

#include "ui/edit/workspace.h"

namespace claimdesk::ui {

StoreEditCommand::StoreEditCommand(Workspace& workspace, const QString& text, Write redo, Write undo,
                                   std::function<void()> announce)
    : QUndoCommand(text),
      m_workspace(workspace),
      m_redo(std::move(redo)),
      m_undo(std::move(undo)),
      m_announce(std::move(announce)) {}

void StoreEditCommand::run(const Write& write) {
    if (Status s = write(); !s.ok()) {
        m_workspace.reportError(QString::fromStdString(s.error()));
        setObsolete(true);
        return;
    }
    if (m_announce)
        m_announce();
}

void StoreEditCommand::redo() { run(m_redo); }
void StoreEditCommand::undo() { run(m_undo); }

}  // namespace claimdesk::ui
