// ProjectStore: speakers across the project, merged and split by the analyst.

#include "core/store/projectstore.h"
#include "core/text/fold.h"

namespace claimdesk::store {
namespace {

std::vector<std::int64_t> ids(Database& db, const std::string& sql, std::int64_t param) {
    std::vector<std::int64_t> out;
    auto stmt = db.prepare(sql);
    if (!stmt)
        return out;
    stmt->bind(1, param);
    while (stmt->step())
        out.push_back(stmt->int64(0));
    return out;
}

std::string joinIds(const std::vector<std::int64_t>& values) {
    std::string out;
    for (auto v : values)
        out += (out.empty() ? "" : ",") + std::to_string(v);
    return out;
}

}  // namespace

Result<std::vector<SpeakerSummary>> ProjectStore::speakers() {
    auto stmt = m_db.prepare(
        "SELECT s.id, s.name, s.kind, COALESCE(s.role, ''), (SELECT COUNT(*) FROM claims c WHERE c.speaker_id = s.id), "
        "s.reliability FROM speakers s ORDER BY s.name COLLATE NOCASE, s.id");
    auto aliases = m_db.prepare("SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY id");
    if (!stmt || !aliases)
        return makeError(!stmt ? stmt.error() : aliases.error());
    std::vector<SpeakerSummary> out;
    while (stmt->step()) {
        SpeakerSummary s;
        s.id = stmt->int64(0);
        s.name = stmt->text(1);
        s.kind = speakerKindFromName(stmt->text(2)).value_or(SpeakerKind::Person);
        s.role = stmt->text(3);
        s.claimCount = stmt->int64(4);
        if (auto grade = stmt->optionalText(5); grade && grade->size() == 1)
            s.reliability = (*grade)[0];
        aliases->bind(1, s.id);
        while (aliases->step())
            s.aliases.push_back(aliases->text(0));
        aliases->reset();
        out.push_back(std::move(s));
    }
    return out;
}

Result<SpeakerMerge> ProjectStore::mergeSpeakers(std::int64_t into, std::int64_t from) {
    if (into == from)
        return makeError("a speaker cannot be merged into itself");
    Transaction tx(m_db);
    if (!tx.started().ok())
        return makeError(tx.started().error());
    SpeakerMerge merge;
    merge.into = into;
    merge.from = from;
    {
        auto stmt = m_db.prepare("SELECT name, kind, COALESCE(role, ''), reliability, origin FROM speakers WHERE id = ?");
        if (!stmt)
            return makeError(stmt.error());
        stmt->bind(1, from);
        if (!stmt->step())
            return makeError("no speaker " + std::to_string(from));
        merge.name = stmt->text(0);
        merge.kind = stmt->text(1);
        merge.role = stmt->text(2);
        merge.reliability = stmt->optionalText(3);
        merge.origin = stmt->text(4);
    }
    if (ids(m_db, "SELECT id FROM speakers WHERE id = ?", into).empty())
        return makeError("no speaker " + std::to_string(into));
    merge.aliasIds = ids(m_db, "SELECT id FROM speaker_aliases WHERE speaker_id = ?", from);
    merge.mentionIds = ids(m_db, "SELECT id FROM speaker_mentions WHERE speaker_id = ?", from);
    merge.claimIds = ids(m_db, "SELECT id FROM claims WHERE speaker_id = ?", from);
    const std::string f = std::to_string(from), i = std::to_string(into);
    // An alias `into` already has is dropped rather than duplicated; undo
    // recreates it from the record.
    for (const std::string& sql : {
             "DELETE FROM speaker_aliases WHERE speaker_id = " + f +
                 " AND folded IN (SELECT folded FROM speaker_aliases WHERE speaker_id = " + i + ")",
             "UPDATE speaker_aliases SET speaker_id = " + i + " WHERE speaker_id = " + f,
             "UPDATE speaker_mentions SET speaker_id = " + i + " WHERE speaker_id = " + f,
             "UPDATE claims SET speaker_id = " + i + " WHERE speaker_id = " + f,
             "DELETE FROM speakers WHERE id = " + f,
         })
        if (Status s = m_db.exec(sql); !s.ok())
            return makeError(s.error());
    if (Status s = tx.commit(); !s.ok())
        return makeError(s.error());
    return merge;
}

Status ProjectStore::unmergeSpeakers(const SpeakerMerge& merge) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    auto insert = m_db.prepare("INSERT INTO speakers(id, name, kind, role, reliability, origin) VALUES (?,?,?,?,?,?)");
    if (!insert)
        return makeError(insert.error());
    insert->bind(1, merge.from).bind(2, merge.name).bind(3, merge.kind);
    if (merge.role.empty())
        insert->bindNull(4);
    else
        insert->bind(4, merge.role);
    insert->bind(5, merge.reliability).bind(6, merge.origin);
    if (Status s = insert->run(); !s.ok())
        return s;
    const std::string f = std::to_string(merge.from);
    if (!merge.aliasIds.empty()) {
        // Aliases dropped as duplicates are gone; recreate them from the name.
        if (Status s = m_db.exec("UPDATE speaker_aliases SET speaker_id = " + f + " WHERE id IN (" +
                                 joinIds(merge.aliasIds) + ")");
            !s.ok())
            return s;
    }
    auto alias = m_db.prepare("INSERT OR IGNORE INTO speaker_aliases(speaker_id, alias, folded) VALUES (?,?,?)");
    if (!alias)
        return makeError(alias.error());
    if (Status s = alias->bind(1, merge.from).bind(2, merge.name).bind(3, text::foldToLatin(merge.name)).run(); !s.ok())
        return s;
    for (const auto& [table, list] : {std::pair{"speaker_mentions", &merge.mentionIds}, std::pair{"claims", &merge.claimIds}})
        if (!list->empty())
            if (Status s = m_db.exec(std::string("UPDATE ") + table + " SET speaker_id = " + f + " WHERE id IN (" +
                                     joinIds(*list) + ")");
                !s.ok())
                return s;
    return tx.commit();
}

Result<std::int64_t> ProjectStore::splitSpeaker(std::int64_t speaker, const std::string& alias) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return makeError(tx.started().error());
    const std::string folded = text::foldToLatin(alias);
    auto kind = m_db.prepare("SELECT kind FROM speakers WHERE id = ?");
    if (!kind)
        return makeError(kind.error());
    kind->bind(1, speaker);
    if (!kind->step())
        return makeError("no speaker " + std::to_string(speaker));
    const std::string kindName = kind->text(0);
    auto insert = m_db.prepare("INSERT INTO speakers(name, kind, origin) VALUES (?, ?, 'analyst')");
    if (!insert)
        return makeError(insert.error());
    if (Status s = insert->bind(1, alias).bind(2, kindName).run(); !s.ok())
        return makeError(s.error());
    const std::int64_t id = m_db.lastInsertId();
    auto moveAlias = m_db.prepare("UPDATE speaker_aliases SET speaker_id = ? WHERE speaker_id = ? AND folded = ?");
    if (!moveAlias)
        return makeError(moveAlias.error());
    if (Status s = moveAlias->bind(1, id).bind(2, speaker).bind(3, folded).run(); !s.ok())
        return makeError(s.error());
    if (m_db.changes() == 0)
        return makeError("speaker " + std::to_string(speaker) + " has no alias \"" + alias + "\"");
    // Claims whose speaker mention reads as the alias follow it.
    auto claims = m_db.prepare(
        "SELECT c.id, substr(d.text, c.mention_start + 1, c.mention_end - c.mention_start) FROM claims c "
        "JOIN documents d ON d.id = c.document_id WHERE c.speaker_id = ? AND c.mention_start IS NOT NULL");
    auto move = m_db.prepare("UPDATE claims SET speaker_id = ? WHERE id = ?");
    if (!claims || !move)
        return makeError(!claims ? claims.error() : move.error());
    claims->bind(1, speaker);
    std::vector<std::int64_t> moving;
    while (claims->step())
        if (text::foldToLatin(claims->text(1)) == folded)
            moving.push_back(claims->int64(0));
    for (auto claimId : moving)
        if (Status s = move->bind(1, id).bind(2, claimId).run(); !s.ok())
            return makeError(s.error());
    if (Status s = tx.commit(); !s.ok())
        return makeError(s.error());
    return id;
}

}  // namespace claimdesk::store
