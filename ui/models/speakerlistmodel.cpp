#include "ui/models/speakerlistmodel.h"

#include <QStringList>

#include "ui/edit/workspace.h"
#include "ui/models/claimtablemodel.h"
#include "ui/models/roles.h"

namespace claimdesk::ui {

SpeakerListModel::SpeakerListModel(Workspace* workspace, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace) {
    connect(m_workspace, &Workspace::speakersChanged, this, &SpeakerListModel::reload);
    connect(m_workspace, &Workspace::reliabilityChanged, this, &SpeakerListModel::reload);
    auto speakers = m_workspace->speakers();
    if (speakers)
        m_speakers = std::move(*speakers);
}

void SpeakerListModel::reload() {
    beginResetModel();
    auto speakers = m_workspace->speakers();
    m_speakers = speakers ? std::move(*speakers) : std::vector<store::SpeakerSummary>{};
    endResetModel();
}

int SpeakerListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_speakers.size());
}

int SpeakerListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const store::SpeakerSummary* SpeakerListModel::speakerAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_speakers.size()) ? &m_speakers[static_cast<std::size_t>(row)] : nullptr;
}

QVariant SpeakerListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& s = m_speakers[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return QVariant::fromValue<qint64>(s.id);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        if (role == Qt::ToolTipRole && !s.role.empty())
            return QString::fromStdString(s.role);
        return QString::fromStdString(s.name);
    case Kind: return QString::fromLatin1(speakerKindName(s.kind));
    case Claims: return QVariant::fromValue<qint64>(s.claimCount);
    case Aliases: {
        QStringList aliases;
        for (const auto& a : s.aliases)
            if (a != s.name)
                aliases << QString::fromStdString(a);
        return aliases.join(QStringLiteral("; "));
    }
    case Reliability:
        if (role == Qt::ToolTipRole)
            return s.reliability ? ClaimTableModel::reliabilityText(s.reliability) : tr("Source reliability not graded");
        return s.reliability ? QString(QLatin1Char(*s.reliability)) : QString();
    }
    return {};
}

QVariant SpeakerListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Reliability)
        return tr("Source reliability on the Admiralty scale, A (completely reliable) to F (cannot be judged)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Speaker");
    case Kind: return tr("Kind");
    case Claims: return tr("Claims");
    case Aliases: return tr("Also named");
    case Reliability: return tr("Grade");
    }
    return {};
}

}  // namespace claimdesk::ui
