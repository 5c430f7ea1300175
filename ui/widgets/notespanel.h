#pragma once

// The notes dock: every note and every claim or event the analyst made,
// with its quote, author and time, newest first; a document filter above;
// clicking a row shows its place in the article.

#include <QWidget>

class QComboBox;
class QTableView;

namespace claimdesk::ui {

class ColumnFit;
class NotesModel;
class Workspace;

class NotesPanel : public QWidget {
    Q_OBJECT
public:
    explicit NotesPanel(Workspace* workspace, QWidget* parent = nullptr);

    NotesModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* documentFilter() const { return m_documents; }
    void resetColumns();

signals:
    // A row was clicked: the annotation's document and span.
    void annotationActivated(qint64 documentId, qint64 spanStart, qint64 spanEnd);

private:
    void fillDocuments();

    Workspace* m_workspace;
    NotesModel* m_model;
    QComboBox* m_documents;
    QTableView* m_table;
    ColumnFit* m_fit = nullptr;
};

}  // namespace claimdesk::ui
