#include "ui/widgets/speakerpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "ui/dialogs/prompts.h"
#include "ui/edit/workspace.h"
#include "ui/models/roles.h"
#include "ui/models/speakerlistmodel.h"
#include "ui/widgets/reliabilitymenu.h"

namespace claimdesk::ui {

SpeakerPanel::SpeakerPanel(Workspace* workspace, Prompts* prompts, QWidget* parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_prompts(prompts),
      m_model(new SpeakerListModel(workspace, this)),
      m_table(new QTableView(this)),
      m_merge(new QPushButton(tr("Merge"), this)),
      m_split(new QPushButton(tr("Split alias..."), this)) {
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(SortRole);
    m_table->setModel(proxy);
    m_table->setAccessibleName(tr("Speakers"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SpeakerListModel::Claims, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SpeakerListModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SpeakerListModel::Aliases, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SpeakerListModel::Kind, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SpeakerListModel::Claims, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SpeakerListModel::Reliability, QHeaderView::ResizeToContents);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &SpeakerPanel::showContextMenu);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_merge->setToolTip(tr("Merge the selected speakers into the first one selected"));
    m_merge->setAccessibleName(tr("Merge speakers"));
    m_split->setToolTip(tr("Make one of this speaker's aliases a speaker of its own"));
    m_split->setAccessibleName(tr("Split speaker"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_merge);
    buttons->addWidget(m_split);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_merge, &QPushButton::clicked, this, &SpeakerPanel::mergeSelected);
    connect(m_split, &QPushButton::clicked, this, &SpeakerPanel::splitCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SpeakerPanel::updateButtons);
    connect(proxy, &QAbstractItemModel::modelReset, this, &SpeakerPanel::updateButtons);
    updateButtons();
}

void SpeakerPanel::updateButtons() {
    const auto rows = m_table->selectionModel()->selectedRows();
    m_merge->setEnabled(rows.size() >= 2);
    bool hasAlias = false;
    if (rows.size() == 1)
        hasAlias = !rows.first().siblingAtColumn(SpeakerListModel::Aliases).data().toString().isEmpty();
    m_split->setEnabled(hasAlias);
}

void SpeakerPanel::mergeSelected() {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.size() < 2)
        return;
    const qint64 into = rows.first().data(IdRole).toLongLong();
    QList<qint64> from;
    for (int i = 1; i < rows.size(); ++i)
        from << rows[i].data(IdRole).toLongLong();
    // One undo step for the whole merge.
    m_workspace->undoStack()->beginMacro(tr("Merge %n speaker(s)", nullptr, int(from.size())));
    for (qint64 id : from)
        m_workspace->mergeSpeakers(into, id);
    m_workspace->undoStack()->endMacro();
}

void SpeakerPanel::gradeSelected(std::optional<char> grade) {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    // One undo step for all the speakers graded at once.
    m_workspace->undoStack()->beginMacro(tr("Grade %n speaker(s)", nullptr, int(rows.size())));
    for (const QModelIndex& row : rows)
        m_workspace->setSpeakerReliability(row.data(IdRole).toLongLong(), grade);
    m_workspace->undoStack()->endMacro();
}

void SpeakerPanel::showContextMenu(const QPoint& pos) {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QMenu menu;
    const QString current = rows.first().siblingAtColumn(SpeakerListModel::Reliability).data().toString();
    addReliabilityMenu(&menu, current.isEmpty() ? std::nullopt : std::optional<char>(current.at(0).toLatin1()),
                       [this](std::optional<char> grade) { gradeSelected(grade); });
    menu.addSeparator();
    menu.addAction(m_merge->text(), this, &SpeakerPanel::mergeSelected)->setEnabled(m_merge->isEnabled());
    menu.addAction(m_split->text(), this, &SpeakerPanel::splitCurrent)->setEnabled(m_split->isEnabled());
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void SpeakerPanel::splitCurrent() {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const qint64 id = rows.first().data(IdRole).toLongLong();
    const QStringList aliases =
        rows.first().siblingAtColumn(SpeakerListModel::Aliases).data().toString().split(QStringLiteral("; "));
    if (auto alias = m_prompts->chooseAlias(this, aliases))
        m_workspace->splitSpeaker(id, *alias);
}

}  // namespace claimdesk::ui
