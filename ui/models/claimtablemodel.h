#pragma once

// The project's claims as a table, read page by page from the store so a
// project with a hundred thousand claims opens at once. Sorting is done in
// SQL (sort() reloads); edits to status and credibility go through the
// Workspace and the rows follow its claimsChanged signal.

#include <map>
#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QPalette>

#include "core/store/claimrecords.h"

namespace claimdesk::ui {

class Workspace;

class ClaimTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Status,      // the attribution check: unchecked, correct, wrong
        Assessment,  // whether it is true: verdict and credibility
        Speaker,
        ClaimText,
        Kind,
        Type,  // statement, belief, ...; "not made" when negated or declined
        Quantities,
        StatedOn,
        Outlet,
        Cluster,
        Disagreement,
        Credibility,
        Grade,  // the Admiralty code: source reliability and credibility, "B2"
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit ClaimTableModel(Workspace* workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Status takes a ClaimStatus as int (rejecting without a reason);
    // credibility takes 1-6, or 0 / an invalid value for none; assessment
    // takes a verdict label (empty: none).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    // Claims drag out (onto a cluster) as their ids.
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Restricts the table, in the store, to claims of one review status (or
    // all): pages then hold only matching claims, however rare they are.
    void setStatusFilter(std::optional<ClaimStatus> status);
    // Only claims of this type (in the store, across all pages); nullopt: all.
    void setTypeFilter(std::optional<ClaimType> type);
    // Restricts the table, in the store, to claims whose text, speaker or
    // outlet contains `text` (empty: all).
    void setTextFilter(const QString& text);
    // Re-reads the first page.
    void reload();
    // The palette the status colours are chosen for: the view's (paper,
    // black on white, until a view sets its own).
    void setPalette(const QPalette& palette);

    const store::ClaimRow* claimAt(int row) const;
    // The row of a claim among those loaded, loading pages until found;
    // -1 when the claim is not in the table.
    int rowOfClaim(qint64 id);
    qint64 totalCount() const { return m_total; }

    // The attribution check in words: "Unchecked", "Correct", "Wrong".
    static QString statusText(ClaimStatus status);
    // What the Assessment column shows: "corroborated · 2", "credibility 4".
    static QString assessmentText(const store::ClaimRow& claim);
    static QString credibilityText(std::optional<int> credibility);
    static QString reliabilityText(std::optional<char> reliability);
    // The claim's Admiralty code: its speaker's reliability, or its
    // outlet's when the speaker has none, and its credibility ("B2"; a dash
    // for a part not graded; empty when neither is).
    static QString gradeCode(const store::ClaimRow& claim);
    // "statement", "belief"; "statement, negated" for a claim not made.
    static QString typeText(const store::ClaimRow& claim);

    // A claim's review decisions, one a line, for its status tooltip.
    QString historyText(qint64 claimId) const;
    // Its assessments and note, for the assessment tooltip.
    QString assessmentHistoryText(qint64 claimId) const;

private:
    void onClaimsChanged(const QList<qint64>& ids);
    void readVerdictRatings();

    Workspace* m_workspace;
    store::ClaimQuery m_query;
    std::vector<store::ClaimRow> m_rows;
    qint64 m_total = 0;
    bool m_resetting = false;
    QPalette m_palette;
    std::map<QString, std::optional<int>> m_ratings;  // verdict label (folded) -> its rating
};

}  // namespace claimdesk::ui
