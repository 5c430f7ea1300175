#include "ui/edit/reviewcommand.h"

#include <algorithm>

#include <QCoreApplication>

#include "core/store/claimstore.h"
#include "ui/edit/workspace.h"

namespace claimdesk::ui {
namespace {

QString describe(ClaimStatus status, qsizetype count) {
    switch (status) {
    case ClaimStatus::Confirmed:
        return QCoreApplication::translate("ReviewCommand", "Mark %n attribution(s) correct", nullptr, int(count));
    case ClaimStatus::Rejected:
        return QCoreApplication::translate("ReviewCommand", "Mark %n attribution(s) wrong", nullptr, int(count));
    case ClaimStatus::Extracted: break;
    }
    return QCoreApplication::translate("ReviewCommand", "Mark %n attribution(s) unchecked", nullptr, int(count));
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
            auto row = m_workspace.claimStore().claim(id);
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
    if (Status s = m_workspace.claimStore().review(decisions, m_workspace.clusterJudge()); !s.ok()) {
        m_workspace.reportError(QString::fromStdString(s.error()));
        setObsolete(true);
        return;
    }
    announce();
}

void ReviewCommand::announce() {
    // A wrong attribution leaves its cluster, and comes back when reversed.
    const bool clusters = m_status == ClaimStatus::Rejected ||
                          std::find(m_previous.begin(), m_previous.end(), ClaimStatus::Rejected) != m_previous.end();
    if (clusters)
        m_workspace.announceClusters(m_ids);
    else
        m_workspace.announceClaims(m_ids);
}

void ReviewCommand::undo() {
    std::vector<store::ReviewDecision> decisions;
    const std::string analyst = m_workspace.analyst().toStdString(), at = m_workspace.now().toStdString();
    for (int i = 0; i < m_ids.size(); ++i)
        decisions.push_back({m_ids[i], m_previous[static_cast<std::size_t>(i)], "undo", analyst, at});
    if (Status s = m_workspace.claimStore().review(decisions, m_workspace.clusterJudge()); !s.ok()) {
        m_workspace.reportError(QString::fromStdString(s.error()));
        setObsolete(true);
        return;
    }
    announce();
}

}  // namespace claimdesk::ui
