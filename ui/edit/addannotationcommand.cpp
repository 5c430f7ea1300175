#include "ui/edit/addannotationcommand.h"

#include <QCoreApplication>

#include "core/store/projectstore.h"
#include "core/text/utf8.h"
#include "ui/edit/workspace.h"

namespace claimdesk::ui {
namespace {

// A selection that opens with a quotation mark is the speaker's own words.
ClaimKind kindOf(const std::string& text) {
    for (const char* quote : {"\"", "\xE2\x80\x9C", "\xE2\x80\x9E", "\xC2\xAB", "'", "\xE2\x80\x98"})
        if (text.rfind(quote, 0) == 0)
            return ClaimKind::Direct;
    return ClaimKind::Indirect;
}

}  // namespace

QString commandText(store::AnnotationKind kind) {
    switch (kind) {
    case store::AnnotationKind::Claim: return QCoreApplication::translate("AddAnnotationCommand", "New claim");
    case store::AnnotationKind::Event: return QCoreApplication::translate("AddAnnotationCommand", "New event");
    case store::AnnotationKind::Note: break;
    }
    return QCoreApplication::translate("AddAnnotationCommand", "New note");
}

AddAnnotationCommand::AddAnnotationCommand(Workspace& workspace, qint64 documentId, Span span,
                                           store::AnnotationKind kind, QString note,
                                           std::optional<qint64> speakerId)
    : QUndoCommand(commandText(kind)),
      m_workspace(workspace),
      m_documentId(documentId),
      m_span(span),
      m_kind(kind),
      m_note(std::move(note)),
      m_speakerId(speakerId) {}

void AddAnnotationCommand::fail(const std::string& message) {
    m_workspace.reportError(QString::fromStdString(message));
    setObsolete(true);
}

bool AddAnnotationCommand::makeClaim(const Document& document, Claim& claim) {
    const text::OffsetMap map(document.text);
    if (m_span.empty() || m_span.start < 0 || m_span.end > map.codePointCount()) {
        fail("the selection is outside the document");
        return false;
    }
    claim.content = {m_span, text::sliceCodePoints(document.text, map, m_span.start, m_span.end)};
    claim.kind = kindOf(claim.content.text);
    claim.statedOn = document.source.published;
    if (const auto& parse = m_workspace.quantityParser())
        claim.quantities = parse(claim.content.text, m_span);
    return true;
}

bool AddAnnotationCommand::makeEvent(const Document& document, Event& event) {
    const text::OffsetMap map(document.text);
    if (m_span.empty() || m_span.start < 0 || m_span.end > map.codePointCount()) {
        fail("the selection is outside the document");
        return false;
    }
    event.evidence = {m_span, text::sliceCodePoints(document.text, map, m_span.start, m_span.end)};
    event.what = m_note.isEmpty() ? QString::fromStdString(event.evidence.text).simplified().toStdString()
                                  : m_note.toStdString();
    if (const auto& parse = m_workspace.dateParser())
        event.date = parse(document, m_span);
    return true;
}

void AddAnnotationCommand::adopt(qint64 annotationId, qint64 itemId, const QString& createdAt) {
    m_annotationId = annotationId;
    m_claimId = m_kind == store::AnnotationKind::Claim ? itemId : 0;
    m_eventId = m_kind == store::AnnotationKind::Event ? itemId : 0;
    m_createdAt = createdAt;
}

void AddAnnotationCommand::redo() {
    auto& store = m_workspace.store();
    if (m_createdAt.isEmpty())
        m_createdAt = m_workspace.now();
    store::Annotation annotation;
    annotation.documentId = m_documentId;
    annotation.span = m_span;
    annotation.kind = m_kind;
    annotation.note = m_kind == store::AnnotationKind::Event ? std::string() : m_note.toStdString();
    annotation.author = m_workspace.analyst().toStdString();
    annotation.createdAt = m_createdAt.toStdString();

    if (m_kind == store::AnnotationKind::Note) {
        auto id = store.addAnnotation(annotation);
        if (!id) {
            fail(id.error());
            return;
        }
        m_annotationId = *id;
    } else {
        auto document = store.document(m_documentId);
        if (!document) {
            fail(document.error());
            return;
        }
        Result<store::AnalystItem> item = makeError("");
        if (m_kind == store::AnnotationKind::Claim) {
            Claim claim;
            if (!makeClaim(*document, claim))
                return;
            item = m_newSpeaker.isEmpty()
                       ? store.addAnnotatedClaim(annotation, claim, m_speakerId)
                       : store.addAnnotatedClaimByNewSpeaker(annotation, claim, m_newSpeaker.toStdString());
        } else {
            Event event;
            if (!makeEvent(*document, event))
                return;
            item = store.addAnnotatedEvent(annotation, event);
        }
        if (!item) {
            fail(item.error());
            return;
        }
        m_annotationId = item->annotationId;
        (m_kind == store::AnnotationKind::Claim ? m_claimId : m_eventId) = item->itemId;
    }
    m_workspace.announceAnnotations(m_documentId);
    if (m_claimId)
        m_workspace.announceClaims({m_claimId});
    if (!m_newSpeaker.isEmpty())
        m_workspace.announceSpeakers();
}

void AddAnnotationCommand::undo() {
    auto& store = m_workspace.store();
    // One transaction: if the claim cannot go (it was reviewed meanwhile,
    // and review history is never deleted) nothing is removed.
    const Status s = m_kind == store::AnnotationKind::Note ? store.deleteAnnotation(m_annotationId)
                                                           : store.removeAnnotatedItem(m_annotationId);
    if (!s.ok()) {
        fail(s.error());
        return;
    }
    const qint64 claimId = m_claimId;
    m_claimId = 0;
    m_eventId = 0;
    m_annotationId = 0;
    m_workspace.announceAnnotations(m_documentId);
    if (claimId)
        m_workspace.announceClaims({claimId});
    if (!m_newSpeaker.isEmpty())
        m_workspace.announceSpeakers();
}

}  // namespace claimdesk::ui
