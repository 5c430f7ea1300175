#include "ui/widgets/claimtableview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/edit/workspace.h"
#include "ui/models/claimstatusfilter.h"
#include "ui/models/claimtablemodel.h"
#include "ui/models/roles.h"
#include "ui/widgets/columnfit.h"

namespace claimdesk::ui {

ClaimTableView::ClaimTableView(Workspace* workspace, QWidget* parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(new ClaimTableModel(workspace, this)),
      m_filter(new ClaimStatusFilter(this)),
      m_status(new QComboBox(this)),
      m_type(new QComboBox(this)),
      m_text(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_table(new QTableView(this)) {
    m_model->setPalette(palette());
    m_filter->setSourceModel(m_model);
    m_status->addItem(tr("All claims"));
    m_status->addItem(tr("To check"), static_cast<int>(ClaimStatus::Extracted));
    m_status->addItem(tr("Attribution correct"), static_cast<int>(ClaimStatus::Confirmed));
    m_status->addItem(tr("Attribution wrong"), static_cast<int>(ClaimStatus::Rejected));
    m_status->setAccessibleName(tr("Show claims by attribution check"));
    m_type->addItem(tr("All types"));
    for (ClaimType type : {ClaimType::Statement, ClaimType::Denial, ClaimType::Belief, ClaimType::Request,
                           ClaimType::Reference})
        m_type->addItem(typeFilterText(type), static_cast<int>(type));
    m_type->setAccessibleName(tr("Show claims by type"));
    m_count->setAccessibleName(tr("Claim count"));
    m_text->setPlaceholderText(tr("Filter by claim, speaker or outlet"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter claims"));

    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Claims"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    using M = ClaimTableModel;
    m_fit = new ColumnFit(m_table, m_table->horizontalHeader(), M::ClaimText,
                          {{M::Status, {84, 64}}, {M::Assessment, {120, 70}}, {M::Speaker, {150, 70}},
                           {M::ClaimText, {320, 160}}, {M::Kind, {70, 44}}, {M::Type, {90, 50}}, {M::Quantities, {110, 56}},
                           {M::StatedOn, {86, 60}}, {M::Outlet, {130, 60}}, {M::Cluster, {60, 36}},
                           {M::Disagreement, {96, 44}}, {M::Credibility, {120, 50}}, {M::Grade, {54, 40}}});
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &ClaimTableView::showHeaderMenu);
    resetColumns();

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_status);
    bar->addWidget(m_type);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_count, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant data = m_status->currentData();
        const auto status = data.isValid() ? std::optional(static_cast<ClaimStatus>(data.toInt())) : std::nullopt;
        // The store pages only matching claims; the proxy drops a row at
        // once when a review moves it out of the chosen status.
        m_model->setStatusFilter(status);
        m_filter->setStatus(status);
        updateCount();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant data = m_type->currentData();
        m_model->setTypeFilter(data.isValid() ? std::optional(static_cast<ClaimType>(data.toInt())) : std::nullopt);
        updateCount();
    });
    // The store filters across all pages; wait for a pause in the typing.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_text, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] { m_model->setTextFilter(m_text->text()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit claimActivated(current.data(IdRole).toLongLong(), current.data(DocumentIdRole).toLongLong());
            });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ClaimTableView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ClaimTableView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ClaimTableView::updateCount);
    connect(m_workspace, &Workspace::claimsChanged, this, &ClaimTableView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClaimTableView::updateCount);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ClaimTableView::showContextMenu);
    updateCount();
}

void ClaimTableView::resetColumns() {
    // Kind and the cluster's number say little at a glance; credibility is
    // in the Assessment and Grade columns. The header's menu shows them.
    auto* header = m_table->horizontalHeader();
    for (int c = 0; c < ClaimTableModel::ColumnCount; ++c)
        header->setSectionHidden(c, c == ClaimTableModel::Kind || c == ClaimTableModel::Cluster ||
                                        c == ClaimTableModel::Credibility);
    m_fit->reset();
}

void ClaimTableView::showHeaderMenu(const QPoint& pos) {
    QMenu menu;
    auto* header = m_table->horizontalHeader();
    for (int c = 0; c < ClaimTableModel::ColumnCount; ++c) {
        QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(c != ClaimTableModel::ClaimText);
        connect(a, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            m_fit->reset();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Default Columns"), this, &ClaimTableView::resetColumns);
    menu.exec(header->mapToGlobal(pos));
}

QString ClaimTableView::typeFilterText(ClaimType type) {
    switch (type) {
    case ClaimType::Statement: return tr("Statements");
    case ClaimType::Denial: return tr("Denials");
    case ClaimType::Belief: return tr("Beliefs and intentions");
    case ClaimType::Request: return tr("Requests");
    case ClaimType::Reference: return tr("References");
    }
    return {};
}


void ClaimTableView::showContextMenu(const QPoint& pos) {
    const QList<qint64> ids = selectedClaims();
    if (ids.isEmpty() || !m_claimMenu)
        return;
    QMenu menu;
    m_claimMenu(&menu, ids);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

// "1 of 42 shown, 39 to review": the rows the filters leave, of all the
// project's claims, and how many claims of the project are still unchecked.
void ClaimTableView::updateCount() {
    auto all = m_workspace->countClaims({});
    store::ClaimQuery open;
    open.status = ClaimStatus::Extracted;
    auto toReview = m_workspace->countClaims(open);
    const qint64 total = all ? *all : 0;
    // The store counts what its filters match; the status proxy has dropped
    // loaded rows a review just moved out of the chosen status.
    const qint64 shown = m_model->totalCount() - (m_model->rowCount() - m_filter->rowCount());
    const QString text = shown != total ? tr("%1 of %2 shown").arg(shown).arg(total)
                         : total == 1   ? tr("1 claim")
                                        : tr("%1 claims").arg(total);
    m_count->setText(tr("%1, %2 to review").arg(text).arg(toReview ? *toReview : 0));
}

void ClaimTableView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    // Status colours follow the palette (View > Theme). The table itself
    // takes the new palette after this widget, so this one's is read.
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
}

QList<qint64> ClaimTableView::selectedClaims() const {
    QList<qint64> ids;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        ids << row.data(IdRole).toLongLong();
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids << m_table->currentIndex().data(IdRole).toLongLong();
    return ids;
}

qint64 ClaimTableView::currentClaim() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(IdRole).toLongLong() : 0;
}

bool ClaimTableView::selectClaim(qint64 claimId) {
    const int sourceRow = m_model->rowOfClaim(claimId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_status->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    if (index.row() == m_table->currentIndex().row() && m_table->currentIndex().isValid())
        return true;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

bool ClaimTableView::selectNextUnreviewed(bool forward) {
    const int extracted = static_cast<int>(ClaimStatus::Extracted);
    int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : (forward ? -1 : m_filter->rowCount());
    for (;;) {
        row += forward ? 1 : -1;
        if (row < 0)
            return false;
        if (row >= m_filter->rowCount()) {
            if (!forward || !m_filter->canFetchMore({}))
                return false;
            m_filter->fetchMore({});
            row = std::min(row, m_filter->rowCount()) - 1;
            continue;
        }
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(StatusRole).toInt() == extracted) {
            m_table->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return true;
        }
    }
}

}  // namespace claimdesk::ui
