#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/store/speakerrecords.h"

namespace claimdesk::ui {

class Workspace;

// The project's speakers with their kind, claim count, aliases and source
// reliability (Admiralty A-F).
class SpeakerListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Claims, Aliases, Reliability, ColumnCount };

    explicit SpeakerListModel(Workspace* workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const store::SpeakerSummary* speakerAt(int row) const;
    void reload();

private:
    Workspace* m_workspace;
    std::vector<store::SpeakerSummary> m_speakers;
};

}  // namespace claimdesk::ui
