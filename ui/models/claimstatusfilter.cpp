#include "ui/models/claimstatusfilter.h"

#include "ui/models/roles.h"

namespace claimdesk::ui {

ClaimStatusFilter::ClaimStatusFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void ClaimStatusFilter::setStatus(std::optional<ClaimStatus> status) {
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void ClaimStatusFilter::sort(int column, Qt::SortOrder order) {
    if (sourceModel())
        sourceModel()->sort(column, order);
}

bool ClaimStatusFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!m_status)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(StatusRole).toInt() == static_cast<int>(*m_status);
}

}  // namespace claimdesk::ui
