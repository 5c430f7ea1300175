#pragma once

#include <optional>
#include <vector>

#include <QList>
#include <QString>
#include <QUndoCommand>

#include "core/store/graderecords.h"

namespace claimdesk::ui {

class Workspace;

// What an assessment edit changes: each part given is set on every claim,
// the others stay as each claim has them (a verdict given to several
// claims keeps each one's credibility and note).
struct AssessmentChange {
    std::optional<std::optional<int>> credibility;  // Admiralty 1-6, or none
    std::optional<QString> verdict;                 // empty: none
    std::optional<QString> note;
};

// Sets the assessment of some claims. The assessment history is
// append-only: undo appends each claim's previous assessment again, redo
// the new one.
class AssessCommand : public QUndoCommand {
public:
    AssessCommand(Workspace& workspace, QList<qint64> ids, AssessmentChange change);

    void redo() override;
    void undo() override;

private:
    bool write(const std::vector<store::Assessment>& assessments);

    Workspace& m_workspace;
    QList<qint64> m_ids;
    AssessmentChange m_change;
    std::vector<store::Assessment> m_previous, m_next;  // per id, read on the first redo
};

}  // namespace claimdesk::ui
