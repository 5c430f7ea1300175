#include "ui/dialogs/listeditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace claimdesk::ui {
namespace {

QComboBox* ratingBox(std::optional<int> rating, QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->addItem(QObject::tr("(rates nothing)"), 0);
    const char* const words[] = {"1 false", "2 mostly false", "3 mixed", "4 mostly true", "5 true"};
    for (int r = 1; r <= 5; ++r)
        box->addItem(QObject::tr(words[r - 1]), r);
    box->setCurrentIndex(rating.value_or(0));
    return box;
}

}  // namespace

ListEditor::ListEditor(const QString& title, const QString& hint, const std::vector<Entry>& entries, bool withRating,
                       QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(0, withRating ? 2 : 1, this)), m_withRating(withRating) {
    setWindowTitle(title);
    setMinimumSize(480, 360);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(hint, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_table->setHorizontalHeaderLabels(withRating ? QStringList{tr("Label"), tr("ClaimReview rating")}
                                                  : QStringList{tr("Reason")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(title);
    for (const auto& e : entries)
        addRow(e);
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    auto* buttons = new QVBoxLayout;
    auto* add = new QPushButton(tr("&Add"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    auto* up = new QPushButton(tr("Move &Up"), this);
    auto* down = new QPushButton(tr("Move &Down"), this);
    for (auto* b : {add, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row, 1);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
}

void ListEditor::addRow(const Entry& entry) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(entry.text));
    if (m_withRating)
        m_table->setCellWidget(row, 1, ratingBox(entry.rating, m_table));
}

void ListEditor::move(int by) {
    const int from = m_table->currentRow(), to = from + by;
    if (from < 0 || to < 0 || to >= m_table->rowCount())
        return;
    std::vector<Entry> all;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        Entry e{m_table->item(r, 0) ? m_table->item(r, 0)->text() : QString(), std::nullopt};
        if (m_withRating)
            if (auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(r, 1)); box && box->currentData().toInt() > 0)
                e.rating = box->currentData().toInt();
        all.push_back(e);
    }
    std::swap(all[static_cast<std::size_t>(from)], all[static_cast<std::size_t>(to)]);
    m_table->setRowCount(0);
    for (const auto& e : all)
        addRow(e);
    m_table->setCurrentCell(to, 0);
}

std::vector<ListEditor::Entry> ListEditor::entries() const {
    std::vector<Entry> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString text = m_table->item(r, 0) ? m_table->item(r, 0)->text().simplified() : QString();
        if (text.isEmpty())
            continue;
        Entry e{text, std::nullopt};
        if (m_withRating)
            if (auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(r, 1)); box && box->currentData().toInt() > 0)
                e.rating = box->currentData().toInt();
        out.push_back(e);
    }
    return out;
}

}  // namespace claimdesk::ui
