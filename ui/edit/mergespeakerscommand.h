#pragma once

#include <QUndoCommand>

#include "core/store/speakerrecords.h"

namespace claimdesk::ui {

class Workspace;

// Merges one speaker into another; undo puts back exactly what moved.
class MergeSpeakersCommand : public QUndoCommand {
public:
    MergeSpeakersCommand(Workspace& workspace, qint64 into, qint64 from);

    void redo() override;
    void undo() override;

private:
    Workspace& m_workspace;
    qint64 m_into, m_from;
    store::SpeakerMerge m_merge;
};

}  // namespace claimdesk::ui
