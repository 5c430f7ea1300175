// ProjectStore: an analyst's highlights, and the claims and events made
// from them.

#include <algorithm>

#include "core/store/projectstore.h"
#include "core/text/fold.h"
#include "core/text/utf8.h"

namespace claimdesk::store {
namespace {

// Writes an annotation row as given, its quote selector already filled.
Result<std::int64_t> insertAnnotation(Database& db, const Annotation& a, bool orphaned) {
    auto insert = db.prepare(
        "INSERT INTO annotations(document_id, start, end, exact, prefix, suffix, kind, note, claim_id, event_id, "
        "author, created_at, modified_at, orphaned) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!insert)
        return makeError(insert.error());
    insert->bind(1, a.documentId)
        .bind(2, a.span.start)
        .bind(3, a.span.end)
        .bind(4, a.exact)
        .bind(5, a.prefix)
        .bind(6, a.suffix)
        .bind(7, annotationKindName(a.kind))
        .bind(8, a.note)
        .bind(9, a.claimId)
        .bind(10, a.eventId)
        .bind(11, a.author)
        .bind(12, a.createdAt)
        .bind(13, a.modifiedAt)
        .bind(14, orphaned ? 1 : 0);
    if (Status s = insert->run(); !s.ok())
        return makeError(s.error());
    return db.lastInsertId();
}

Annotation readAnnotation(const Statement& s) {
    Annotation a;
    a.id = s.int64(0);
    a.documentId = s.int64(1);
    a.span = {s.int64(2), s.int64(3)};
    a.exact = s.text(4);
    a.prefix = s.text(5);
    a.suffix = s.text(6);
    const std::string kind = s.text(7);
    a.kind = kind == "claim" ? AnnotationKind::Claim : kind == "event" ? AnnotationKind::Event : AnnotationKind::Note;
    a.note = s.text(8);
    a.claimId = s.optionalInt64(9);
    a.eventId = s.optionalInt64(10);
    a.author = s.text(11);
    a.createdAt = s.text(12);
    a.modifiedAt = s.text(13);
    a.orphaned = s.int64(14) != 0;
    return a;
}

}  // namespace

const char* annotationKindName(AnnotationKind kind) {
    switch (kind) {
    case AnnotationKind::Claim: return "claim";
    case AnnotationKind::Event: return "event";
    case AnnotationKind::Note: break;
    }
    return "note";
}

Result<std::int64_t> ProjectStore::addAnnotation(Annotation a) {
    auto doc = m_db.prepare("SELECT text FROM documents WHERE id = ?");
    if (!doc)
        return makeError(doc.error());
    doc->bind(1, a.documentId);
    if (!doc->step())
        return makeError("no document " + std::to_string(a.documentId));
    const std::string text = doc->text(0);
    const text::OffsetMap map(text);
    if (a.span.start < 0 || a.span.end > map.codePointCount() || a.span.empty())
        return makeError("the selection is outside the document");
    text::QuotedSpan quote = text::quoteSpan(text, map, a.span.start, a.span.end);
    a.exact = std::move(quote.exact);
    a.prefix = std::move(quote.prefix);
    a.suffix = std::move(quote.suffix);
    if (a.modifiedAt.empty())
        a.modifiedAt = a.createdAt;
    return insertAnnotation(m_db, a, false);
}

Result<std::int64_t> ProjectStore::addOrphanedAnnotation(Annotation a) {
    if (a.modifiedAt.empty())
        a.modifiedAt = a.createdAt;
    a.claimId.reset();  // an orphan anchors nothing
    a.eventId.reset();
    return insertAnnotation(m_db, a, true);
}

Status ProjectStore::updateAnnotationNote(std::int64_t id, const std::string& note, const std::string& at) {
    auto stmt = m_db.prepare("UPDATE annotations SET note = ?, modified_at = ? WHERE id = ?");
    if (!stmt)
        return makeError(stmt.error());
    if (Status s = stmt->bind(1, note).bind(2, at).bind(3, id).run(); !s.ok())
        return s;
    return m_db.changes() == 1 ? Status{} : makeError("no annotation " + std::to_string(id));
}

Status ProjectStore::deleteAnnotation(std::int64_t id) {
    auto stmt = m_db.prepare("DELETE FROM annotations WHERE id = ?");
    if (!stmt)
        return makeError(stmt.error());
    if (Status s = stmt->bind(1, id).run(); !s.ok())
        return s;
    return m_db.changes() == 1 ? Status{} : makeError("no annotation " + std::to_string(id));
}

Result<std::vector<Annotation>> ProjectStore::annotations(std::int64_t documentId) {
    auto stmt = m_db.prepare(
        "SELECT id, document_id, start, end, exact, prefix, suffix, kind, note, claim_id, event_id, author, "
        "created_at, modified_at, orphaned FROM annotations WHERE document_id = ? ORDER BY start, id");
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, documentId);
    std::vector<Annotation> out;
    while (stmt->step())
        out.push_back(readAnnotation(*stmt));
    return out;
}

Result<std::int64_t> ProjectStore::addAnalystClaim(std::int64_t documentId, const Claim& claim,
                                                   std::optional<std::int64_t> speakerId) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return makeError(tx.started().error());
    auto id = insertAnalystClaim(documentId, claim, speakerId);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s.ok())
        return makeError(s.error());
    return id;
}

Result<std::int64_t> ProjectStore::insertAnalystClaim(std::int64_t documentId, const Claim& claim,
                                                      std::optional<std::int64_t> speakerId) {
    Analysis a;
    a.claims.push_back(claim);
    a.claims.back().origin = Origin::Analyst;
    a.claims.back().speakerIndex = -1;
    if (Status s = writeAnalysis(documentId, a); !s.ok())
        return makeError(s.error());
    const std::int64_t id = m_db.lastInsertId();
    // writeAnalysis's last insert may be a quantity: find the claim itself.
    auto find = m_db.prepare(
        "SELECT MAX(id) FROM claims WHERE document_id = ? AND origin = 'analyst' AND content_start = ? AND content_end = ?");
    if (!find)
        return makeError(find.error());
    find->bind(1, documentId).bind(2, claim.content.span.start).bind(3, claim.content.span.end);
    find->step();
    const std::int64_t claimId = find->isNull(0) ? id : find->int64(0);
    if (speakerId) {
        auto set = m_db.prepare("UPDATE claims SET speaker_id = ? WHERE id = ?");
        if (!set)
            return makeError(set.error());
        if (Status s = set->bind(1, *speakerId).bind(2, claimId).run(); !s.ok())
            return makeError(s.error());
    }
    return claimId;
}

Result<std::int64_t> ProjectStore::addAnalystEvent(std::int64_t documentId, const Event& event) {
    Analysis a;
    a.events.push_back(event);
    a.events.back().origin = Origin::Analyst;
    if (Status s = writeAnalysis(documentId, a); !s.ok())
        return makeError(s.error());
    return m_db.lastInsertId();
}

Status ProjectStore::deleteAnalystClaim(std::int64_t claimId) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    if (Status s = eraseAnalystClaim(claimId); !s.ok())
        return s;
    return tx.commit();
}

Status ProjectStore::eraseAnalystClaim(std::int64_t claimId) {
    auto fts = m_db.prepare("DELETE FROM claims_fts WHERE rowid = ?");
    auto del = m_db.prepare("DELETE FROM claims WHERE id = ? AND origin = 'analyst'");
    if (!fts || !del)
        return makeError(!fts ? fts.error() : del.error());
    if (Status s = fts->bind(1, claimId).run(); !s.ok())
        return s;
    if (Status s = del->bind(1, claimId).run(); !s.ok())
        return s;
    if (m_db.changes() != 1)
        return makeError("no analyst claim " + std::to_string(claimId));
    return {};
}

Status ProjectStore::deleteAnalystEvent(std::int64_t eventId) {
    auto del = m_db.prepare("DELETE FROM events WHERE id = ? AND origin = 'analyst'");
    if (!del)
        return makeError(del.error());
    if (Status s = del->bind(1, eventId).run(); !s.ok())
        return s;
    return m_db.changes() == 1 ? Status{} : makeError("no analyst event " + std::to_string(eventId));
}

// The item goes first, then the annotation pointing at it; a failure of
// either rolls both back, so no claim is left without its highlight.
Result<AnalystItem> ProjectStore::addAnnotatedClaim(Annotation annotation, const Claim& claim,
                                                    std::optional<std::int64_t> speakerId) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return makeError(tx.started().error());
    auto claimId = insertAnalystClaim(annotation.documentId, claim, speakerId);
    if (!claimId)
        return makeError(claimId.error());
    annotation.kind = AnnotationKind::Claim;
    annotation.claimId = *claimId;
    auto annotationId = addAnnotation(std::move(annotation));
    if (!annotationId)
        return makeError(annotationId.error());
    if (Status s = tx.commit(); !s.ok())
        return makeError(s.error());
    return AnalystItem{*annotationId, *claimId};
}

Result<AnalystItem> ProjectStore::addAnnotatedClaimByNewSpeaker(Annotation annotation, const Claim& claim,
                                                                const std::string& speakerName) {
    if (speakerName.empty())
        return makeError("a new speaker needs a name");
    Transaction tx(m_db);
    if (!tx.started().ok())
        return makeError(tx.started().error());
    auto speaker = m_db.prepare("INSERT INTO speakers(name, kind, origin) VALUES (?, 'person', 'analyst')");
    auto alias = m_db.prepare("INSERT INTO speaker_aliases(speaker_id, alias, folded) VALUES (?, ?, ?)");
    if (!speaker || !alias)
        return makeError(!speaker ? speaker.error() : alias.error());
    if (Status s = speaker->bind(1, speakerName).run(); !s.ok())
        return makeError(s.error());
    const std::int64_t speakerId = m_db.lastInsertId();
    if (Status s = alias->bind(1, speakerId).bind(2, speakerName).bind(3, text::foldToLatin(speakerName)).run(); !s.ok())
        return makeError(s.error());
    // The claim and its annotation as addAnnotatedClaim writes them, a
    // savepoint of this transaction.
    auto item = addAnnotatedClaim(std::move(annotation), claim, speakerId);
    if (!item)
        return makeError(item.error());
    if (Status s = tx.commit(); !s.ok())
        return makeError(s.error());
    return AnalystItem{item->annotationId, item->itemId, speakerId};
}

Result<AnalystItem> ProjectStore::addAnnotatedEvent(Annotation annotation, const Event& event) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return makeError(tx.started().error());
    auto eventId = addAnalystEvent(annotation.documentId, event);
    if (!eventId)
        return makeError(eventId.error());
    annotation.kind = AnnotationKind::Event;
    annotation.eventId = *eventId;
    auto annotationId = addAnnotation(std::move(annotation));
    if (!annotationId)
        return makeError(annotationId.error());
    if (Status s = tx.commit(); !s.ok())
        return makeError(s.error());
    return AnalystItem{*annotationId, *eventId};
}

Status ProjectStore::removeAnnotatedItem(std::int64_t annotationId) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    auto find = m_db.prepare("SELECT claim_id, event_id FROM annotations WHERE id = ?");
    if (!find)
        return makeError(find.error());
    find->bind(1, annotationId);
    if (!find->step())
        return makeError("no annotation " + std::to_string(annotationId));
    const auto claimId = find->optionalInt64(0);
    const auto eventId = find->optionalInt64(1);
    find->reset();
    // The annotation first: its references to the item would otherwise be
    // nulled by the foreign keys before it is deleted.
    if (Status s = deleteAnnotation(annotationId); !s.ok())
        return s;
    if (claimId) {
        std::optional<std::int64_t> speakerId;
        if (auto speaker = m_db.prepare("SELECT speaker_id FROM claims WHERE id = ?")) {
            speaker->bind(1, *claimId);
            if (speaker->step())
                speakerId = speaker->optionalInt64(0);
        }
        if (Status s = eraseAnalystClaim(*claimId); !s.ok())
            return s;
        // A speaker the analyst made for this claim goes with it.
        if (speakerId) {
            auto drop = m_db.prepare(
                "DELETE FROM speakers WHERE id = ?1 AND origin = 'analyst' "
                "AND NOT EXISTS (SELECT 1 FROM claims WHERE speaker_id = ?1) "
                "AND NOT EXISTS (SELECT 1 FROM speaker_mentions WHERE speaker_id = ?1)");
            if (!drop)
                return makeError(drop.error());
            if (Status s = drop->bind(1, *speakerId).run(); !s.ok())
                return s;
        }
    }
    if (eventId)
        if (Status s = deleteAnalystEvent(*eventId); !s.ok())
            return s;
    return tx.commit();
}

}  // namespace claimdesk::store
