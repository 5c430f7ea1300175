#pragma once

// The claim table dock: a status filter, a type filter and a text filter
// over the paged claim table, and a count that follows them. Its selection
// is what the Review menu acts on; claims drag from it onto a cluster.

#include <functional>
#include <optional>

#include <QWidget>

#include "core/domain/analysis.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

namespace claimdesk::ui {

class ClaimStatusFilter;
class ClaimTableModel;
class ColumnFit;
class Workspace;

class ClaimTableView : public QWidget {
    Q_OBJECT
public:
    explicit ClaimTableView(Workspace* workspace, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    ClaimTableModel* model() const { return m_model; }
    ClaimStatusFilter* filter() const { return m_filter; }
    QLineEdit* textFilter() const { return m_text; }
    QComboBox* statusFilter() const { return m_status; }
    QLabel* countLabel() const { return m_count; }
    QComboBox* typeFilter() const { return m_type; }

    // Fills the context menu of the selected claims (the window's review,
    // assessment and cluster actions).
    using ClaimMenu = std::function<void(QMenu* menu, const QList<qint64>& ids)>;
    void setClaimMenu(ClaimMenu menu) { m_claimMenu = std::move(menu); }

    QList<qint64> selectedClaims() const;
    qint64 currentClaim() const;
    // Selects a claim's row (clearing the status filter if it hides it);
    // false when the claim is not in the table.
    bool selectClaim(qint64 claimId);
    // Moves to the next (or previous) claim still to review, loading pages
    // as needed; false when there is none.
    bool selectNextUnreviewed(bool forward);
    // The default columns and widths (View > Reset Layout).
    void resetColumns();

signals:
    // The current claim changed (by the keyboard, the mouse or selectClaim).
    void claimActivated(qint64 claimId, qint64 documentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    static QString typeFilterText(ClaimType type);
    void updateCount();
    void showContextMenu(const QPoint& pos);
    void showHeaderMenu(const QPoint& pos);

    Workspace* m_workspace;
    ClaimTableModel* m_model;
    ClaimStatusFilter* m_filter;
    QComboBox* m_status;
    QComboBox* m_type;
    QLineEdit* m_text;
    QLabel* m_count;
    QTableView* m_table;
    ColumnFit* m_fit = nullptr;
    ClaimMenu m_claimMenu;
};

}  // namespace claimdesk::ui
