#include "ui/widgets/librarypanel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/edit/workspace.h"
#include "ui/models/documentlistmodel.h"
#include "ui/models/roles.h"
#include "ui/models/searchtext.h"
#include "ui/widgets/columnfit.h"
#include "ui/widgets/reliabilitymenu.h"
#include "ui/widgets/richtextdelegate.h"

namespace claimdesk::ui {
namespace {

enum ResultRole { KindRole = Qt::UserRole + 1, HitIdRole, HitDocumentRole };

}  // namespace

LibraryPanel::LibraryPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(new DocumentListModel(workspace, this)),
      m_search(new QLineEdit(this)),
      m_tree(new QTreeView(this)),
      m_results(new QListWidget(this)) {
    m_search->setPlaceholderText(tr("Search documents and claims"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Documents by outlet"));
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setTextElideMode(Qt::ElideRight);
    const int digits = fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 16;
    m_fit = new ColumnFit(m_tree, m_tree->header(), DocumentListModel::Title,
                          {{DocumentListModel::Title, {260, 110}},
                           {DocumentListModel::Published, {digits, digits * 3 / 4}},
                           {DocumentListModel::Claims, {56, 40}},
                           {DocumentListModel::Reviewed, {76, 50}}});
    m_tree->expandAll();
    m_results->setAccessibleName(tr("Search results"));
    m_results->setWordWrap(true);
    m_results->setItemDelegate(new RichTextDelegate(m_results));
    m_results->setUniformItemSizes(false);
    m_results->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_results, 1);

    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_search, &QLineEdit::textChanged, this, &LibraryPanel::runSearch);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const auto* d = m_model->documentAt(index.siblingAtColumn(0)))
            emit documentActivated(d->id, false);
    });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &LibraryPanel::contextMenu);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const qint64 documentId = item->data(HitDocumentRole).toLongLong();
        if (!documentId)
            return;  // "No results"
        const qint64 claimId = item->data(KindRole).toInt() == 1 ? item->data(HitIdRole).toLongLong() : 0;
        emit searchHitActivated(documentId, claimId, searchTerms(m_search->text()));
    });
    // A single click opens a result too: the list is for going there.
    connect(m_results, &QListWidget::itemClicked, m_results, &QListWidget::itemActivated);
}

void LibraryPanel::resetColumns() { m_fit->reset(); }

void LibraryPanel::contextMenu(const QPoint& pos) {
    const QModelIndex at = m_tree->indexAt(pos).siblingAtColumn(0);
    const auto* d = m_model->documentAt(at);
    if (!d && !m_model->outletAt(at).isEmpty()) {
        const QString outlet = m_model->outletAt(at);
        QMenu menu;
        addReliabilityMenu(&menu, m_model->outletReliability(at), [this, outlet](std::optional<char> grade) {
            m_workspace->setOutletReliability(outlet, grade);
        });
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
        return;
    }
    if (!d)
        return;
    const qint64 id = d->id;
    QMenu menu;
    menu.addAction(tr("Open"), this, [this, id] { emit documentActivated(id, false); });
    menu.addAction(tr("Open beside"), this, [this, id] { emit documentActivated(id, true); });
    menu.addSeparator();
    menu.addAction(tr("Edit Details..."), this, [this, id] { emit detailsRequested(id); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void LibraryPanel::runSearch() {
    const QString query = m_search->text().trimmed();
    m_results->clear();
    m_results->setVisible(!query.isEmpty());
    m_tree->setVisible(query.isEmpty());
    if (query.isEmpty())
        return;
    auto hits = m_workspace->search(query);
    if (!hits) {
        // Half-typed FTS syntax ("a AND") is not worth a message box.
        m_results->addItem(tr("No results"));
        return;
    }
    for (const auto& hit : *hits) {
        const bool claim = hit.kind == store::SearchHit::Kind::Claim;
        // "Outlet — Title", then the snippet with the matched words in bold.
        const QString outlet = hit.outlet.empty() ? tr("Unknown outlet") : QString::fromStdString(hit.outlet);
        const QString title = QString::fromStdString(displayTitle(hit.title, hit.title, hit.fileName, 80));
        const QString html = QStringLiteral("<b>%1</b> — %2 <span style=\"color: gray\">(%3)</span><br/>%4")
                                 .arg(outlet.toHtmlEscaped(), title.toHtmlEscaped(),
                                      claim ? tr("claim") : tr("article"), snippetHtml(hit.markedSnippet));
        auto* item = new QListWidgetItem(html);
        item->setData(KindRole, claim ? 1 : 0);
        item->setData(HitIdRole, QVariant::fromValue<qint64>(hit.id));
        item->setData(HitDocumentRole, QVariant::fromValue<qint64>(hit.documentId));
        item->setData(Qt::AccessibleTextRole, outlet + QStringLiteral(" — ") + title);
        item->setToolTip(QString::fromStdString(hit.fileName));
        m_results->addItem(item);
    }
    if (hits->empty())
        m_results->addItem(tr("No results"));
}

}  // namespace claimdesk::ui
