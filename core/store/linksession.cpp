#include "core/store/linksession.h"

#include <set>

#include "core/domain/figureframe.h"
#include "core/store/clusterrows.h"
#include "core/store/database.h"
#include "core/store/projectstore.h"

namespace claimdesk::store {
namespace {

// Runs a one-parameter query for each id and collects what `read` makes of
// each row.
template <typename Read>
Status forEachId(Database& db, std::string_view sql, const std::vector<std::int64_t>& ids, Read&& read) {
    auto stmt = db.prepare(sql);
    if (!stmt)
        return makeError(stmt.error());
    for (std::int64_t id : ids) {
        stmt->bind(1, id);
        while (stmt->step())
            read(*stmt);
        if (Status s = stmt->status(); !s.ok())
            return s;
        stmt->reset();
    }
    return {};
}

// The cluster of each claim or event (`column`: claim_id or event_id)
// that has one.
Result<std::map<std::int64_t, std::int64_t>> clusterOfEach(Database& db, const std::string& column,
                                                           const std::vector<std::int64_t>& ids) {
    std::map<std::int64_t, std::int64_t> out;
    Status read = forEachId(db, "SELECT " + column + ", cluster_id FROM cluster_members WHERE " + column + " = ?", ids,
                            [&](const Statement& s) { out[s.int64(0)] = s.int64(1); });
    if (!read.ok())
        return makeError(read.error());
    return out;
}

}  // namespace

Result<std::vector<PendingClaim>> LinkSession::pendingClaims() {
    auto stmt = m_db.prepare(
        "SELECT p.claim_id, m.cluster_id, c.status = 'rejected' FROM link_pending_claims p "
        "JOIN claims c ON c.id = p.claim_id LEFT JOIN cluster_members m ON m.claim_id = p.claim_id "
        "ORDER BY p.claim_id");
    if (!stmt)
        return makeError(stmt.error());
    std::vector<PendingClaim> out;
    while (stmt->step())
        out.push_back({stmt->int64(0), stmt->optionalInt64(1), stmt->int64(2) != 0});
    if (Status s = stmt->status(); !s.ok())
        return makeError(s.error());
    return out;
}

Result<std::vector<std::int64_t>> LinkSession::pendingEvents() {
    auto stmt = m_db.prepare("SELECT event_id FROM link_pending_events ORDER BY event_id");
    if (!stmt)
        return makeError(stmt.error());
    std::vector<std::int64_t> out;
    while (stmt->step())
        out.push_back(stmt->int64(0));
    if (Status s = stmt->status(); !s.ok())
        return makeError(s.error());
    return out;
}

Result<std::int64_t> LinkSession::claimCount() {
    auto stmt = m_db.prepare("SELECT COUNT(*) FROM claims");
    if (!stmt)
        return makeError(stmt.error());
    if (!stmt->step())
        return makeError(stmt->status().error());
    return stmt->int64(0);
}

Result<std::vector<LinkableClaim>> LinkSession::claims(const std::vector<std::int64_t>& ids) {
    std::vector<LinkableClaim> out;
    Status read = forEachId(
        m_db,
        "SELECT c.id, c.document_id, COALESCE(o.name, ''), COALESCE(s.name, ''), c.content, "
        "CASE WHEN c.cue_start IS NULL THEN '' ELSE substr(d.text, c.cue_start + 1, c.cue_end - c.cue_start) END, "
        "c.stated_on, c.content_start, c.type, c.polarity FROM claims c JOIN documents d ON d.id = c.document_id "
        "LEFT JOIN outlets o ON o.id = d.outlet_id LEFT JOIN speakers s ON s.id = c.speaker_id WHERE c.id = ?",
        ids, [&](const Statement& s) {
            out.push_back({s.int64(0), s.int64(1), s.text(2), s.text(3), s.text(4), s.text(5), s.optionalText(6),
                           s.int64(7), {}, claimTypeFromName(s.text(8)).value_or(ClaimType::Statement),
                           polarityFromName(s.text(9)).value_or(Polarity::Affirmed)});
        });
    if (!read.ok())
        return makeError(read.error());
    std::size_t next = 0;
    std::vector<std::int64_t> found;
    for (const auto& c : out)
        found.push_back(c.id);
    read = forEachId(m_db,
                     "SELECT claim_id, text, value, low, high, approximate, unit, measure, subject, period, "
                     "period_kind, cumulative FROM quantities WHERE claim_id = ? ORDER BY start",
                     found, [&](const Statement& s) {
                         while (out[next].id != s.int64(0))
                             ++next;
                         Quantity q;
                         q.text.text = s.text(1);
                         q.value = s.optionalReal(2);
                         q.low = s.optionalReal(3);
                         q.high = s.optionalReal(4);
                         q.approximate = s.int64(5) != 0;
                         q.unit = s.text(6);
                         q.frame.measure = s.text(7);
                         q.frame.subject = s.text(8);
                         q.frame.period = s.text(9);
                         q.frame.periodKind = periodKindFromName(s.text(10)).value_or(PeriodKind::Unknown);
                         q.frame.cumulative = s.int64(11) != 0;
                         out[next].quantities.push_back(std::move(q));
                     });
    if (!read.ok())
        return makeError(read.error());
    return out;
}

Result<std::map<std::int64_t, std::int64_t>> LinkSession::clustersOf(const std::vector<std::int64_t>& claimIds) {
    return clusterOfEach(m_db, "claim_id", claimIds);
}

Result<std::set<std::int64_t>> LinkSession::analystClusters(const std::vector<std::int64_t>& clusterIds) {
    std::set<std::int64_t> out;
    Status read = forEachId(m_db, "SELECT cluster_id FROM cluster_members WHERE cluster_id = ? AND pinned = 1 LIMIT 1",
                            clusterIds, [&](const Statement& s) { out.insert(s.int64(0)); });
    if (!read.ok())
        return makeError(read.error());
    return out;
}

Result<LinkSession::Members> LinkSession::membersOf(const std::vector<std::int64_t>& clusterIds,
                                                    std::size_t perCluster) {
    // The sample is spread by a multiplicative hash of the claim id, so that
    // it is the same on every pass and not only the oldest or newest claims.
    auto size = m_db.prepare("SELECT COUNT(*) FROM cluster_members WHERE cluster_id = ? AND claim_id IS NOT NULL");
    auto sample = m_db.prepare(
        "SELECT claim_id FROM cluster_members WHERE cluster_id = ? AND claim_id IS NOT NULL "
        "ORDER BY (claim_id * 2654435761) % 4294967311, claim_id LIMIT ?");
    if (!size || !sample)
        return makeError("cannot prepare the cluster members query: " + m_db.lastError());
    Members out;
    for (std::int64_t cluster : clusterIds) {
        size->bind(1, cluster);
        const std::int64_t count = size->step() ? size->int64(0) : 0;
        if (Status s = size->status(); !s.ok())
            return makeError(s.error());
        size->reset();
        if (count > static_cast<std::int64_t>(perCluster))
            out.partial.insert(cluster);
        sample->bind(1, cluster).bind(2, static_cast<std::int64_t>(perCluster));
        while (sample->step())
            out.clusterOf[sample->int64(0)] = cluster;
        if (Status s = sample->status(); !s.ok())
            return makeError(s.error());
        sample->reset();
    }
    return out;
}

Result<std::vector<ClaimSource>> LinkSession::sourcesIn(std::int64_t clusterId, bool withPinned) {
    std::vector<ClaimSource> out;
    Status read = forEachId(m_db,
                            "SELECT COALESCE(o.name, ''), COALESCE(s.name, '') FROM cluster_members m "
                            "JOIN claims c ON c.id = m.claim_id JOIN documents d ON d.id = c.document_id "
                            "LEFT JOIN outlets o ON o.id = d.outlet_id LEFT JOIN speakers s ON s.id = c.speaker_id "
                            "WHERE m.cluster_id = ? AND (m.pinned = 0 OR " +
                                std::string(withPinned ? "1" : "0") + ")",
                            {clusterId}, [&](const Statement& s) { out.push_back({s.text(0), s.text(1)}); });
    if (!read.ok())
        return makeError(read.error());
    return out;
}

Result<std::pair<bool, std::string>> LinkSession::disagreementOf(std::int64_t clusterId) {
    std::pair<bool, std::string> out{false, {}};
    Status read = forEachId(m_db, "SELECT disagreement, COALESCE(reason, '') FROM clusters WHERE id = ?", {clusterId},
                            [&](const Statement& s) { out = {s.int64(0) != 0, s.text(1)}; });
    if (!read.ok())
        return makeError(read.error());
    return out;
}

Result<std::unordered_map<std::string, IndexedWord>> LinkSession::postWords(
    const std::vector<std::pair<std::int64_t, std::vector<std::string>>>& claimWords, std::int64_t postingCap) {
    auto find = m_db.prepare("SELECT id, claims FROM link_words WHERE word = ?");
    auto insert = m_db.prepare("INSERT INTO link_words(word, claims) VALUES (?, 0)");
    auto count = m_db.prepare("UPDATE link_words SET claims = ? WHERE id = ?");
    auto post = m_db.prepare("INSERT OR IGNORE INTO link_postings(word_id, claim_id) VALUES (?, ?)");
    if (!find || !insert || !count || !post)
        return makeError("cannot prepare the word index: " + m_db.lastError());
    std::unordered_map<std::string, IndexedWord> words;
    std::set<std::string> changed;
    for (const auto& [claimId, list] : claimWords) {
        for (const std::string& word : std::set<std::string>(list.begin(), list.end())) {
            auto it = words.find(word);
            if (it == words.end()) {
                find->bind(1, word);
                IndexedWord w;
                if (find->step()) {
                    w = {find->int64(0), find->int64(1), find->int64(1)};
                } else {
                    if (Status s = insert->bind(1, word).run(); !s.ok())
                        return makeError(s.error());
                    w.id = m_db.lastInsertId();
                }
                find->reset();
                it = words.emplace(word, w).first;
            }
            ++it->second.claims;
            changed.insert(word);
            if (it->second.claims <= postingCap)
                if (Status s = post->bind(1, it->second.id).bind(2, claimId).run(); !s.ok())
                    return makeError(s.error());
        }
    }
    for (const auto& word : changed)
        if (Status s = count->bind(1, words[word].claims).bind(2, words[word].id).run(); !s.ok())
            return makeError(s.error());
    return words;
}

Result<std::unordered_map<std::string, std::int64_t>> LinkSession::wordCounts(const std::vector<std::string>& words) {
    auto find = m_db.prepare("SELECT claims FROM link_words WHERE word = ?");
    if (!find)
        return makeError(find.error());
    std::unordered_map<std::string, std::int64_t> out;
    for (const auto& word : words) {
        if (out.count(word))
            continue;
        find->bind(1, word);
        out[word] = find->step() ? find->int64(0) : 0;
        find->reset();
    }
    return out;
}

Result<std::vector<std::int64_t>> LinkSession::postings(std::int64_t wordId) {
    std::vector<std::int64_t> out;
    Status read = forEachId(m_db, "SELECT claim_id FROM link_postings WHERE word_id = ? ORDER BY claim_id", {wordId},
                            [&](const Statement& s) { out.push_back(s.int64(0)); });
    if (!read.ok())
        return makeError(read.error());
    return out;
}

Status LinkSession::writeClaimClusters(const std::vector<ClusterRecord>& clusters,
                                       const std::vector<MergedCluster>& merged) {
    auto pinnedOf = m_db.prepare("SELECT pinned, cluster_id FROM cluster_members WHERE claim_id = ?");
    auto leave = m_db.prepare("DELETE FROM cluster_members WHERE claim_id = ?");
    ClusterRowWriter rows(m_db);
    auto member =
        m_db.prepare("INSERT INTO cluster_members(cluster_id, claim_id, pinned, disputed) VALUES (?, ?, ?, ?)");
    auto markDisputed = m_db.prepare("UPDATE cluster_members SET disputed = ?1 WHERE claim_id = ?2 AND disputed <> ?1");
    auto absorb = m_db.prepare(
        "UPDATE cluster_members SET cluster_id = ? WHERE cluster_id = ? AND claim_id IS NOT NULL AND pinned = 0");
    // A cluster still holding a claim (one the analyst placed) is kept.
    auto drop = m_db.prepare(
        "DELETE FROM clusters WHERE kind = 'claim' AND id = ?1 "
        "AND NOT EXISTS (SELECT 1 FROM cluster_members WHERE cluster_id = ?1)");
    if (Status s = rows.prepared(); !s.ok())
        return s;
    if (!pinnedOf || !leave || !member || !markDisputed || !absorb || !drop)
        return makeError("cannot prepare cluster statements: " + m_db.lastError());
    for (const auto& c : clusters) {
        auto written = rows.write(c);
        if (!written)
            return makeError(written.error());
        const std::int64_t id = *written;
        for (std::int64_t claimId : c.claimIds) {
            pinnedOf->bind(1, claimId);
            std::optional<std::int64_t> pinnedIn;  // the cluster the analyst placed it in
            std::optional<std::int64_t> current;
            if (pinnedOf->step()) {
                current = pinnedOf->int64(1);
                if (pinnedOf->int64(0) != 0)
                    pinnedIn = current;
            }
            pinnedOf->reset();
            const int disputed = disputedFlag(c, claimId);
            if (current == id) {
                // There already: only its part in the disagreement may change;
                // rewriting it would churn a large cluster.
                if (Status s = markDisputed->bind(1, disputed).bind(2, claimId).run(); !s.ok())
                    return s;
                continue;
            }
            // Linking never moves a claim the analyst placed: when its
            // cluster merged into another, it stays where it was put.
            if (pinnedIn && *pinnedIn != id)
                continue;
            const int pinned = pinnedIn ? 1 : 0;
            if (Status s = leave->bind(1, claimId).run(); !s.ok())
                return s;
            if (Status s = member->bind(1, id).bind(2, claimId).bind(3, pinned).bind(4, disputed).run(); !s.ok())
                return s;
        }
    }
    for (const auto& m : merged) {
        if (Status s = absorb->bind(1, m.into).bind(2, m.from).run(); !s.ok())
            return s;
        if (Status s = drop->bind(1, m.from).run(); !s.ok())
            return s;
    }
    return {};
}

Result<std::vector<LinkableEvent>> LinkSession::events(const std::vector<std::int64_t>& ids) {
    std::vector<LinkableEvent> out;
    Status read = forEachId(m_db,
                            "SELECT id, document_id, COALESCE(date, ''), COALESCE(place, ''), what || ' ' || evidence "
                            "FROM events WHERE id = ?",
                            ids, [&](const Statement& s) {
                                out.push_back({s.int64(0), s.int64(1), s.text(2), s.text(3), s.text(4)});
                            });
    if (!read.ok())
        return makeError(read.error());
    return out;
}

Result<std::vector<std::int64_t>> LinkSession::eventsDatedNear(const std::string& date, int limit) {
    if (date.empty())
        return std::vector<std::int64_t>{};
    // The periods holding a calendar date are its prefixes ("2024",
    // "2024-08" hold "2024-08-06"); the dates it holds start with it.
    std::vector<std::string> holders;
    for (std::size_t cut : {std::size_t{4}, std::size_t{7}})
        if (date.size() > cut && date[cut] == '-')
            holders.push_back(date.substr(0, cut));
    auto stmt = m_db.prepare(
        "SELECT id FROM events WHERE date = ?1 OR date = ?2 OR date = ?3 OR (date > ?1 || '-' AND date < ?1 || '.') "
        "ORDER BY id DESC LIMIT ?4");
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, date).bind(4, limit);
    for (int i = 0; i < 2; ++i)
        if (i < static_cast<int>(holders.size()))
            stmt->bind(2 + i, holders[static_cast<std::size_t>(i)]);
        else
            stmt->bindNull(2 + i);
    std::vector<std::int64_t> out;
    while (stmt->step())
        out.push_back(stmt->int64(0));
    if (Status s = stmt->status(); !s.ok())
        return makeError(s.error());
    return out;
}

Result<std::map<std::int64_t, std::int64_t>> LinkSession::eventClustersOf(const std::vector<std::int64_t>& eventIds) {
    return clusterOfEach(m_db, "event_id", eventIds);
}

Status LinkSession::joinEvents(const std::vector<std::int64_t>& eventIds, const std::vector<std::int64_t>& existing) {
    std::int64_t id;
    if (existing.empty()) {
        if (Status s = m_db.exec("INSERT INTO clusters(kind) VALUES ('event')"); !s.ok())
            return s;
        id = m_db.lastInsertId();
    } else {
        id = existing.front();
    }
    auto leave = m_db.prepare("DELETE FROM cluster_members WHERE event_id = ?");
    auto member = m_db.prepare("INSERT INTO cluster_members(cluster_id, event_id) VALUES (?, ?)");
    auto absorb = m_db.prepare("UPDATE cluster_members SET cluster_id = ?1 WHERE cluster_id = ?2");
    auto drop = m_db.prepare("DELETE FROM clusters WHERE kind = 'event' AND id = ?");
    if (!leave || !member || !absorb || !drop)
        return makeError("cannot prepare event cluster statements: " + m_db.lastError());
    // The other clusters join the first with all their members, read or not.
    for (std::size_t i = 1; i < existing.size(); ++i) {
        if (Status s = absorb->bind(1, id).bind(2, existing[i]).run(); !s.ok())
            return s;
        if (Status s = drop->bind(1, existing[i]).run(); !s.ok())
            return s;
    }
    for (std::int64_t eventId : eventIds) {
        if (Status s = leave->bind(1, eventId).run(); !s.ok())
            return s;
        if (Status s = member->bind(1, id).bind(2, eventId).run(); !s.ok())
            return s;
    }
    return {};
}

Status LinkSession::forgetLinks() {
    return m_db.exec(
        "DELETE FROM link_postings; DELETE FROM link_words;"
        "DELETE FROM cluster_members WHERE pinned = 0 AND cluster_id NOT IN (SELECT cluster_id FROM disagreement_dismissals);"
        "DELETE FROM clusters WHERE id NOT IN (SELECT cluster_id FROM cluster_members);"
        "INSERT OR IGNORE INTO link_pending_claims(claim_id) SELECT id FROM claims;"
        "INSERT OR IGNORE INTO link_pending_events(event_id) SELECT id FROM events;");
}

Status LinkSession::markLinked(const std::vector<std::int64_t>& claimIds, const std::vector<std::int64_t>& eventIds) {
    auto claim = m_db.prepare("DELETE FROM link_pending_claims WHERE claim_id = ?");
    auto event = m_db.prepare("DELETE FROM link_pending_events WHERE event_id = ?");
    if (!claim || !event)
        return makeError(!claim ? claim.error() : event.error());
    for (std::int64_t id : claimIds)
        if (Status s = claim->bind(1, id).run(); !s.ok())
            return s;
    for (std::int64_t id : eventIds)
        if (Status s = event->bind(1, id).run(); !s.ok())
            return s;
    return {};
}

}  // namespace claimdesk::store
