// ProjectStore: the analyst's edits of claim clusters (moving claims,
// merging, splitting, dismissing a disagreement) and a rejected claim set
// aside from its cluster, each written with the facts it changes.

#include <set>

#include "core/store/projectstore.h"

namespace claimdesk::store {
namespace {

std::optional<std::int64_t> clusterOf(Database& db, std::int64_t claimId, bool* pinned = nullptr) {
    auto stmt = db.prepare("SELECT cluster_id, pinned FROM cluster_members WHERE claim_id = ?");
    if (!stmt)
        return std::nullopt;
    stmt->bind(1, claimId);
    if (!stmt->step())
        return std::nullopt;
    if (pinned)
        *pinned = stmt->int64(1) != 0;
    return stmt->int64(0);
}

Status removeMember(Database& db, std::int64_t claimId) {
    auto del = db.prepare("DELETE FROM cluster_members WHERE claim_id = ?");
    if (!del)
        return makeError(del.error());
    return del->bind(1, claimId).run();
}

Status addMember(Database& db, std::int64_t clusterId, std::int64_t claimId, bool pinned) {
    auto add = db.prepare("INSERT INTO cluster_members(cluster_id, claim_id, pinned) VALUES (?, ?, ?)");
    if (!add)
        return makeError(add.error());
    return add->bind(1, clusterId).bind(2, claimId).bind(3, pinned ? 1 : 0).run();
}

Status checkClaim(Database& db, std::int64_t claimId) {
    auto stmt = db.prepare("SELECT 1 FROM claims WHERE id = ?");
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, claimId);
    if (!stmt->step())
        return makeError("no claim " + std::to_string(claimId));
    return {};
}

}  // namespace

Status ProjectStore::writeClusterFacts(std::int64_t clusterId, const ClusterFacts& facts) {
    auto update = m_db.prepare(
        "UPDATE clusters SET disagreement = CASE WHEN ?1 = 1 AND NOT EXISTS (SELECT 1 FROM disagreement_dismissals x "
        "WHERE x.cluster_id = ?6 AND x.dismissed_reason = ?2) THEN 1 ELSE 0 END, reason = ?2, outlet_count = ?3, "
        "independent_sources = ?4, origin_speaker = ?5 WHERE id = ?6");
    if (!update)
        return makeError(update.error());
    const Status updated = update->bind(1, facts.disagreement ? 1 : 0)
        .bind(2, facts.reason)
        .bind(3, facts.outletCount)
        .bind(4, facts.independentSources)
        .bind(5, facts.originSpeaker)
        .bind(6, clusterId)
        .run();
    if (!updated.ok())
        return updated;
    // Only the parties to the disagreement show it (every member when the
    // facts name none).
    auto parties = m_db.prepare(
        "UPDATE cluster_members SET disputed = ?1 WHERE cluster_id = ?2 AND claim_id = ?3 AND disputed <> ?1");
    auto members = m_db.prepare("SELECT claim_id FROM cluster_members WHERE cluster_id = ? AND claim_id IS NOT NULL");
    if (!parties || !members)
        return makeError(!parties ? parties.error() : members.error());
    std::vector<std::int64_t> claims;
    members->bind(1, clusterId);
    while (members->step())
        claims.push_back(members->int64(0));
    for (std::int64_t claim : claims) {
        const int disputed = facts.disputed.empty() || facts.disputed.count(claim) ? 1 : 0;
        if (Status s = parties->bind(1, disputed).bind(2, clusterId).bind(3, claim).run(); !s.ok())
            return s;
    }
    return {};
}

Status ProjectStore::judgeClusters(const std::set<std::int64_t>& clusterIds, const ClusterJudge& judge) {
    if (!judge) {  // judged at the next open for work (judgeMarkedClusters)
        auto mark = m_db.prepare("INSERT OR IGNORE INTO clusters_to_judge(cluster_id) VALUES (?)");
        if (!mark)
            return makeError(mark.error());
        for (std::int64_t id : clusterIds) {
            if (Status s = mark->bind(1, id).run(); !s.ok())
                return s;
        }
        return {};
    }
    auto members = m_db.prepare("SELECT claim_id FROM cluster_members WHERE cluster_id = ? AND claim_id IS NOT NULL");
    if (!members)
        return makeError(members.error());
    for (std::int64_t id : clusterIds) {
        std::vector<std::int64_t> claims;
        members->bind(1, id);
        while (members->step())
            claims.push_back(members->int64(0));
        members->reset();
        ClusterFacts facts;  // an emptied cluster disagrees with nothing
        if (!claims.empty()) {
            auto judged = judge(claims);
            if (!judged)
                return makeError(judged.error());
            facts = std::move(*judged);
        }
        if (Status s = writeClusterFacts(id, facts); !s.ok())
            return s;
    }
    return {};
}

Status ProjectStore::setAsideRejected(const std::set<std::int64_t>& claimIds, std::set<std::int64_t>& touched) {
    auto status = m_db.prepare("SELECT status FROM claims WHERE id = ?");
    auto aside = m_db.prepare("SELECT cluster_id, pinned FROM cluster_set_aside WHERE claim_id = ?");
    auto remember = m_db.prepare("INSERT OR REPLACE INTO cluster_set_aside(claim_id, cluster_id, pinned) VALUES (?,?,?)");
    auto forget = m_db.prepare("DELETE FROM cluster_set_aside WHERE claim_id = ?");
    auto exists = m_db.prepare("SELECT 1 FROM clusters WHERE id = ?");
    auto queue = m_db.prepare("INSERT OR IGNORE INTO link_pending_claims(claim_id) VALUES (?)");
    if (!status || !aside || !remember || !forget || !exists || !queue)
        return makeError("cannot prepare cluster statements: " + m_db.lastError());
    for (std::int64_t id : claimIds) {
        status->bind(1, id);
        const bool rejected = status->step() && status->text(0) == claimStatusName(ClaimStatus::Rejected);
        status->reset();
        bool pinned = false;
        const auto current = clusterOf(m_db, id, &pinned);
        if (rejected) {
            if (!current)
                continue;
            if (Status s = remember->bind(1, id).bind(2, *current).bind(3, pinned ? 1 : 0).run(); !s.ok())
                return s;
            if (Status s = removeMember(m_db, id); !s.ok())
                return s;
            touched.insert(*current);
            continue;
        }
        aside->bind(1, id);
        if (!aside->step()) {
            aside->reset();
            // Rejected before linking reached it: the next linking run
            // takes it as a claim new to it.
            Status queued = current ? Status{} : queue->bind(1, id).run();
            if (!queued.ok())
                return queued;
            continue;
        }
        const std::int64_t cluster = aside->int64(0);
        const bool wasPinned = aside->int64(1) != 0;
        aside->reset();
        if (Status s = forget->bind(1, id).run(); !s.ok())
            return s;
        // A cluster linking has dropped meanwhile leaves the claim to the
        // next linking run, as a claim new to it.
        exists->bind(1, cluster);
        const bool clusterLives = exists->step();
        exists->reset();
        if (current)
            continue;
        if (!clusterLives) {
            if (Status s = queue->bind(1, id).run(); !s.ok())
                return s;
            continue;
        }
        if (Status s = addMember(m_db, cluster, id, wasPinned); !s.ok())
            return s;
        touched.insert(cluster);
    }
    return {};
}

Result<std::int64_t> ProjectStore::moveClaims(const std::vector<std::int64_t>& claimIds,
                                              std::optional<std::int64_t> into, const ClusterJudge& judge) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return makeError(tx.started().error());
    for (std::int64_t id : claimIds)
        if (Status s = checkClaim(m_db, id); !s.ok())
            return makeError(s.error());
    std::int64_t target = 0;
    if (into) {
        auto exists = m_db.prepare("SELECT 1 FROM clusters WHERE id = ? AND kind = 'claim'");
        if (!exists)
            return makeError(exists.error());
        exists->bind(1, *into);
        if (!exists->step())
            return makeError("no claim cluster " + std::to_string(*into));
        target = *into;
    } else {
        if (Status s = m_db.exec("INSERT INTO clusters(kind) VALUES ('claim')"); !s.ok())
            return makeError(s.error());
        target = m_db.lastInsertId();
    }
    std::set<std::int64_t> touched{target};
    auto forget = m_db.prepare("DELETE FROM cluster_set_aside WHERE claim_id = ?");
    if (!forget)
        return makeError(forget.error());
    for (std::int64_t id : claimIds) {
        if (const auto from = clusterOf(m_db, id))
            touched.insert(*from);
        if (Status s = removeMember(m_db, id); !s.ok())
            return makeError(s.error());
        if (Status s = forget->bind(1, id).run(); !s.ok())
            return makeError(s.error());
        if (Status s = addMember(m_db, target, id, true); !s.ok())
            return makeError(s.error());
    }
    if (Status s = judgeClusters(touched, judge); !s.ok())
        return makeError(s.error());
    if (Status s = tx.commit(); !s.ok())
        return makeError(s.error());
    return target;
}

Result<std::vector<ClaimPlacement>> ProjectStore::placements(const std::vector<std::int64_t>& claimIds) {
    std::vector<ClaimPlacement> out;
    for (std::int64_t id : claimIds) {
        if (Status s = checkClaim(m_db, id); !s.ok())
            return makeError(s.error());
        ClaimPlacement p{id, std::nullopt, false};
        p.clusterId = clusterOf(m_db, id, &p.pinned);
        out.push_back(p);
    }
    return out;
}

Status ProjectStore::restorePlacements(const std::vector<ClaimPlacement>& placements, const ClusterJudge& judge) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    auto revive = m_db.prepare("INSERT OR IGNORE INTO clusters(id, kind) VALUES (?, 'claim')");
    if (!revive)
        return makeError(revive.error());
    std::set<std::int64_t> touched;
    for (const auto& p : placements) {
        if (const auto from = clusterOf(m_db, p.claimId))
            touched.insert(*from);
        if (Status s = removeMember(m_db, p.claimId); !s.ok())
            return s;
        if (!p.clusterId)
            continue;
        if (Status s = revive->bind(1, *p.clusterId).run(); !s.ok())
            return s;
        if (Status s = addMember(m_db, *p.clusterId, p.claimId, p.pinned); !s.ok())
            return s;
        touched.insert(*p.clusterId);
    }
    if (Status s = judgeClusters(touched, judge); !s.ok())
        return s;
    return tx.commit();
}

Status ProjectStore::rejudgeClusters(const std::vector<std::int64_t>& clusterIds, const ClusterJudge& judge) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    std::set<std::int64_t> ids(clusterIds.begin(), clusterIds.end());
    if (ids.empty()) {
        auto all = m_db.prepare("SELECT id FROM clusters WHERE kind = 'claim'");
        if (!all)
            return makeError(all.error());
        while (all->step())
            ids.insert(all->int64(0));
    }
    if (Status s = judgeClusters(ids, judge); !s.ok())
        return s;
    return tx.commit();
}

Status ProjectStore::judgeMarkedClusters(const ClusterJudge& judge) {
    if (readOnly() || !judge)
        return {};
    auto marked = [this]() -> Result<std::set<std::int64_t>> {
        auto stmt = m_db.prepare("SELECT cluster_id FROM clusters_to_judge");
        if (!stmt)
            return makeError(stmt.error());
        std::set<std::int64_t> ids;
        while (stmt->step())
            ids.insert(stmt->int64(0));
        if (!stmt->status().ok())
            return makeError(stmt->status().error());
        return ids;
    };
    auto waiting = marked();
    if (!waiting || waiting->empty())
        return waiting ? Status{} : makeError(waiting.error());
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    auto ids = marked();  // again under the write lock
    if (!ids)
        return makeError(ids.error());
    if (Status s = judgeClusters(*ids, judge); !s.ok())
        return s;
    if (Status s = m_db.exec("DELETE FROM clusters_to_judge"); !s.ok())
        return s;
    return tx.commit();
}

Status ProjectStore::dismissDisagreement(std::int64_t clusterId, const std::string& why, const std::string& analyst,
                                         const std::string& at) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    auto cluster = m_db.prepare("SELECT COALESCE(reason, ''), disagreement FROM clusters WHERE id = ? AND kind = 'claim'");
    if (!cluster)
        return makeError(cluster.error());
    cluster->bind(1, clusterId);
    if (!cluster->step())
        return makeError("no claim cluster " + std::to_string(clusterId));
    const std::string reason = cluster->text(0);
    const bool disagreement = cluster->int64(1) != 0;
    cluster->reset();
    if (reason.empty() || !disagreement)
        return makeError("cluster " + std::to_string(clusterId) + " shows no disagreement");
    auto insert = m_db.prepare(
        "INSERT OR REPLACE INTO disagreement_dismissals(cluster_id, dismissed_reason, why, analyst, at) "
        "VALUES (?,?,?,?,?)");
    auto update = m_db.prepare("UPDATE clusters SET disagreement = 0 WHERE id = ?");
    if (!insert || !update)
        return makeError(!insert ? insert.error() : update.error());
    if (Status s = insert->bind(1, clusterId).bind(2, reason).bind(3, why).bind(4, analyst).bind(5, at).run(); !s.ok())
        return s;
    if (Status s = update->bind(1, clusterId).run(); !s.ok())
        return s;
    return tx.commit();
}

Status ProjectStore::restoreDisagreement(std::int64_t clusterId) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    auto del = m_db.prepare("DELETE FROM disagreement_dismissals WHERE cluster_id = ?");
    auto update = m_db.prepare(
        "UPDATE clusters SET disagreement = (reason IS NOT NULL AND reason <> '') WHERE id = ? AND kind = 'claim'");
    if (!del || !update)
        return makeError(!del ? del.error() : update.error());
    if (Status s = del->bind(1, clusterId).run(); !s.ok())
        return s;
    if (Status s = update->bind(1, clusterId).run(); !s.ok())
        return s;
    return tx.commit();
}

Result<std::optional<Dismissal>> ProjectStore::dismissal(std::int64_t clusterId) {
    auto stmt = m_db.prepare(
        "SELECT dismissed_reason, why, analyst, at FROM disagreement_dismissals WHERE cluster_id = ?");
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, clusterId);
    std::optional<Dismissal> out;
    if (stmt->step())
        out = Dismissal{clusterId, stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3)};
    if (Status s = stmt->status(); !s.ok())
        return makeError(s.error());
    return out;
}

}  // namespace claimdesk::store
