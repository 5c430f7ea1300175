#include "ui/edit/credibilitycommand.h"

#include <QCoreApplication>

#include "core/store/database.h"
#include "ui/edit/workspace.h"

namespace claimdesk::ui {

CredibilityCommand::CredibilityCommand(Workspace& workspace, QList<qint64> ids, std::optional<int> credibility)
    : QUndoCommand(QCoreApplication::translate("CredibilityCommand", "Grade credibility of %n claim(s)", nullptr,
                                               int(ids.size()))),
      m_workspace(workspace),
      m_ids(std::move(ids)),
      m_credibility(credibility) {}

bool CredibilityCommand::write(const std::vector<std::optional<int>>& values) {
    auto& store = m_workspace.store();
    store::Transaction tx(store.database());
    Status s = tx.started();
    for (int i = 0; s.ok() && i < m_ids.size(); ++i)
        s = store.setCredibility(m_ids[i], values[static_cast<std::size_t>(i)]);
    if (s.ok())
        s = tx.commit();
    if (!s.ok()) {
        m_workspace.reportError(QString::fromStdString(s.error()));
        setObsolete(true);
        return false;
    }
    m_workspace.announceClaims(m_ids);
    return true;
}

void CredibilityCommand::redo() {
    if (!m_readPrevious) {
        for (qint64 id : m_ids) {
            auto row = m_workspace.store().claim(id);
            if (!row) {
                m_workspace.reportError(QString::fromStdString(row.error()));
                setObsolete(true);
                return;
            }
            m_previous.push_back(row->credibility);
        }
        m_readPrevious = true;
    }
    write(std::vector<std::optional<int>>(static_cast<std::size_t>(m_ids.size()), m_credibility));
}

void CredibilityCommand::undo() { write(m_previous); }

}  // namespace claimdesk::ui
