// ProjectStore: clusters of claims across documents.

#include <map>
#include <set>

#include "core/store/clusterrows.h"
#include "core/store/projectstore.h"

namespace claimdesk::store {

Result<std::vector<ClusterMembership>> ProjectStore::claimClusters() {
    auto stmt = m_db.prepare(
        "SELECT claim_id, cluster_id, pinned FROM cluster_members WHERE claim_id IS NOT NULL ORDER BY cluster_id, claim_id");
    if (!stmt)
        return makeError(stmt.error());
    std::vector<ClusterMembership> out;
    while (stmt->step())
        out.push_back({stmt->int64(0), stmt->int64(1), stmt->int64(2) != 0});
    return out;
}

Result<std::vector<ProjectStore::ClusterInfo>> ProjectStore::clusterInfos() {
    auto stmt = m_db.prepare(
        "SELECT k.id, k.disagreement, COALESCE(k.reason, ''), k.outlet_count, k.independent_sources, "
        "COALESCE(k.origin_speaker, ''), (SELECT COUNT(*) FROM cluster_members m WHERE m.cluster_id = k.id), "
        "k.document_count, EXISTS (SELECT 1 FROM disagreement_dismissals x WHERE x.cluster_id = k.id "
        "                          AND x.dismissed_reason = k.reason AND k.reason <> '') "
        "FROM clusters k WHERE k.kind = 'claim' ORDER BY k.id");
    if (!stmt)
        return makeError(stmt.error());
    std::vector<ClusterInfo> out;
    while (stmt->step())
        out.push_back({stmt->int64(0), stmt->int64(1) != 0, stmt->text(2), static_cast<int>(stmt->int64(3)),
                       static_cast<int>(stmt->int64(4)), stmt->text(5), static_cast<int>(stmt->int64(6)),
                       static_cast<int>(stmt->int64(7)), stmt->int64(8) != 0});
    return out;
}

Status ProjectStore::writeClaimClusters(const std::vector<ClusterRecord>& clusters) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    std::set<std::int64_t> pinned;
    {
        auto stmt = m_db.prepare("SELECT claim_id FROM cluster_members WHERE pinned = 1 AND claim_id IS NOT NULL");
        if (!stmt)
            return makeError(stmt.error());
        while (stmt->step())
            pinned.insert(stmt->int64(0));
    }
    std::set<std::int64_t> kept;
    for (const auto& c : clusters)
        if (c.id)
            kept.insert(c.id);
    if (Status s = m_db.exec("DELETE FROM cluster_members WHERE claim_id IS NOT NULL"); !s.ok())
        return s;
    auto drop = m_db.prepare("DELETE FROM clusters WHERE kind = 'claim' AND id = ?");
    auto existing = m_db.prepare("SELECT id FROM clusters WHERE kind = 'claim'");
    ClusterRowWriter rows(m_db);
    auto member =
        m_db.prepare("INSERT INTO cluster_members(cluster_id, claim_id, pinned, disputed) VALUES (?, ?, ?, ?)");
    if (Status s = rows.prepared(); !s.ok())
        return s;
    if (!drop || !existing || !member)
        return makeError("cannot prepare cluster statements: " + m_db.lastError());
    std::vector<std::int64_t> stale;
    while (existing->step())
        if (!kept.count(existing->int64(0)))
            stale.push_back(existing->int64(0));
    for (auto id : stale)
        if (Status s = drop->bind(1, id).run(); !s.ok())
            return s;
    for (const auto& c : clusters) {
        auto id = rows.write(c);
        if (!id)
            return makeError(id.error());
        for (auto claimId : c.claimIds)
            if (Status s = member->bind(1, *id)
                               .bind(2, claimId)
                               .bind(3, pinned.count(claimId) ? 1 : 0)
                               .bind(4, disputedFlag(c, claimId))
                               .run();
                !s.ok())
                return s;
    }
    return tx.commit();
}

Result<std::int64_t> ProjectStore::moveClaimToCluster(std::int64_t claimId, std::optional<std::int64_t> clusterId) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return makeError(tx.started().error());
    std::int64_t target;
    if (clusterId) {
        target = *clusterId;
    } else {
        if (Status s = m_db.exec("INSERT INTO clusters(kind) VALUES ('claim')"); !s.ok())
            return makeError(s.error());
        target = m_db.lastInsertId();
    }
    auto del = m_db.prepare("DELETE FROM cluster_members WHERE claim_id = ?");
    auto add = m_db.prepare("INSERT INTO cluster_members(cluster_id, claim_id, pinned) VALUES (?, ?, 1)");
    if (!del || !add)
        return makeError(!del ? del.error() : add.error());
    if (Status s = del->bind(1, claimId).run(); !s.ok())
        return makeError(s.error());
    if (Status s = add->bind(1, target).bind(2, claimId).run(); !s.ok())
        return makeError(s.error());
    if (Status s = tx.commit(); !s.ok())
        return makeError(s.error());
    return target;
}

Status ProjectStore::writeEventClusters(const std::vector<std::vector<std::int64_t>>& groups) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    if (Status s = m_db.exec("DELETE FROM clusters WHERE kind = 'event'"); !s.ok())
        return s;
    auto insert = m_db.prepare("INSERT INTO clusters(kind) VALUES ('event')");
    auto member = m_db.prepare("INSERT INTO cluster_members(cluster_id, event_id) VALUES (?, ?)");
    if (!insert || !member)
        return makeError(!insert ? insert.error() : member.error());
    for (const auto& group : groups) {
        if (Status s = insert->run(); !s.ok())
            return s;
        const std::int64_t id = m_db.lastInsertId();
        for (auto eventId : group)
            if (Status s = member->bind(1, id).bind(2, eventId).run(); !s.ok())
                return s;
    }
    return tx.commit();
}

Result<std::vector<std::vector<std::int64_t>>> ProjectStore::eventClusters() {
    auto stmt = m_db.prepare(
        "SELECT m.cluster_id, m.event_id FROM cluster_members m JOIN clusters c ON c.id = m.cluster_id "
        "WHERE c.kind = 'event' ORDER BY m.cluster_id, m.event_id");
    if (!stmt)
        return makeError(stmt.error());
    std::vector<std::vector<std::int64_t>> out;
    std::int64_t current = -1;
    while (stmt->step()) {
        if (stmt->int64(0) != current) {
            current = stmt->int64(0);
            out.emplace_back();
        }
        out.back().push_back(stmt->int64(1));
    }
    return out;
}

}  // namespace claimdesk::store
