#pragma once

#include <optional>

#include <QSortFilterProxyModel>

#include "core/domain/analysis.h"

namespace claimdesk::ui {

// Shows the claims of one review status (or all) over a ClaimTableModel.
// Sorting is passed to the source, which sorts in SQL across all pages.
class ClaimStatusFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ClaimStatusFilter(QObject* parent = nullptr);

    void setStatus(std::optional<ClaimStatus> status);
    std::optional<ClaimStatus> status() const { return m_status; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<ClaimStatus> m_status;
};

}  // namespace claimdesk::ui
