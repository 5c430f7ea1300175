#include "ui/widgets/notespanel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/edit/workspace.h"
#include "ui/models/notesmodel.h"
#include "ui/models/roles.h"
#include "ui/widgets/columnfit.h"

namespace claimdesk::ui {

NotesPanel::NotesPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new NotesModel(workspace, this)), m_documents(new QComboBox(this)),
      m_table(new QTableView(this)) {
    m_documents->setAccessibleName(tr("Notes of document"));
    // Long titles must not widen the dock: the list shows them whole.
    m_documents->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_documents->setMinimumContentsLength(12);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Notes"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_fit = new ColumnFit(m_table, m_table->horizontalHeader(), NotesModel::Note,
                          {{NotesModel::Document, {150, 60}}, {NotesModel::Kind, {60, 40}}, {NotesModel::Quote, {200, 80}},
                           {NotesModel::Note, {220, 80}}, {NotesModel::Author, {90, 50}}, {NotesModel::Time, {110, 60}}});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_documents);
    layout->addWidget(m_table, 1);
    fillDocuments();
    connect(m_workspace, &Workspace::documentsChanged, this, &NotesPanel::fillDocuments);
    connect(m_documents, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant id = m_documents->currentData();
        m_model->setDocumentFilter(id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt);
    });
    auto activate = [this](const QModelIndex& index) {
        if (index.isValid())
            emit annotationActivated(index.data(DocumentIdRole).toLongLong(), index.data(SpanStartRole).toLongLong(),
                                     index.data(SpanEndRole).toLongLong());
    };
    connect(m_table, &QTableView::clicked, this, activate);
    connect(m_table, &QTableView::activated, this, activate);
}

void NotesPanel::resetColumns() { m_fit->reset(); }

void NotesPanel::fillDocuments() {
    const QVariant current = m_documents->currentData();
    const QSignalBlocker quiet(m_documents);
    m_documents->clear();
    m_documents->addItem(tr("All documents"));
    if (auto documents = m_workspace->documents())
        for (const auto& d : *documents) {
            QString label = QString::fromStdString(displayTitle(d.title, d.lead, d.fileName, 60));
            if (!d.outlet.empty())
                label = QString::fromStdString(d.outlet) + QStringLiteral(": ") + label;
            m_documents->addItem(label, QVariant::fromValue<qint64>(d.id));
        }
    const int keep = current.isValid() ? m_documents->findData(current) : 0;
    m_documents->setCurrentIndex(std::max(0, keep));
}

}  // namespace claimdesk::ui
