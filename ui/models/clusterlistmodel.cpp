#include "ui/models/clusterlistmodel.h"

#include <QBrush>
#include <QMimeData>

#include "ui/edit/workspace.h"
#include "ui/models/roles.h"
#include "ui/models/statuscolors.h"

namespace claimdesk::ui {
namespace {

QList<qint64> claimIds(const QMimeData* data) {
    QList<qint64> ids;
    if (!data || !data->hasFormat(QString::fromLatin1(kClaimIdsMimeType)))
        return ids;
    for (const QByteArray& line : data->data(QString::fromLatin1(kClaimIdsMimeType)).split('\n'))
        if (const qint64 id = line.trimmed().toLongLong(); id > 0)
            ids << id;
    return ids;
}

}  // namespace

ClusterListModel::ClusterListModel(Workspace* workspace, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace) {
    connect(m_workspace, &Workspace::clustersChanged, this, &ClusterListModel::reload);
    connect(m_workspace, &Workspace::documentsChanged, this, &ClusterListModel::reload);
    reload();
}

void ClusterListModel::reload() {
    std::vector<store::ClusterInfo> clusters;
    if (auto all = m_workspace->clusters())
        for (auto& c : *all)
            if (c.members >= 2)
                clusters.push_back(std::move(c));
    // Disagreements first, then the most repeated.
    std::stable_sort(clusters.begin(), clusters.end(), [](const auto& a, const auto& b) {
        if (a.disagreement != b.disagreement)
            return a.disagreement;
        return a.members > b.members;
    });
    beginResetModel();
    m_clusters = std::move(clusters);
    m_titles.clear();
    endResetModel();
}

int ClusterListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_clusters.size());
}

int ClusterListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const store::ClusterInfo* ClusterListModel::clusterAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_clusters.size()) ? &m_clusters[static_cast<std::size_t>(row)] : nullptr;
}

int ClusterListModel::rowOfCluster(qint64 clusterId) const {
    for (std::size_t i = 0; i < m_clusters.size(); ++i)
        if (m_clusters[i].id == clusterId)
            return static_cast<int>(i);
    return -1;
}

QString ClusterListModel::titleOf(qint64 clusterId) const {
    auto it = m_titles.find(clusterId);
    if (it == m_titles.end())
        it = m_titles.emplace(clusterId, m_workspace->clusterTitle(clusterId)).first;
    return it->second;
}

QVariant ClusterListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& c = m_clusters[static_cast<std::size_t>(index.row())];
    if (role == IdRole || role == ClusterIdRole)
        return QVariant::fromValue<qint64>(c.id);
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Title: return titleOf(c.id);
        case Claims: return c.members;
        case Outlets: return c.outletCount;
        case Disagreement:
            return c.disagreement ? tr("Disagrees") : c.dismissed ? tr("Dismissed") : QString();
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines{titleOf(c.id), tr("%n claim(s)", nullptr, c.members) + QStringLiteral(", ") +
                                             tr("%n outlet(s)", nullptr, c.outletCount) + QStringLiteral(", ") +
                                             tr("%n independent source(s)", nullptr, c.independentSources)};
        if (!c.reason.empty())
            lines << (c.dismissed ? tr("Dismissed disagreement: %1") : tr("Disagreement: %1"))
                         .arg(QString::fromStdString(c.reason));
        lines << tr("Drop claims here to move them into this cluster");
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ForegroundRole && column == Disagreement && c.disagreement)
        return QBrush(warningColor(QPalette()));
    return {};
}

QVariant ClusterListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Title: return tr("Cluster");
    case Claims: return tr("Claims");
    case Outlets: return tr("Outlets");
    case Disagreement: return tr("Disagreement");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags ClusterListModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index) | Qt::ItemIsDropEnabled;
    return f;
}

QStringList ClusterListModel::mimeTypes() const { return {QString::fromLatin1(kClaimIdsMimeType)}; }

bool ClusterListModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex&) const {
    return !claimIds(data).isEmpty();
}

bool ClusterListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                    const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = claimIds(data);
    // Onto a cluster: into it. Between rows or below them: a new cluster.
    const auto* target = parent.isValid() ? clusterAt(parent.row()) : nullptr;
    return m_workspace->moveClaimsToCluster(ids, target ? std::optional<qint64>(target->id) : std::nullopt);
}

}  // namespace claimdesk::ui
