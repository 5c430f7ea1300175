#include "core/store/projectstore.h"

#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/store/schema.h"
#include "core/store/searchquery.h"
#include "core/text/fold.h"
#include "core/text/utf8.h"

namespace claimdesk::store {
namespace {

// Runs `sql` with the given binder and returns the first column of the
// first row, if any.
template <typename Bind>
Result<std::optional<std::int64_t>> queryId(Database& db, std::string_view sql, Bind&& bind) {
    auto stmt = db.prepare(sql);
    if (!stmt)
        return makeError(stmt.error());
    bind(*stmt);
    std::optional<std::int64_t> id;
    if (stmt->step())
        id = stmt->int64(0);
    if (Status s = stmt->status(); !s.ok())
        return makeError(s.error());
    return id;
}

std::string authorsJson(const std::vector<std::string>& authors) { return nlohmann::json(authors).dump(); }

std::vector<std::string> authorsFromJson(const std::string& text) {
    auto parsed = nlohmann::json::parse(text, nullptr, false);
    std::vector<std::string> out;
    if (parsed.is_array())
        for (const auto& a : parsed)
            if (a.is_string())
                out.push_back(a.get<std::string>());
    return out;
}

void bindSpan(Statement& stmt, int index, const std::optional<TextSpan>& span) {
    if (span) {
        stmt.bind(index, span->span.start).bind(index + 1, span->span.end);
    } else {
        stmt.bindNull(index).bindNull(index + 1);
    }
}

#define CLAIMDESK_TRY(expr)              \
    do {                                 \
        if (Status s_ = (expr); !s_.ok()) \
            return makeError(s_.error()); \
    } while (0)

}  // namespace

namespace {

// A project this user cannot write (read-only media, a colleague's folder)
// is opened for reading: SQLite would need to write its -wal and -shm
// files beside it even to read.
bool writable(const std::string& path) {
    if (path == ":memory:" || path.empty() || ::access(path.c_str(), F_OK) != 0)
        return true;  // a new file: creating it says what is wrong
    const std::string folder = std::filesystem::path(path).parent_path().string();
    return ::access(path.c_str(), W_OK) == 0 && ::access(folder.empty() ? "." : folder.c_str(), W_OK) == 0;
}

}  // namespace

Result<ProjectStore> ProjectStore::open(const std::string& path) {
    const bool readOnly = !writable(path);
    auto db = Database::open(path, readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    if (!db)
        return makeError(db.error());
    // The version is checked before anything is written, so a store from a
    // newer build, or a file that is no store at all, is left untouched.
    if (Status s = db->exec("PRAGMA foreign_keys = ON"); !s.ok())
        return makeError(path + ": " + s.error());
    if (Status s = migrate(*db); !s.ok())
        return makeError(path + ": " + s.error());
    // WAL lets the window read while a batch ingest writes.
    // Read-only, the journal mode cannot change and stays as it is.
    if (!readOnly)
        if (Status s = db->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"); !s.ok())
            return makeError(path + ": " + s.error());
    // Linking reads the clusters near each new claim: pages are read
    // through a mapping and a 64 MB cache rather than a read call each.
    if (Status s = db->exec("PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456;"); !s.ok())
        return makeError(path + ": " + s.error());
    return ProjectStore(std::move(*db));
}

ReadSnapshot ProjectStore::readSnapshot() { return ReadSnapshot(m_db); }

Status ProjectStore::importAsOne(const ImportSteps& import) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    if (Status s = import(); !s.ok())
        return s;
    return tx.commit();
}

Result<std::optional<std::int64_t>> ProjectStore::findDocument(const std::string& sha256) {
    return queryId(m_db, "SELECT id FROM documents WHERE sha256 = ?", [&](Statement& s) { s.bind(1, sha256); });
}

Result<std::int64_t> ProjectStore::outletId(const std::string& name) {
    auto found = queryId(m_db, "SELECT id FROM outlets WHERE name = ?", [&](Statement& s) { s.bind(1, name); });
    if (!found)
        return makeError(found.error());
    if (*found)
        return **found;
    auto insert = m_db.prepare("INSERT INTO outlets(name) VALUES (?)");
    if (!insert)
        return makeError(insert.error());
    CLAIMDESK_TRY(insert->bind(1, name).run());
    return m_db.lastInsertId();
}

// The same real entity across documents shares one row: a speaker is
// matched by its key (the extractor's folded name, titles dropped) among
// known aliases; a person named by surname alone matches the one person
// whose full name ends with it.
Result<std::int64_t> ProjectStore::speakerId(const Speaker& speaker) {
    const std::string key = speaker.key.empty() ? text::foldToLatin(speaker.name) : speaker.key;
    auto found = queryId(m_db,
                         "SELECT s.id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
                         "WHERE a.folded = ? AND s.kind = ? ORDER BY s.id LIMIT 1",
                         [&](Statement& s) { s.bind(1, key).bind(2, speakerKindName(speaker.kind)); });
    if (!found)
        return makeError(found.error());
    if (!*found && speaker.kind == SpeakerKind::Person && key.find(' ') == std::string::npos && !key.empty()) {
        // An alias of two words or more whose last word is the surname,
        // found through the index on last words, not a scan of aliases.
        auto bySurname = m_db.prepare(
            "SELECT DISTINCT s.id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
            "WHERE a.last_word = ? AND a.folded LIKE '% %' AND s.kind = 'person' LIMIT 2");
        if (!bySurname)
            return makeError(bySurname.error());
        bySurname->bind(1, key);
        std::vector<std::int64_t> ids;
        while (bySurname->step())
            ids.push_back(bySurname->int64(0));
        if (ids.size() == 1)  // two people with that surname: keep them apart
            *found = ids[0];
    }
    std::int64_t id;
    if (*found) {
        id = **found;
    } else {
        auto insert = m_db.prepare("INSERT INTO speakers(name, kind, role) VALUES (?, ?, ?)");
        if (!insert)
            return makeError(insert.error());
        insert->bind(1, speaker.name).bind(2, speakerKindName(speaker.kind));
        if (speaker.role.empty())
            insert->bindNull(3);
        else
            insert->bind(3, speaker.role);
        CLAIMDESK_TRY(insert->run());
        id = m_db.lastInsertId();
    }
    auto alias = m_db.prepare("INSERT OR IGNORE INTO speaker_aliases(speaker_id, alias, folded) VALUES (?, ?, ?)");
    if (!alias)
        return makeError(alias.error());
    CLAIMDESK_TRY(alias->bind(1, id).bind(2, speaker.name).bind(3, key).run());
    for (const auto& mention : speaker.mentions) {
        const std::string f = text::foldToLatin(mention.text);
        if (f.empty() || f == key)
            continue;
        CLAIMDESK_TRY(alias->bind(1, id).bind(2, mention.text).bind(3, f).run());
    }
    return id;
}

Status ProjectStore::writeAnalysis(std::int64_t documentId, const Analysis& analysis,
                                   const std::set<std::pair<std::int64_t, std::int64_t>>& skipSpans,
                                   AddedDocument* written) {
    std::vector<std::int64_t> speakerIds;
    auto mention = m_db.prepare("INSERT INTO speaker_mentions(speaker_id, document_id, start, end) VALUES (?,?,?,?)");
    if (!mention)
        return makeError(mention.error());
    for (const auto& speaker : analysis.speakers) {
        auto id = speakerId(speaker);
        if (!id)
            return makeError(id.error());
        speakerIds.push_back(*id);
        for (const auto& m : speaker.mentions)
            CLAIMDESK_TRY(mention->bind(1, *id).bind(2, documentId).bind(3, m.span.start).bind(4, m.span.end).run());
    }

    auto claim = m_db.prepare(
        "INSERT INTO claims(document_id, speaker_id, kind, content_start, content_end, content, cue_start, cue_end, "
        "mention_start, mention_end, stated_on, status, origin, type, polarity) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    auto quantity = m_db.prepare(
        "INSERT INTO quantities(claim_id, start, end, text, value, low, high, approximate, unit, "
        "measure, subject, period, period_kind, cumulative) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    auto claimFts = m_db.prepare("INSERT INTO claims_fts(rowid, content) VALUES (?, ?)");
    if (!claim || !quantity || !claimFts)
        return makeError(!claim ? claim.error() : !quantity ? quantity.error() : claimFts.error());
    for (const auto& c : analysis.claims) {
        if (skipSpans.count({c.content.span.start, c.content.span.end}))
            continue;
        claim->bind(1, documentId);
        if (c.speakerIndex >= 0 && c.speakerIndex < static_cast<std::int64_t>(speakerIds.size()))
            claim->bind(2, speakerIds[static_cast<std::size_t>(c.speakerIndex)]);
        else
            claim->bindNull(2);
        claim->bind(3, claimKindName(c.kind))
            .bind(4, c.content.span.start)
            .bind(5, c.content.span.end)
            .bind(6, c.content.text);
        bindSpan(*claim, 7, c.cue);
        bindSpan(*claim, 9, c.speakerMention);
        claim->bind(11, c.statedOn).bind(12, claimStatusName(c.status));
        claim->bind(13, originName(c.origin)).bind(14, claimTypeName(c.type)).bind(15, polarityName(c.polarity));
        CLAIMDESK_TRY(claim->run());
        const std::int64_t claimId = m_db.lastInsertId();
        if (written)
            written->claimIds.push_back(claimId);
        CLAIMDESK_TRY(claimFts->bind(1, claimId).bind(2, c.content.text).run());
        for (const auto& q : c.quantities) {
            quantity->bind(1, claimId)
                .bind(2, q.text.span.start)
                .bind(3, q.text.span.end)
                .bind(4, q.text.text)
                .bind(5, q.value)
                .bind(6, q.low)
                .bind(7, q.high)
                .bind(8, q.approximate ? 1 : 0)
                .bind(9, q.unit)
                .bind(10, q.frame.measure)
                .bind(11, q.frame.subject)
                .bind(12, q.frame.period)
                .bind(13, periodKindName(q.frame.periodKind))
                .bind(14, q.frame.cumulative ? 1 : 0);
            CLAIMDESK_TRY(quantity->run());
        }
    }

    auto timex = m_db.prepare(
        "INSERT INTO timexes(document_id, start, end, text, type, value, mod) VALUES (?,?,?,?,?,?,?)");
    if (!timex)
        return makeError(timex.error());
    for (const auto& t : analysis.timexes) {
        timex->bind(1, documentId).bind(2, t.text.span.start).bind(3, t.text.span.end).bind(4, t.text.text);
        timex->bind(5, t.type).bind(6, t.value);
        if (t.mod.empty())
            timex->bindNull(7);
        else
            timex->bind(7, t.mod);
        CLAIMDESK_TRY(timex->run());
    }

    auto event = m_db.prepare(
        "INSERT INTO events(document_id, date, what, place, evidence_start, evidence_end, evidence, origin) "
        "VALUES (?,?,?,?,?,?,?,?)");
    if (!event)
        return makeError(event.error());
    for (const auto& e : analysis.events) {
        event->bind(1, documentId);
        if (e.date.empty())
            event->bindNull(2);
        else
            event->bind(2, e.date);
        event->bind(3, e.what);
        if (e.place.empty())
            event->bindNull(4);
        else
            event->bind(4, e.place);
        event->bind(5, e.evidence.span.start).bind(6, e.evidence.span.end).bind(7, e.evidence.text);
        event->bind(8, originName(e.origin));
        CLAIMDESK_TRY(event->run());
        if (written)
            written->eventIds.push_back(m_db.lastInsertId());
    }
    return {};
}

Result<AddedDocument> ProjectStore::addDocument(const Document& doc, const Analysis& analysis) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return makeError(tx.started().error());
    auto added = insertDocument(doc, analysis);
    if (added)
        CLAIMDESK_TRY(tx.commit());
    return added;
}

Result<AddedDocument> ProjectStore::insertDocument(const Document& doc, const Analysis& analysis) {
    auto existing = findDocument(doc.sha256);
    if (!existing)
        return makeError(existing.error());
    if (*existing)
        return AddedDocument{**existing, false, {}, {}};

    std::optional<std::int64_t> outlet;
    if (!doc.source.outlet.empty()) {
        auto id = outletId(doc.source.outlet);
        if (!id)
            return makeError(id.error());
        outlet = *id;
    }
    auto insert = m_db.prepare(
        "INSERT INTO documents(sha256, file_name, file_path, media_type, original, text, outlet_id, title, authors, "
        "published, body_start, body_end, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!insert)
        return makeError(insert.error());
    insert->bind(1, doc.sha256)
        .bind(2, doc.fileName)
        .bind(3, doc.filePath)
        .bind(4, mediaTypeName(doc.mediaType))
        .bindBlob(5, doc.original)
        .bind(6, doc.text)
        .bind(7, outlet);
    if (doc.source.title.empty())
        insert->bindNull(8);
    else
        insert->bind(8, doc.source.title);
    insert->bind(9, authorsJson(doc.source.authors))
        .bind(10, doc.source.published)
        .bind(11, doc.body.start)
        .bind(12, doc.body.end)
        .bind(13, doc.ingestedAt);
    CLAIMDESK_TRY(insert->run());
    const std::int64_t id = m_db.lastInsertId();

    auto fts = m_db.prepare("INSERT INTO documents_fts(rowid, title, text) VALUES (?, ?, ?)");
    if (!fts)
        return makeError(fts.error());
    CLAIMDESK_TRY(fts->bind(1, id).bind(2, doc.source.title).bind(3, doc.text).run());
    AddedDocument added{id, true, {}, {}};
    CLAIMDESK_TRY(writeAnalysis(id, analysis, {}, &added));
    return added;
}

Status ProjectStore::link(const LinkStep& step) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    LinkSession session(m_db);
    if (Status s = step(session, {}); !s.ok())
        return s;
    return tx.commit();
}

Result<ProjectStore::StoredBatch> ProjectStore::addDocuments(const std::vector<DocumentToStore>& batch,
                                                            const LinkStep& step) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return makeError(tx.started().error());
    StoredBatch stored;
    for (const auto& item : batch) {
        Transaction one(m_db);  // a savepoint: a failed document leaves nothing behind
        if (!one.started().ok())
            return makeError(one.started().error());
        auto added = insertDocument(*item.document, *item.analysis);
        if (added)
            CLAIMDESK_TRY(one.commit());
        stored.documents.push_back(std::move(added));
    }
    {
        Transaction linking(m_db);
        if (!linking.started().ok())
            return makeError(linking.started().error());
        LinkSession session(m_db);
        Status linked = step(session, stored.documents);
        if (linked.ok())
            linked = linking.commit();
        if (!linked.ok())
            stored.linkError = linked.error();
    }
    CLAIMDESK_TRY(tx.commit());
    return stored;
}

Result<bool> ProjectStore::needsLinking() {
    auto stmt = m_db.prepare(
        "SELECT EXISTS (SELECT 1 FROM link_pending_claims) OR EXISTS (SELECT 1 FROM link_pending_events)");
    if (!stmt)
        return makeError(stmt.error());
    if (!stmt->step())
        return makeError(stmt->status().error());
    return stmt->int64(0) != 0;
}

Result<std::vector<DocumentSummary>> ProjectStore::documents() {
    auto stmt = m_db.prepare(
        "SELECT d.id, d.file_name, COALESCE(o.name, ''), COALESCE(d.title, ''), d.published, "
        "(SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id), "
        "(SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id AND c.status <> 'extracted'), "
        "CASE WHEN d.title IS NULL OR d.title = '' THEN substr(d.text, d.body_start + 1, 160) ELSE '' END "
        "FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id ORDER BY o.name, d.published, d.id");
    if (!stmt)
        return makeError(stmt.error());
    std::vector<DocumentSummary> out;
    while (stmt->step())
        out.push_back({stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->optionalText(4),
                       stmt->int64(5), stmt->int64(6), stmt->text(7)});
    if (Status s = stmt->status(); !s.ok())
        return makeError(s.error());
    return out;
}

Result<Document> ProjectStore::document(std::int64_t id) {
    auto stmt = m_db.prepare(
        "SELECT d.sha256, d.file_name, d.file_path, d.media_type, d.original, d.text, COALESCE(o.name, ''), "
        "COALESCE(d.title, ''), d.authors, d.published, d.body_start, d.body_end, d.ingested_at "
        "FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id WHERE d.id = ?");
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, id);
    if (!stmt->step())
        return makeError("no document " + std::to_string(id));
    Document d;
    d.id = id;
    d.sha256 = stmt->text(0);
    d.fileName = stmt->text(1);
    d.filePath = stmt->text(2);
    d.mediaType = mediaTypeFromName(stmt->text(3)).value_or(MediaType::PlainText);
    d.original = stmt->text(4);
    d.text = stmt->text(5);
    d.source.outlet = stmt->text(6);
    d.source.title = stmt->text(7);
    d.source.authors = authorsFromJson(stmt->text(8));
    d.source.published = stmt->optionalText(9);
    d.body = {stmt->int64(10), stmt->int64(11)};
    d.ingestedAt = stmt->text(12);
    return d;
}

Result<Analysis> ProjectStore::analysis(std::int64_t documentId) {
    Analysis a;
    std::vector<std::int64_t> speakerRowIds;

    auto doc = document(documentId);
    if (!doc)
        return makeError(doc.error());
    const std::string& text = doc->text;
    // Spans are read back as code points; their text is sliced from the document.
    const text::OffsetMap map(text);
    auto slice = [&](std::int64_t s, std::int64_t e) {
        return TextSpan{{s, e}, text::sliceCodePoints(text, map, s, e)};
    };

    auto speakers = m_db.prepare(
        "SELECT s.id, s.name, s.kind, COALESCE(s.role, '') FROM "
        "(SELECT speaker_id AS sid FROM speaker_mentions WHERE document_id = ?1 "
        " UNION SELECT speaker_id FROM claims WHERE document_id = ?1) u JOIN speakers s ON s.id = u.sid "
        "ORDER BY s.id");
    auto mentions = m_db.prepare(
        "SELECT start, end FROM speaker_mentions WHERE document_id = ? AND speaker_id = ? ORDER BY start");
    if (!speakers || !mentions)
        return makeError(!speakers ? speakers.error() : mentions.error());
    speakers->bind(1, documentId);
    while (speakers->step()) {
        Speaker s;
        s.id = speakers->int64(0);
        s.name = speakers->text(1);
        s.kind = speakerKindFromName(speakers->text(2)).value_or(SpeakerKind::Person);
        s.role = speakers->text(3);
        mentions->bind(1, documentId).bind(2, s.id);
        while (mentions->step())
            s.mentions.push_back(slice(mentions->int64(0), mentions->int64(1)));
        mentions->reset();
        speakerRowIds.push_back(s.id);
        a.speakers.push_back(std::move(s));
    }

    auto claims = m_db.prepare(
        "SELECT id, speaker_id, kind, content_start, content_end, cue_start, cue_end, mention_start, mention_end, "
        "stated_on, status, origin, type, polarity FROM claims WHERE document_id = ? ORDER BY content_start, id");
    auto quantities = m_db.prepare(
        "SELECT start, end, text, value, low, high, approximate, unit, measure, subject, period, period_kind, cumulative "
        "FROM quantities WHERE claim_id = ? ORDER BY start");
    if (!claims || !quantities)
        return makeError(!claims ? claims.error() : quantities.error());
    claims->bind(1, documentId);
    while (claims->step()) {
        Claim c;
        c.id = claims->int64(0);
        if (auto sid = claims->optionalInt64(1)) {
            for (std::size_t i = 0; i < speakerRowIds.size(); ++i)
                if (speakerRowIds[i] == *sid)
                    c.speakerIndex = static_cast<std::int64_t>(i);
        }
        c.kind = claimKindFromName(claims->text(2)).value_or(ClaimKind::Indirect);
        c.content = slice(claims->int64(3), claims->int64(4));
        if (!claims->isNull(5))
            c.cue = slice(claims->int64(5), claims->int64(6));
        if (!claims->isNull(7))
            c.speakerMention = slice(claims->int64(7), claims->int64(8));
        c.statedOn = claims->optionalText(9);
        c.status = claimStatusFromName(claims->text(10)).value_or(ClaimStatus::Extracted);
        c.origin = originFromName(claims->text(11)).value_or(Origin::Extractor);
        c.type = claimTypeFromName(claims->text(12)).value_or(ClaimType::Statement);
        c.polarity = polarityFromName(claims->text(13)).value_or(Polarity::Affirmed);
        quantities->bind(1, c.id);
        while (quantities->step()) {
            Quantity q;
            q.text = {{quantities->int64(0), quantities->int64(1)}, quantities->text(2)};
            q.value = quantities->optionalReal(3);
            q.low = quantities->optionalReal(4);
            q.high = quantities->optionalReal(5);
            q.approximate = quantities->int64(6) != 0;
            q.unit = quantities->text(7);
            q.frame.measure = quantities->text(8);
            q.frame.subject = quantities->text(9);
            q.frame.period = quantities->text(10);
            q.frame.periodKind = periodKindFromName(quantities->text(11)).value_or(PeriodKind::Unknown);
            q.frame.cumulative = quantities->int64(12) != 0;
            c.quantities.push_back(std::move(q));
        }
        quantities->reset();
        a.claims.push_back(std::move(c));
    }

    auto timexes = m_db.prepare(
        "SELECT start, end, text, type, value, COALESCE(mod, '') FROM timexes WHERE document_id = ? ORDER BY start");
    if (!timexes)
        return makeError(timexes.error());
    timexes->bind(1, documentId);
    while (timexes->step())
        a.timexes.push_back({{{timexes->int64(0), timexes->int64(1)}, timexes->text(2)},
                             timexes->text(3), timexes->text(4), timexes->text(5)});

    auto events = m_db.prepare(
        "SELECT id, COALESCE(date, ''), what, COALESCE(place, ''), evidence_start, evidence_end, evidence, origin "
        "FROM events WHERE document_id = ? ORDER BY evidence_start");
    if (!events)
        return makeError(events.error());
    events->bind(1, documentId);
    while (events->step()) {
        Event e;
        e.id = events->int64(0);
        e.date = events->text(1);
        e.what = events->text(2);
        e.place = events->text(3);
        e.evidence = {{events->int64(4), events->int64(5)}, events->text(6)};
        e.origin = originFromName(events->text(7)).value_or(Origin::Extractor);
        a.events.push_back(std::move(e));
    }
    return a;
}

Result<std::vector<SearchHit>> ProjectStore::search(const std::string& query, int limit) {
    auto parsed = parseSearchQuery(query);
    if (!parsed)
        return makeError("search: " + parsed.error());
    auto failed = [&](const Status& s) {
        return makeError("search \"" + query + "\": the index could not be searched (" + s.error() + ")");
    };
    std::vector<SearchHit> hits;
    // The outlet, the title (or the body's first words) and the snippet a
    // second time with markers a display can highlight by.
    auto docs = m_db.prepare(
        "SELECT f.rowid, d.file_name, snippet(documents_fts, 1, '[', ']', '…', 12), "
        "snippet(documents_fts, 1, char(2), char(3), '…', 12), COALESCE(o.name, ''), "
        "CASE WHEN d.title IS NULL OR d.title = '' THEN substr(d.text, d.body_start + 1, 160) ELSE d.title END "
        "FROM documents_fts f JOIN documents d ON d.id = f.rowid LEFT JOIN outlets o ON o.id = d.outlet_id "
        "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?");
    if (!docs)
        return makeError(docs.error());
    docs->bind(1, parsed->documents).bind(2, limit);
    while (docs->step())
        hits.push_back({SearchHit::Kind::Document, docs->int64(0), docs->int64(0), docs->text(1), docs->text(2),
                        docs->text(3), docs->text(4), docs->text(5)});
    if (Status s = docs->status(); !s.ok())
        return failed(s);
    if (parsed->claims.empty())
        return hits;  // a title: query, and claims have no title

    auto claims = m_db.prepare(
        "SELECT f.rowid, c.document_id, d.file_name, snippet(claims_fts, 0, '[', ']', '…', 16), "
        "snippet(claims_fts, 0, char(2), char(3), '…', 16), COALESCE(o.name, ''), "
        "CASE WHEN d.title IS NULL OR d.title = '' THEN substr(d.text, d.body_start + 1, 160) ELSE d.title END "
        "FROM claims_fts f JOIN claims c ON c.id = f.rowid JOIN documents d ON d.id = c.document_id "
        "LEFT JOIN outlets o ON o.id = d.outlet_id WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?");
    if (!claims)
        return makeError(claims.error());
    claims->bind(1, parsed->claims).bind(2, limit);
    while (claims->step())
        hits.push_back({SearchHit::Kind::Claim, claims->int64(0), claims->int64(1), claims->text(2), claims->text(3),
                        claims->text(4), claims->text(5), claims->text(6)});
    if (Status s = claims->status(); !s.ok())
        return failed(s);
    return hits;
}

}  // namespace claimdesk::store
