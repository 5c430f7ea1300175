#pragma once

// Every note, and every claim and event the analyst made, across the
// project (or one document): what it marks, what it says, who wrote it and
// when; as Hypothesis's sidebar lists a page's annotations.

#include <optional>
#include <vector>

#include <QAbstractTableModel>

#include "core/store/annotationrecords.h"

namespace claimdesk::ui {

class Workspace;

class NotesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Document, Kind, Quote, Note, Author, Time, ColumnCount };

    explicit NotesModel(Workspace* workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Only one document's annotations (nullopt: every document's).
    void setDocumentFilter(std::optional<qint64> documentId);
    std::optional<qint64> documentFilter() const { return m_filter; }
    const store::Annotation* annotationAt(int row) const;
    void reload();

private:
    struct Row {
        store::Annotation annotation;
        QString document;  // its outlet and title
    };

    Workspace* m_workspace;
    std::optional<qint64> m_filter;
    std::vector<Row> m_rows;
};

}  // namespace claimdesk::ui
