#include "ui/widgets/clusterspanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/dialogs/prompts.h"
#include "ui/edit/workspace.h"
#include "ui/models/clusterlistmodel.h"
#include "ui/models/roles.h"
#include "ui/widgets/columnfit.h"

namespace claimdesk::ui {

ClustersPanel::ClustersPanel(Workspace* workspace, Prompts* prompts, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_prompts(prompts), m_model(new ClusterListModel(workspace, this)),
      m_table(new QTableView(this)) {
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Clusters"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::DropOnly);
    m_table->setDragDropOverwriteMode(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_fit = new ColumnFit(m_table, m_table->horizontalHeader(), ClusterListModel::Title,
                          {{ClusterListModel::Title, {260, 120}}, {ClusterListModel::Claims, {56, 40}},
                           {ClusterListModel::Outlets, {60, 40}}, {ClusterListModel::Disagreement, {96, 56}}});
    auto* hint = new QLabel(tr("Drag claims from the table onto a cluster to move them; below the list, into a new one."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ClustersPanel::contextMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit clusterActivated(index.data(ClusterIdRole).toLongLong());
    });
}

void ClustersPanel::resetColumns() { m_fit->reset(); }

QList<qint64> ClustersPanel::selectedClusters() const {
    QList<qint64> ids;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        ids << row.data(ClusterIdRole).toLongLong();
    return ids;
}

bool ClustersPanel::mergeSelected() {
    const QList<qint64> ids = selectedClusters();
    if (ids.size() != 2)
        return false;
    // The larger keeps its id (and its title).
    const auto* a = m_model->clusterAt(m_model->rowOfCluster(ids[0]));
    const auto* b = m_model->clusterAt(m_model->rowOfCluster(ids[1]));
    if (!a || !b)
        return false;
    const bool aLarger = a->members >= b->members;
    return m_workspace->mergeClusters(aLarger ? a->id : b->id, aLarger ? b->id : a->id);
}

bool ClustersPanel::renameCluster(qint64 clusterId) {
    const QString key = QStringLiteral("claim-cluster:%1").arg(clusterId);
    QString current;
    if (auto titles = m_workspace->laneTitles())
        if (auto it = titles->find(key.toStdString()); it != titles->end())
            current = QString::fromStdString(it->second);
    const auto title = m_prompts->laneTitle(this, current.isEmpty() ? m_workspace->clusterTitle(clusterId) : current);
    return title && m_workspace->setLaneTitle(key, *title);
}

bool ClustersPanel::dismissDisagreement(qint64 clusterId) {
    const auto* c = m_model->clusterAt(m_model->rowOfCluster(clusterId));
    if (!c || !c->disagreement)
        return false;
    const auto why = m_prompts->dismissReason(this, QString::fromStdString(c->reason));
    return why && m_workspace->dismissDisagreement(clusterId, *why);
}

void ClustersPanel::contextMenu(const QPoint& pos) {
    const QModelIndex at = m_table->indexAt(pos);
    if (!at.isValid())
        return;
    const qint64 id = at.data(ClusterIdRole).toLongLong();
    const auto* c = m_model->clusterAt(at.row());
    QMenu menu;
    menu.addAction(tr("Compare Articles"), this, [this, id] { emit clusterActivated(id); });
    menu.addAction(tr("Rename..."), this, [this, id] { renameCluster(id); });
    QAction* merge = menu.addAction(tr("Merge the Two Selected Clusters"), this, &ClustersPanel::mergeSelected);
    merge->setEnabled(selectedClusters().size() == 2);
    menu.addSeparator();
    if (c && c->disagreement)
        menu.addAction(tr("Not a Disagreement..."), this, [this, id] { dismissDisagreement(id); });
    if (c && c->dismissed)
        menu.addAction(tr("Restore the Disagreement"), this, [this, id] { m_workspace->restoreDisagreement(id); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

}  // namespace claimdesk::ui
