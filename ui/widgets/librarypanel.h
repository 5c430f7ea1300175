#pragma once

// The library dock: documents by outlet, and a search box over the
// project's full-text index (documents and claims).

#include <QWidget>

class QLineEdit;
class QListWidget;
class QTreeView;

namespace claimdesk::ui {

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

signals:
    void documentActivated(qint64 documentId, bool beside);
    void claimActivated(qint64 claimId, qint64 documentId);

private:
    void runSearch();
    void contextMenu(const QPoint& pos);

    Workspace* m_workspace;
    DocumentListModel* m_model;
    QLineEdit* m_search;
    QTreeView* m_tree;
    QListWidget* m_results;
};

}  // namespace claimdesk::ui
