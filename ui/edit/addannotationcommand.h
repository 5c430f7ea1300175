#pragma once

#include <optional>

#include <QString>
#include <QUndoCommand>

#include "core/domain/analysis.h"
#include "core/domain/document.h"
#include "core/store/annotationrecords.h"

namespace claimdesk::ui {

class Workspace;

// Highlights a span as a note, or as a claim or event the analyst makes:
// the item (origin analyst) and the annotation pointing at it are written
// in one transaction, and undo removes both in one. Redo creates them anew,
// with new ids. For an event, `note` is what happened.
class AddAnnotationCommand : public QUndoCommand {
public:
    AddAnnotationCommand(Workspace& workspace, qint64 documentId, Span span, store::AnnotationKind kind, QString note,
                         std::optional<qint64> speakerId);

    void redo() override;
    void undo() override;

    qint64 annotationId() const { return m_annotationId; }
    qint64 claimId() const { return m_claimId; }
    qint64 eventId() const { return m_eventId; }
    // For a claim: by a new speaker of this name, made with it.
    void setNewSpeaker(const QString& name) { m_newSpeaker = name; }
    // Takes an annotation already stored (with the claim or event it made)
    // as this command's own, as if redo() had made it.
    void adopt(qint64 annotationId, qint64 itemId, const QString& createdAt);

private:
    // The claim or event the selection makes; false (having failed) when
    // the selection is not in the document.
    bool makeClaim(const Document& document, Claim& claim);
    bool makeEvent(const Document& document, Event& event);
    void fail(const std::string& message);

    Workspace& m_workspace;
    qint64 m_documentId;
    Span m_span;
    store::AnnotationKind m_kind;
    QString m_note;
    std::optional<qint64> m_speakerId;
    QString m_newSpeaker;
    QString m_createdAt;
    qint64 m_annotationId = 0;
    qint64 m_claimId = 0;
    qint64 m_eventId = 0;
};

}  // namespace claimdesk::ui
