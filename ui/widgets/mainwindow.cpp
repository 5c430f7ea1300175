#include "ui/widgets/mainwindow.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>

#include "core/store/projectstore.h"

namespace claimdesk::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_documents(new QTreeWidget(this)) {
    setWindowTitle(tr("Claimdesk"));
    m_documents->setHeaderLabels({tr("Outlet"), tr("Title"), tr("Published"), tr("Claims")});
    m_documents->setAccessibleName(tr("Documents"));
    m_documents->setRootIsDecorated(false);
    m_documents->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    setCentralWidget(m_documents);
    resize(1100, 700);
}

bool MainWindow::openProject(const QString& path) {
    auto store = store::ProjectStore::open(path.toStdString());
    if (!store) {
        QMessageBox::critical(this, tr("Cannot open project"), QString::fromStdString(store.error()));
        return false;
    }
    auto documents = store->documents();
    if (!documents) {
        QMessageBox::critical(this, tr("Cannot read project"), QString::fromStdString(documents.error()));
        return false;
    }
    m_documents->clear();
    for (const auto& d : *documents) {
        auto* item = new QTreeWidgetItem(m_documents);
        item->setText(0, QString::fromStdString(d.outlet));
        item->setText(1, QString::fromStdString(d.title.empty() ? d.fileName : d.title));
        item->setText(2, QString::fromStdString(d.published.value_or("")));
        item->setText(3, QString::number(d.claimCount));
    }
    setWindowTitle(tr("%1 — Claimdesk").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("%n document(s)", nullptr, static_cast<int>(documents->size())));
    return true;
}

}  // namespace claimdesk::ui
