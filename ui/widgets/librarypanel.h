#pragma once

// The library dock: documents by outlet, and a search box over the
// project's full-text index (documents and claims). Results name their
// outlet and title with the matched words in bold; opening one shows the
// match in its article.

#include <QWidget>

class QLineEdit;
class QListWidget;
class QTreeView;

namespace claimdesk::ui {

class ColumnFit;
class DocumentListModel;
class Workspace;

class LibraryPanel : public QWidget {
    Q_OBJECT
public:
    explicit LibraryPanel(Workspace* workspace, QWidget* parent = nullptr);

    DocumentListModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    QLineEdit* searchBox() const { return m_search; }
    QListWidget* results() const { return m_results; }
    // The default column widths (View > Reset Layout).
    void resetColumns();

signals:
    void documentActivated(qint64 documentId, bool beside);
    void claimActivated(qint64 claimId, qint64 documentId);
    // A search result opened: its document (and claim, 0 for a document
    // hit) and the query's words, to mark in the article.
    void searchHitActivated(qint64 documentId, qint64 claimId, const QStringList& terms);
    void detailsRequested(qint64 documentId);

private:
    void runSearch();
    void contextMenu(const QPoint& pos);

    Workspace* m_workspace;
    DocumentListModel* m_model;
    QLineEdit* m_search;
    QTreeView* m_tree;
    QListWidget* m_results;
    ColumnFit* m_fit = nullptr;
};

}  // namespace claimdesk::ui
