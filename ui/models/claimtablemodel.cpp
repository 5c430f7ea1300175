#include "ui/models/claimtablemodel.h"

#include <algorithm>

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QMimeData>

#include "ui/edit/workspace.h"
#include "ui/models/roles.h"
#include "ui/models/statuscolors.h"

namespace claimdesk::ui {

ClaimTableModel::ClaimTableModel(Workspace* workspace, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_palette(paperPalette()) {
    m_query.limit = kPageSize;
    connect(m_workspace, &Workspace::claimsChanged, this, &ClaimTableModel::onClaimsChanged);
    connect(m_workspace, &Workspace::documentsChanged, this, &ClaimTableModel::reload);
    connect(m_workspace, &Workspace::reliabilityChanged, this, &ClaimTableModel::reload);
    connect(m_workspace, &Workspace::projectSettingsChanged, this, [this] {
        readVerdictRatings();
        if (!m_rows.empty())
            emit dataChanged(index(0, Assessment), index(rowCount() - 1, Assessment));
    });
    readVerdictRatings();
    reload();
}

void ClaimTableModel::readVerdictRatings() {
    m_ratings.clear();
    if (auto labels = m_workspace->verdictLabels())
        for (const auto& l : *labels)
            m_ratings[QString::fromStdString(l.name).toCaseFolded()] = l.rating;
}

void ClaimTableModel::setPalette(const QPalette& palette) {
    m_palette = palette;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::BackgroundRole, Qt::ForegroundRole});
}

QString ClaimTableModel::statusText(ClaimStatus status) {
    switch (status) {
    case ClaimStatus::Confirmed: return tr("Correct");
    case ClaimStatus::Rejected: return tr("Wrong");
    case ClaimStatus::Extracted: break;
    }
    return tr("Unchecked");
}

QString ClaimTableModel::assessmentText(const store::ClaimRow& c) {
    if (c.verdict.empty())
        return c.credibility ? tr("credibility %1").arg(*c.credibility) : QString();
    const QString verdict = QString::fromStdString(c.verdict);
    return c.credibility ? QStringLiteral("%1 · %2").arg(verdict).arg(*c.credibility) : verdict;
}

QString ClaimTableModel::credibilityText(std::optional<int> credibility) {
    // The Admiralty scale's information credibility.
    static const char* const names[] = {
        QT_TR_NOOP("Confirmed by other sources"), QT_TR_NOOP("Probably true"), QT_TR_NOOP("Possibly true"),
        QT_TR_NOOP("Doubtful"), QT_TR_NOOP("Improbable"), QT_TR_NOOP("Cannot be judged")};
    if (!credibility || *credibility < 1 || *credibility > 6)
        return {};
    return QStringLiteral("%1 %2").arg(*credibility).arg(tr(names[*credibility - 1]));
}

QString ClaimTableModel::reliabilityText(std::optional<char> reliability) {
    // The Admiralty scale's source reliability.
    static const char* const names[] = {QT_TR_NOOP("Completely reliable"), QT_TR_NOOP("Usually reliable"),
                                        QT_TR_NOOP("Fairly reliable"),     QT_TR_NOOP("Not usually reliable"),
                                        QT_TR_NOOP("Unreliable"),          QT_TR_NOOP("Reliability cannot be judged")};
    if (!reliability || *reliability < 'A' || *reliability > 'F')
        return {};
    return QStringLiteral("%1 %2").arg(QLatin1Char(*reliability)).arg(tr(names[*reliability - 'A']));
}

QString ClaimTableModel::typeText(const store::ClaimRow& c) {
    const QString type = QString::fromLatin1(claimTypeName(c.type));
    if (c.polarity == Polarity::Affirmed)
        return type;
    // Not a claim of its content: "has not confirmed", "declined to comment".
    return tr("%1, %2").arg(type, QString::fromLatin1(polarityName(c.polarity)));
}

QString ClaimTableModel::gradeCode(const store::ClaimRow& c) {
    const auto source = c.speakerReliability ? c.speakerReliability : c.outletReliability;
    if (!source && !c.credibility)
        return {};
    const QChar dash(0x2013);
    return (source ? QChar(QLatin1Char(*source)) : dash) + (c.credibility ? QString::number(*c.credibility) : QString(dash));
}

void ClaimTableModel::reload() {
    // Views ask for more while modelReset is still being delivered; rows
    // inserted then would nest one change inside another.
    m_resetting = true;
    beginResetModel();
    m_query.offset = 0;
    auto total = m_workspace->countClaims(m_query);
    m_total = total ? *total : 0;
    auto rows = m_workspace->claims(m_query);
    m_rows = rows ? std::move(*rows) : std::vector<store::ClaimRow>{};
    endResetModel();
    m_resetting = false;
}

void ClaimTableModel::setStatusFilter(std::optional<ClaimStatus> status) {
    if (status == m_query.status)
        return;
    m_query.status = status;
    reload();
}

void ClaimTableModel::setTypeFilter(std::optional<ClaimType> type) {
    if (type == m_query.type)
        return;
    m_query.type = type;
    reload();
}

void ClaimTableModel::setTextFilter(const QString& text) {
    const std::string wanted = text.trimmed().toStdString();
    if (wanted == m_query.text)
        return;
    m_query.text = wanted;
    reload();
}

int ClaimTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClaimTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const store::ClaimRow* ClaimTableModel::claimAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

QVariant ClaimTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::ClaimRow& c = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole: return QVariant::fromValue<qint64>(c.id);
    case DocumentIdRole: return QVariant::fromValue<qint64>(c.documentId);
    case StatusRole: return static_cast<int>(c.status);
    case SpanStartRole: return QVariant::fromValue<qint64>(c.contentSpan.start);
    case SpanEndRole: return QVariant::fromValue<qint64>(c.contentSpan.end);
    case VerdictRole: return QString::fromStdString(c.verdict);
    case ClusterIdRole: return QVariant::fromValue<qint64>(c.clusterId.value_or(0));
    default: break;
    }
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Status: return statusText(c.status);
        case Assessment: return assessmentText(c);
        case Speaker: return c.speakerName.empty() ? tr("(unattributed)") : QString::fromStdString(c.speakerName);
        case ClaimText: return QString::fromStdString(c.content).simplified();
        case Kind: return QString::fromLatin1(claimKindName(c.kind));
        case Type: return typeText(c);
        case Quantities: return QString::fromStdString(c.quantities);
        case StatedOn: return QString::fromStdString(c.statedOn.value_or(""));
        case Outlet: return QString::fromStdString(c.outlet);
        // A cluster only means something when another article says it too.
        case Cluster: return c.clusterId && c.clusterDocuments >= 2 ? QString::number(*c.clusterId) : QString();
        case Disagreement: return c.disagreement ? tr("Disagrees") : QString();
        case Credibility: return credibilityText(c.credibility);
        case Grade: return gradeCode(c);
        case ColumnCount: break;
        }
        return {};
    }
    if (role == SortRole || role == Qt::EditRole) {
        switch (column) {
        case Status: return static_cast<int>(c.status);
        case Assessment: return QString::fromStdString(c.verdict);
        case Speaker: return QString::fromStdString(c.speakerName);
        case ClaimText: return QString::fromStdString(c.content);
        case Kind: return static_cast<int>(c.kind);
        case Type: return static_cast<int>(c.type);
        case Quantities: return QString::fromStdString(c.quantities);
        case StatedOn: return QString::fromStdString(c.statedOn.value_or(""));
        case Outlet: return QString::fromStdString(c.outlet);
        case Cluster:
            return QVariant::fromValue<qint64>(c.clusterId && c.clusterDocuments >= 2 ? *c.clusterId : 0);
        case Disagreement: return c.disagreement ? 1 : 0;
        case Credibility: return c.credibility.value_or(0);
        case Grade: {
            // Ungraded parts sort first, as in the store.
            const auto source = c.speakerReliability ? c.speakerReliability : c.outletReliability;
            return (source ? QString(QLatin1Char(*source)) : QString()) +
                   (c.credibility ? QString::number(*c.credibility) : QString());
        }
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::FontRole && column == ClaimText && c.origin == Origin::Analyst) {
        // The analyst's own claims stand out from what extraction found.
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role == Qt::BackgroundRole && column == Status)
        return QBrush(statusColor(c.status, m_palette));
    if (role == Qt::BackgroundRole && column == Assessment && !c.verdict.empty()) {
        const auto rating = m_ratings.find(QString::fromStdString(c.verdict).toCaseFolded());
        return QBrush(verdictColor(rating != m_ratings.end() ? rating->second : std::nullopt, m_palette));
    }
    if (role == Qt::ToolTipRole && column == Assessment)
        return assessmentHistoryText(c.id);
    if (role == Qt::ToolTipRole && column == ClaimText) {
        QString tip = QString::fromStdString(c.content);
        if (!c.cue.empty())
            tip += QStringLiteral("\n— ") + QString::fromStdString(c.cue);
        if (c.origin == Origin::Analyst)
            tip += QStringLiteral("\n") + tr("Added by an analyst");
        return tip;
    }
    if (role == Qt::ToolTipRole && column == Quantities && !c.figureFrames.empty())
        return QString::fromStdString(c.figureFrames);
    if (role == Qt::ForegroundRole && column == Type && c.polarity != Polarity::Affirmed)
        return QBrush(m_palette.color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::ForegroundRole && column == Disagreement && c.disagreement)
        return QBrush(warningColor(m_palette));
    if (role == Qt::ToolTipRole && column == Disagreement && c.disagreement)
        return QString::fromStdString(c.disagreementReason);
    if (role == Qt::AccessibleTextRole && column == Status)
        return statusText(c.status);
    if (role == Qt::ToolTipRole && column == Status)
        return historyText(c.id);
    // Narrow columns cut their text: the tooltip gives it whole.
    if (role == Qt::ToolTipRole && (column == Speaker || column == Outlet || column == Quantities || column == StatedOn ||
                                    column == Kind || column == Type || column == Cluster || column == Credibility))
        return data(index, Qt::DisplayRole);
    if (role == Qt::ToolTipRole && column == Grade && !gradeCode(c).isEmpty()) {
        QStringList lines;
        if (c.speakerReliability)
            lines << tr("Speaker: %1").arg(reliabilityText(c.speakerReliability));
        else if (c.outletReliability)
            lines << tr("Outlet: %1").arg(reliabilityText(c.outletReliability));
        if (c.credibility)
            lines << tr("Information: %1").arg(credibilityText(c.credibility));
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Status: return tr("Attribution");
    case Assessment: return tr("Assessment");
    case Speaker: return tr("Speaker");
    case ClaimText: return tr("Claim");
    case Kind: return tr("Kind");
    case Type: return tr("Type");
    case Quantities: return tr("Figures");
    case StatedOn: return tr("Said on");
    case Outlet: return tr("Outlet");
    case Cluster: return tr("Cluster");
    case Disagreement: return tr("Disagreement");
    case Credibility: return tr("Credibility");
    case Grade: return tr("Grade");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags ClaimTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Status || index.column() == Credibility || index.column() == Assessment))
        f |= Qt::ItemIsEditable;
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

bool ClaimTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const qint64 id = m_rows[static_cast<std::size_t>(index.row())].id;
    if (index.column() == Status) {
        bool ok = false;
        const int status = value.toInt(&ok);
        if (!ok)
            return false;
        switch (static_cast<ClaimStatus>(status)) {
        case ClaimStatus::Confirmed: return m_workspace->confirmClaims({id});
        case ClaimStatus::Rejected: return m_workspace->rejectClaims({id}, {});
        case ClaimStatus::Extracted: return m_workspace->resetClaims({id});
        }
        return false;
    }
    if (index.column() == Assessment)
        return m_workspace->setVerdict({id}, value.toString().trimmed());
    if (index.column() == Credibility) {
        bool ok = false;
        const int grade = value.toInt(&ok);
        if (ok && (grade < 0 || grade > 6))
            return false;
        return m_workspace->setCredibility({id}, ok && grade > 0 ? std::optional<int>(grade) : std::nullopt);
    }
    return false;
}

QString ClaimTableModel::historyText(qint64 claimId) const {
    auto history = m_workspace->reviewHistory(claimId);
    if (!history || history->empty())
        return tr("Attribution not checked yet");
    QStringList lines{tr("Attribution checks:")};
    for (const auto& d : *history) {
        QString line = tr("%1 %2 by %3").arg(QString::fromStdString(d.at), statusText(d.status),
                                            QString::fromStdString(d.analyst));
        if (!d.reason.empty())
            line += QStringLiteral(": ") + QString::fromStdString(d.reason);
        if (!d.applied)
            line += tr(" (imported; not applied: this project's decision stands)");
        else if (d.imported)
            line += tr(" (imported)");
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString ClaimTableModel::assessmentHistoryText(qint64 claimId) const {
    auto history = m_workspace->assessmentHistory(claimId);
    if (!history || history->empty())
        return tr("Not assessed: whether it is true is not judged yet");
    QStringList lines{tr("Assessments:")};
    for (const auto& r : *history) {
        QStringList parts;
        if (!r.assessment.verdict.empty())
            parts << QString::fromStdString(r.assessment.verdict);
        if (r.assessment.credibility)
            parts << credibilityText(r.assessment.credibility);
        if (parts.isEmpty())
            parts << tr("cleared");
        QString line = tr("%1 %2 by %3").arg(QString::fromStdString(r.at), parts.join(QStringLiteral(", ")),
                                             QString::fromStdString(r.analyst));
        if (!r.assessment.note.empty())
            line += QStringLiteral(": ") + QString::fromStdString(r.assessment.note);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList ClaimTableModel::mimeTypes() const { return {QString::fromLatin1(kClaimIdsMimeType)}; }

QMimeData* ClaimTableModel::mimeData(const QModelIndexList& indexes) const {
    QStringList ids;
    for (const QModelIndex& i : indexes) {
        const QString id = QString::number(i.data(IdRole).toLongLong());
        if (i.isValid() && !ids.contains(id))
            ids << id;
    }
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kClaimIdsMimeType), ids.join(QLatin1Char('\n')).toLatin1());
    return mime;
}

bool ClaimTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_resetting && static_cast<qint64>(m_rows.size()) < m_total;
}

void ClaimTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    // Keyset paging: the next page continues after the last row loaded,
    // which costs the store a seek, however deep the table is.
    store::ClaimQuery page = m_query;
    page.after = m_rows.empty() ? std::nullopt : std::optional<std::int64_t>(m_rows.back().id);
    auto rows = m_workspace->claims(page);
    if (!rows || rows->empty()) {
        m_total = static_cast<qint64>(m_rows.size());  // the store has fewer than it counted
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows->size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows->begin()), std::make_move_iterator(rows->end()));
    endInsertRows();
}

void ClaimTableModel::sort(int column, Qt::SortOrder order) {
    using Order = store::ClaimQuery::Order;
    switch (static_cast<Column>(column)) {
    case Status: m_query.order = Order::Status; break;
    case Assessment: m_query.order = Order::Verdict; break;
    case Speaker: m_query.order = Order::Speaker; break;
    case StatedOn: m_query.order = Order::StatedOn; break;
    case Outlet: m_query.order = Order::Outlet; break;
    case Cluster: m_query.order = Order::Cluster; break;
    case ClaimText: m_query.order = Order::Content; break;
    case Kind: m_query.order = Order::Kind; break;
    case Type: m_query.order = Order::Type; break;
    case Quantities: m_query.order = Order::Quantities; break;
    case Disagreement: m_query.order = Order::Disagreement; break;
    case Credibility: m_query.order = Order::Credibility; break;
    case Grade: m_query.order = Order::Grade; break;
    default: m_query.order = Order::Document; break;
    }
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

int ClaimTableModel::rowOfClaim(qint64 id) {
    for (;;) {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].id == id)
                return static_cast<int>(i);
        if (!canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

void ClaimTableModel::onClaimsChanged(const QList<qint64>& ids) {
    // An empty list, or a claim that is new or gone, changes the rows
    // themselves; otherwise only the loaded rows of those claims change.
    if (ids.isEmpty()) {
        reload();
        return;
    }
    for (qint64 id : ids) {
        auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const auto& r) { return r.id == id; });
        auto fresh = m_workspace->claim(id);
        const bool inFilter = fresh && (!m_query.documentId || fresh->documentId == *m_query.documentId) &&
                              m_query.text.empty();
        if (it == m_rows.end()) {
            if (!inFilter)
                continue;
            reload();
            return;
        }
        if (!fresh) {
            reload();
            return;
        }
        *it = std::move(*fresh);
        const int row = static_cast<int>(it - m_rows.begin());
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

}  // namespace claimdesk::ui
