#include "ui/models/notesmodel.h"

#include <algorithm>

#include "ui/edit/workspace.h"
#include "ui/models/roles.h"

namespace claimdesk::ui {

NotesModel::NotesModel(Workspace* workspace, QObject* parent) : QAbstractTableModel(parent), m_workspace(workspace) {
    connect(m_workspace, &Workspace::annotationsChanged, this, &NotesModel::reload);
    connect(m_workspace, &Workspace::documentsChanged, this, &NotesModel::reload);
    reload();
}

void NotesModel::setDocumentFilter(std::optional<qint64> documentId) {
    if (documentId == m_filter)
        return;
    m_filter = documentId;
    reload();
}

void NotesModel::reload() {
    std::vector<Row> rows;
    if (auto documents = m_workspace->documents()) {
        for (const auto& d : *documents) {
            if (m_filter && d.id != *m_filter)
                continue;
            auto annotations = m_workspace->annotations(d.id);
            if (!annotations)
                continue;
            const QString title = QString::fromStdString(displayTitle(d.title, d.lead, d.fileName, 60));
            const QString document = d.outlet.empty() ? title : QString::fromStdString(d.outlet) + QStringLiteral(": ") + title;
            for (auto& a : *annotations)
                rows.push_back({std::move(a), document});
        }
    }
    // Newest first: what the analyst just wrote is at the top.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.annotation.createdAt > b.annotation.createdAt;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int NotesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }

int NotesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const store::Annotation* NotesModel::annotationAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)].annotation : nullptr;
}

QVariant NotesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const store::Annotation& a = row.annotation;
    switch (role) {
    case IdRole: return QVariant::fromValue<qint64>(a.id);
    case DocumentIdRole: return QVariant::fromValue<qint64>(a.documentId);
    case SpanStartRole: return QVariant::fromValue<qint64>(a.span.start);
    case SpanEndRole: return QVariant::fromValue<qint64>(a.span.end);
    default: break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Document: return row.document;
    case Kind:
        switch (a.kind) {
        case store::AnnotationKind::Claim: return tr("Claim");
        case store::AnnotationKind::Event: return tr("Event");
        case store::AnnotationKind::Note: break;
        }
        return a.orphaned ? tr("Note (orphaned)") : tr("Note");
    case Quote: return role == Qt::ToolTipRole ? QString::fromStdString(a.exact) : QString::fromStdString(a.exact).simplified();
    case Note: return role == Qt::ToolTipRole ? QString::fromStdString(a.note) : QString::fromStdString(a.note).simplified();
    case Author: return QString::fromStdString(a.author);
    case Time: {
        const QString at = QString::fromStdString(a.modifiedAt.empty() ? a.createdAt : a.modifiedAt);
        return at.size() >= 16 ? at.left(10) + QLatin1Char(' ') + at.mid(11, 5) : at;
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant NotesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Document: return tr("Document");
    case Kind: return tr("Kind");
    case Quote: return tr("Quote");
    case Note: return tr("Note");
    case Author: return tr("Author");
    case Time: return tr("Time");
    case ColumnCount: break;
    }
    return {};
}

}  // namespace claimdesk::ui
