#pragma once

// The project's documents grouped by outlet: outlets at the top level,
// their documents beneath by date, each with its claim count and review progress.

#include <optional>
#include <vector>

#include <QAbstractItemModel>

#include "core/store/documentrecords.h"

namespace claimdesk::ui {

class Workspace;

class DocumentListModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Title, Published, Claims, Reviewed, ColumnCount };

    explicit DocumentListModel(Workspace* workspace, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The index of a document's row, invalid when it is not listed.
    QModelIndex indexOfDocument(qint64 documentId) const;
    const store::DocumentSummary* documentAt(const QModelIndex& index) const;
    int documentCount() const;
    // The outlet of an outlet row (empty for a document row) and its source
    // reliability (Admiralty A-F), which the outlet row shows.
    QString outletAt(const QModelIndex& index) const;
    std::optional<char> outletReliability(const QModelIndex& index) const;

    void reload();

private:
    struct Group {
        QString outlet;
        std::vector<store::DocumentSummary> documents;
        std::optional<char> reliability;
    };
    static std::vector<Group> readGroups(Workspace* workspace);
    // Counts change without the list changing shape: update in place.
    void refreshCounts();

    Workspace* m_workspace;
    std::vector<Group> m_groups;
};

}  // namespace claimdesk::ui
