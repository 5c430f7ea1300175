#include "ui/models/documentlistmodel.h"

#include <algorithm>
#include <map>

#include <QFont>

#include "ui/edit/workspace.h"
#include "ui/models/claimtablemodel.h"
#include "ui/models/roles.h"

namespace claimdesk::ui {
namespace {

// Top-level rows (outlets) have internal id 0; a document row carries its
// outlet's row + 1.
constexpr quintptr kOutletNode = 0;

}  // namespace

DocumentListModel::DocumentListModel(Workspace* workspace, QObject* parent)
    : QAbstractItemModel(parent), m_workspace(workspace) {
    connect(m_workspace, &Workspace::documentsChanged, this, &DocumentListModel::reload);
    connect(m_workspace, &Workspace::claimsChanged, this, &DocumentListModel::refreshCounts);
    connect(m_workspace, &Workspace::reliabilityChanged, this, &DocumentListModel::refreshCounts);
    m_groups = readGroups(m_workspace);
}

std::vector<DocumentListModel::Group> DocumentListModel::readGroups(Workspace* workspace) {
    auto documents = workspace->documents();
    std::map<QString, std::vector<store::DocumentSummary>> byOutlet;
    if (documents)
        for (auto& d : *documents)
            byOutlet[QString::fromStdString(d.outlet)].push_back(std::move(d));
    std::map<QString, std::optional<char>> grades;
    if (auto outlets = workspace->outlets())
        for (const auto& o : *outlets)
            grades[QString::fromStdString(o.name)] = o.reliability;
    std::vector<Group> groups;
    for (auto& [outlet, docs] : byOutlet) {
        // Within an outlet, by date (undated last), then by title.
        std::stable_sort(docs.begin(), docs.end(), [](const auto& a, const auto& b) {
            if (a.published.has_value() != b.published.has_value())
                return a.published.has_value();
            if (a.published != b.published)
                return a.published < b.published;
            return a.title < b.title;
        });
        groups.push_back({outlet, std::move(docs), grades[outlet]});
    }
    return groups;
}

void DocumentListModel::reload() {
    beginResetModel();
    m_groups = readGroups(m_workspace);
    endResetModel();
}

void DocumentListModel::refreshCounts() {
    auto fresh = readGroups(m_workspace);
    bool sameShape = fresh.size() == m_groups.size();
    for (std::size_t g = 0; sameShape && g < fresh.size(); ++g) {
        sameShape = fresh[g].documents.size() == m_groups[g].documents.size();
        for (std::size_t i = 0; sameShape && i < fresh[g].documents.size(); ++i)
            sameShape = fresh[g].documents[i].id == m_groups[g].documents[i].id;
    }
    if (!sameShape) {
        beginResetModel();
        m_groups = std::move(fresh);
        endResetModel();
        return;
    }
    m_groups = std::move(fresh);
    for (int g = 0; g < static_cast<int>(m_groups.size()); ++g) {
        emit dataChanged(index(g, Title), index(g, Reviewed));
        const QModelIndex outlet = index(g, 0);
        const int n = rowCount(outlet);
        if (n > 0)
            emit dataChanged(index(0, Claims, outlet), index(n - 1, Reviewed, outlet));
    }
}

QModelIndex DocumentListModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kOutletNode);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex DocumentListModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kOutletNode)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kOutletNode);
}

int DocumentListModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() != kOutletNode || parent.column() != 0)
        return 0;
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].documents.size());
}

int DocumentListModel::columnCount(const QModelIndex&) const { return ColumnCount; }

const store::DocumentSummary* DocumentListModel::documentAt(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this || index.internalId() == kOutletNode)
        return nullptr;
    const auto& group = m_groups[static_cast<std::size_t>(index.internalId() - 1)];
    return &group.documents[static_cast<std::size_t>(index.row())];
}

int DocumentListModel::documentCount() const {
    int n = 0;
    for (const auto& g : m_groups)
        n += static_cast<int>(g.documents.size());
    return n;
}

QString DocumentListModel::outletAt(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this || index.internalId() != kOutletNode)
        return {};
    return m_groups[static_cast<std::size_t>(index.row())].outlet;
}

std::optional<char> DocumentListModel::outletReliability(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this || index.internalId() != kOutletNode)
        return std::nullopt;
    return m_groups[static_cast<std::size_t>(index.row())].reliability;
}

QModelIndex DocumentListModel::indexOfDocument(qint64 documentId) const {
    for (int g = 0; g < static_cast<int>(m_groups.size()); ++g) {
        const auto& docs = m_groups[static_cast<std::size_t>(g)].documents;
        for (int i = 0; i < static_cast<int>(docs.size()); ++i)
            if (docs[static_cast<std::size_t>(i)].id == documentId)
                return index(i, 0, index(g, 0));
    }
    return {};
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const auto* d = documentAt(index)) {
        switch (role) {
        case IdRole:
        case DocumentIdRole: return QVariant::fromValue<qint64>(d->id);
        case Qt::DisplayRole:
            switch (index.column()) {
            case Title: return QString::fromStdString(displayTitle(d->title, d->lead, d->fileName));
            case Published: return QString::fromStdString(d->published.value_or(""));
            case Claims: return QVariant::fromValue<qint64>(d->claimCount);
            case Reviewed:
                return d->claimCount == 0 ? QString() : tr("%1 of %2").arg(d->reviewedCount).arg(d->claimCount);
            }
            return {};
        case SortRole:
            switch (index.column()) {
            case Title: return QString::fromStdString(displayTitle(d->title, d->lead, d->fileName));
            case Published: return QString::fromStdString(d->published.value_or(""));
            case Claims: return QVariant::fromValue<qint64>(d->claimCount);
            case Reviewed: return d->claimCount ? double(d->reviewedCount) / double(d->claimCount) : 0.0;
            }
            return {};
        case Qt::ToolTipRole: {
            // The whole title (a narrow column cuts it), where it came from
            // and the file it was read from.
            QStringList lines{QString::fromStdString(displayTitle(d->title, d->lead, d->fileName, 400))};
            if (d->title.empty())
                lines << tr("No title was found: these are the article's first words (right-click to give one)");
            lines << tr("Published: %1").arg(d->published ? QString::fromStdString(*d->published) : tr("unknown"));
            lines << tr("%1 claims, %2 checked").arg(d->claimCount).arg(d->reviewedCount);
            lines << QString::fromStdString(d->fileName);
            return lines.join(QLatin1Char('\n'));
        }
        default: return {};
        }
    }
    const Group& g = m_groups[static_cast<std::size_t>(index.row())];
    qint64 claims = 0, reviewed = 0;
    for (const auto& d : g.documents) {
        claims += d.claimCount;
        reviewed += d.reviewedCount;
    }
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Title: {
            QString title = QStringLiteral("%1 (%2)")
                                .arg(g.outlet.isEmpty() ? tr("Unknown outlet") : g.outlet)
                                .arg(g.documents.size());
            if (g.reliability)
                title += QStringLiteral(" · %1").arg(QLatin1Char(*g.reliability));
            return title;
        }
        case Published: return {};
        case Claims: return QVariant::fromValue<qint64>(claims);
        case Reviewed: return claims == 0 ? QString() : tr("%1 of %2").arg(reviewed).arg(claims);
        }
        return {};
    case Qt::ToolTipRole: {
        const QString count = (g.outlet.isEmpty() ? tr("Unknown outlet") : g.outlet) + QLatin1Char('\n') +
                              tr("%n document(s)", nullptr, static_cast<int>(g.documents.size())) +
                              QLatin1Char('\n') + tr("%1 claims, %2 checked").arg(claims).arg(reviewed);
        return g.reliability ? count + QLatin1Char('\n') + ClaimTableModel::reliabilityText(g.reliability)
                             : count + QLatin1Char('\n') + tr("Source reliability not graded (right-click to grade)");
    }
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    default: return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Document");
    case Published: return tr("Published");
    case Claims: return tr("Claims");
    case Reviewed: return tr("Checked");
    }
    return {};
}

}  // namespace claimdesk::ui
