#include "ui/edit/reviewcommand.h"

#include <QCoreApplication>

#include "ui/edit/workspace.h"

namespace claimdesk::ui {
namespace {

QString describe(ClaimStatus status, qsizetype count) {
    switch (status) {
    case ClaimStatus::Confirmed: return QCoreApplication::translate("ReviewCommand", "Confirm %n claim(s)", nullptr, int(count));
    case ClaimStatus::Rejected: return QCoreApplication::translate("ReviewCommand", "Reject %n claim(s)", nullptr, int(count));
    case ClaimStatus::Extracted: break;
    }
    return QCoreApplication::translate("ReviewCommand", "Reset %n claim(s) to extracted", nullptr, int(count));
}

}  // namespace

ReviewCommand::ReviewCommand(Workspace& workspace, QList<qint64> ids, ClaimStatus status, QString reason)
    : QUndoCommand(describe(status, ids.size())),
      m_workspace(workspace),
      m_ids(std::move(ids)),
      m_status(status),
      m_reason(std::move(reason)) {}

void ReviewCommand::redo() {
    if (m_previous.empty()) {
        for (qint64 id : m_ids) {
            auto row = m_workspace.store().claim(id);
            if (!row) {
                m_workspace.reportError(QString::fromStdString(row.error()));
                setObsolete(true);
                return;
            }
            m_previous.push_back(row->status);
        }
    }
    std::vector<store::ReviewDecision> decisions;
    const std::string analyst = m_workspace.analyst().toStdString(), at = m_workspace.now().toStdString();
    for (qint64 id : m_ids)
        decisions.push_back({id, m_status, m_reason.toStdString(), analyst, at});
    if (Status s = m_workspace.store().review(decisions); !s.ok()) {
        m_workspace.reportError(QString::fromStdString(s.error()));
        setObsolete(true);
        return;
    }
    m_workspace.announceClaims(m_ids);
}

void ReviewCommand::undo() {
    std::vector<store::ReviewDecision> decisions;
    const std::string analyst = m_workspace.analyst().toStdString(), at = m_workspace.now().toStdString();
    for (int i = 0; i < m_ids.size(); ++i)
        decisions.push_back({m_ids[i], m_previous[static_cast<std::size_t>(i)], "undo", analyst, at});
    if (Status s = m_workspace.store().review(decisions); !s.ok()) {
        m_workspace.reportError(QString::fromStdString(s.error()));
        setObsolete(true);
        return;
    }
    m_workspace.announceClaims(m_ids);
}

}  // namespace claimdesk::ui
