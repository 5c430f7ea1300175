#pragma once

#include <QMainWindow>

class QTreeWidget;

namespace claimdesk::ui {

// The workbench window. For now it lists the project's documents; the
// viewer, claim table and timeline dock around it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Opens a project file and shows its documents; false (with a message
    // box) when it cannot be opened.
    bool openProject(const QString& path);

private:
    QTreeWidget* m_documents = nullptr;
};

}  // namespace claimdesk::ui
