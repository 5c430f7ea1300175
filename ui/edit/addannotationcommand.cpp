#include "ui/edit/addannotationcommand.h"

#include <QCoreApplication>

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

AddAnnotationCommand::AddAnnotationCommand(Workspace& workspace, qint64 documentId, Span span,
                                           store::AnnotationKind kind, QString note,
                                           std::optional<qint64> speakerId)
    : QUndoCommand(kind == store::AnnotationKind::Claim
                       ? QCoreApplication::translate("AddAnnotationCommand", "New claim")
                       : QCoreApplication::translate("AddAnnotationCommand", "New note")),
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

bool AddAnnotationCommand::addClaim() {
    auto& store = m_workspace.store();
    auto document = store.document(m_documentId);
    if (!document) {
        fail(document.error());
        return false;
    }
    const text::OffsetMap map(document->text);
    if (m_span.empty() || m_span.start < 0 || m_span.end > map.codePointCount()) {
        fail("the selection is outside the document");
        return false;
    }
    Claim claim;
    claim.content = {m_span, text::sliceCodePoints(document->text, map, m_span.start, m_span.end)};
    claim.kind = kindOf(claim.content.text);
    claim.statedOn = document->source.published;
    if (const auto& parse = m_workspace.quantityParser())
        claim.quantities = parse(claim.content.text, m_span);
    auto id = store.addAnalystClaim(m_documentId, claim, m_speakerId);
    if (!id) {
        fail(id.error());
        return false;
    }
    m_claimId = *id;
    return true;
}

void AddAnnotationCommand::redo() {
    auto& store = m_workspace.store();
    if (m_createdAt.isEmpty())
        m_createdAt = m_workspace.now();
    if (m_kind == store::AnnotationKind::Claim && !addClaim())
        return;
    store::Annotation annotation;
    annotation.documentId = m_documentId;
    annotation.span = m_span;
    annotation.kind = m_kind;
    annotation.note = m_note.toStdString();
    if (m_claimId)
        annotation.claimId = m_claimId;
    annotation.author = m_workspace.analyst().toStdString();
    annotation.createdAt = m_createdAt.toStdString();
    auto id = store.addAnnotation(annotation);
    if (!id) {
        // The claim was written in its own transaction: take it back.
        if (m_claimId)
            store.deleteAnalystClaim(m_claimId);
        m_claimId = 0;
        fail(id.error());
        return;
    }
    m_annotationId = *id;
    m_workspace.announceAnnotations(m_documentId);
    if (m_claimId)
        m_workspace.announceClaims({m_claimId});
}

void AddAnnotationCommand::undo() {
    auto& store = m_workspace.store();
    // The claim goes first: if it cannot (it was reviewed meanwhile, and
    // review history is never deleted) nothing is removed.
    if (m_claimId) {
        if (Status s = store.deleteAnalystClaim(m_claimId); !s.ok()) {
            fail(s.error());
            return;
        }
    }
    if (Status s = store.deleteAnnotation(m_annotationId); !s.ok()) {
        fail(s.error());
        return;
    }
    const qint64 claimId = m_claimId;
    m_claimId = 0;
    m_annotationId = 0;
    m_workspace.announceAnnotations(m_documentId);
    if (claimId)
        m_workspace.announceClaims({claimId});
}

}  // namespace claimdesk::ui
