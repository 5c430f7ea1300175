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
    m_status->addItem(tr("To review"), static_cast<int>(ClaimStatus::Extracted));
    m_status->addItem(tr("Confirmed"), static_cast<int>(ClaimStatus::Confirmed));
    m_status->addItem(tr("Rejected"), static_cast<int>(ClaimStatus::Rejected));
    m_status->setAccessibleName(tr("Show claims by status"));
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
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(ClaimTableModel::ClaimText, QHeaderView::Stretch);
    header->resizeSection(ClaimTableModel::Status, 90);
    header->resizeSection(ClaimTableModel::Speaker, 150);
    header->resizeSection(ClaimTableModel::Kind, 70);
    header->resizeSection(ClaimTableModel::Type, 90);
    header->resizeSection(ClaimTableModel::Quantities, 110);
    header->resizeSection(ClaimTableModel::StatedOn, 90);
    header->resizeSection(ClaimTableModel::Outlet, 130);
    header->resizeSection(ClaimTableModel::Credibility, 120);
    header->resizeSection(ClaimTableModel::Grade, 56);

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
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ClaimTableView::showContextMenu);
    updateCount();
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

void ClaimTableView::setReviewActions(const QList<QAction*>& actions) { m_reviewActions = actions; }

void ClaimTableView::showContextMenu(const QPoint& pos) {
    const QList<qint64> ids = selectedClaims();
    if (ids.isEmpty())
        return;
    QMenu menu;
    menu.addActions(m_reviewActions);
    QMenu* grade = menu.addMenu(tr("Credibility"));
    for (int g = 1; g <= 6; ++g)
        grade->addAction(ClaimTableModel::credibilityText(g), this, [this, ids, g] { m_workspace->setCredibility(ids, g); });
    grade->addSeparator();
    grade->addAction(tr("Not graded"), this, [this, ids] { m_workspace->setCredibility(ids, std::nullopt); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ClaimTableView::updateCount() {
    auto all = m_workspace->countClaims({});
    store::ClaimQuery open;
    open.status = ClaimStatus::Extracted;
    auto toReview = m_workspace->countClaims(open);
    m_count->setText(tr("%1 claims, %2 to review").arg(all ? *all : 0).arg(toReview ? *toReview : 0));
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
