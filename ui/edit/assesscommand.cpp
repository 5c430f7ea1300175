#include "ui/edit/assesscommand.h"

#include <QCoreApplication>

#include "core/store/gradestore.h"
#include "ui/edit/workspace.h"

namespace claimdesk::ui {

AssessCommand::AssessCommand(Workspace& workspace, QList<qint64> ids, AssessmentChange change)
    : QUndoCommand(QCoreApplication::translate("AssessCommand", "Assess %n claim(s)", nullptr, int(ids.size()))),
      m_workspace(workspace),
      m_ids(std::move(ids)),
      m_change(std::move(change)) {}

bool AssessCommand::write(const std::vector<store::Assessment>& assessments) {
    std::vector<store::AssessmentRecord> records;
    const std::string analyst = m_workspace.analyst().toStdString(), at = m_workspace.now().toStdString();
    for (int i = 0; i < m_ids.size(); ++i)
        records.push_back({m_ids[i], assessments[static_cast<std::size_t>(i)], analyst, at});
    if (Status s = m_workspace.gradeStore().assess(records); !s.ok()) {
        m_workspace.reportError(QString::fromStdString(s.error()));
        setObsolete(true);
        return false;
    }
    m_workspace.announceClaims(m_ids);
    return true;
}

void AssessCommand::redo() {
    if (m_previous.empty()) {
        for (qint64 id : m_ids) {
            auto current = m_workspace.gradeStore().assessment(id);
            if (!current) {
                m_workspace.reportError(QString::fromStdString(current.error()));
                setObsolete(true);
                return;
            }
            store::Assessment next = *current;
            if (m_change.credibility)
                next.credibility = *m_change.credibility;
            if (m_change.verdict)
                next.verdict = m_change.verdict->toStdString();
            if (m_change.note)
                next.note = m_change.note->toStdString();
            m_previous.push_back(*current);
            m_next.push_back(next);
        }
    }
    write(m_next);
}

void AssessCommand::undo() { write(m_previous); }

}  // namespace claimdesk::ui
