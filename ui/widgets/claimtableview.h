#pragma once

// The claim table dock: a status filter, a type filter and a text filter
// over the paged claim table. Its selection is what the Review menu acts on.

#include <optional>

#include <QWidget>

#include "core/domain/analysis.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace claimdesk::ui {

class ClaimStatusFilter;
class ClaimTableModel;
class Workspace;

class ClaimTableView : public QWidget {
    Q_OBJECT
public:
    explicit ClaimTableView(Workspace* workspace, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    ClaimTableModel* model() const { return m_model; }
    ClaimStatusFilter* filter() const { return m_filter; }
    QLineEdit* textFilter() const { return m_text; }
    QComboBox* typeFilter() const { return m_type; }

    // Review actions shown in the table's context menu, with a credibility
    // submenu of the table's own.
    void setReviewActions(const QList<QAction*>& actions);

    QList<qint64> selectedClaims() const;
    qint64 currentClaim() const;
    // Selects a claim's row (clearing the status filter if it hides it);
    // false when the claim is not in the table.
    bool selectClaim(qint64 claimId);
    // Moves to the next (or previous) claim still to review, loading pages
    // as needed; false when there is none.
    bool selectNextUnreviewed(bool forward);

signals:
    // The current claim changed (by the keyboard, the mouse or selectClaim).
    void claimActivated(qint64 claimId, qint64 documentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    static QString typeFilterText(ClaimType type);
    void updateCount();
    void showContextMenu(const QPoint& pos);

    Workspace* m_workspace;
    ClaimTableModel* m_model;
    ClaimStatusFilter* m_filter;
    QComboBox* m_status;
    QComboBox* m_type;
    QLineEdit* m_text;
    QLabel* m_count;
    QTableView* m_table;
    QList<QAction*> m_reviewActions;
};

}  // namespace claimdesk::ui
