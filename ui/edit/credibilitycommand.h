#pragma once

#include <optional>
#include <vector>

#include <QList>
#include <QUndoCommand>

namespace claimdesk::ui {

class Workspace;

// Grades the information credibility (Admiralty 1-6, or none) of claims.
class CredibilityCommand : public QUndoCommand {
public:
    CredibilityCommand(Workspace& workspace, QList<qint64> ids, std::optional<int> credibility);

    void redo() override;
    void undo() override;

private:
    // Writes one value per claim in one transaction; false on failure.
    bool write(const std::vector<std::optional<int>>& values);

    Workspace& m_workspace;
    QList<qint64> m_ids;
    std::optional<int> m_credibility;
    std::vector<std::optional<int>> m_previous;
    bool m_readPrevious = false;
};

}  // namespace claimdesk::ui
