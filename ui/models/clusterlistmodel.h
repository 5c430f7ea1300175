#pragma once

// The project's claim clusters that hold two or more claims: what each is
// about (its lane title, else what its figures count), how many claims and
// outlets it has, and whether they disagree. Claims dropped on a cluster
// (kClaimIdsMimeType, from the claim table) move into it; dropped between
// clusters, into a new one.

#include <map>
#include <vector>

#include <QAbstractTableModel>

#include "core/store/clusterrecords.h"

namespace claimdesk::ui {

class Workspace;

class ClusterListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Claims, Outlets, Disagreement, ColumnCount };

    explicit ClusterListModel(Workspace* workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    const store::ClusterInfo* clusterAt(int row) const;
    int rowOfCluster(qint64 clusterId) const;
    void reload();

private:
    QString titleOf(qint64 clusterId) const;

    Workspace* m_workspace;
    std::vector<store::ClusterInfo> m_clusters;
    mutable std::map<qint64, QString> m_titles;  // read when first shown
};

}  // namespace claimdesk::ui
