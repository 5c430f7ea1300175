#pragma once

// The clusters dock: the claim clusters that hold two or more claims,
// disagreements first. Claims dragged from the claim table onto a cluster
// move into it (below the last one: into a new cluster); the context menu
// merges two clusters, renames one, dismisses or restores a disagreement.

#include <QWidget>

class QTableView;

namespace claimdesk::ui {

class ClusterListModel;
class ColumnFit;
class Prompts;
class Workspace;

class ClustersPanel : public QWidget {
    Q_OBJECT
public:
    ClustersPanel(Workspace* workspace, Prompts* prompts, QWidget* parent = nullptr);

    ClusterListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void setPrompts(Prompts* prompts) { m_prompts = prompts; }
    QList<qint64> selectedClusters() const;
    void resetColumns();

    // The menu's commands, for the window and tests.
    bool mergeSelected();
    bool renameCluster(qint64 clusterId);
    bool dismissDisagreement(qint64 clusterId);

signals:
    // A cluster double-clicked: compare its articles.
    void clusterActivated(qint64 clusterId);

private:
    void contextMenu(const QPoint& pos);

    Workspace* m_workspace;
    Prompts* m_prompts;
    ClusterListModel* m_model;
    QTableView* m_table;
    ColumnFit* m_fit = nullptr;
};

}  // namespace claimdesk::ui
