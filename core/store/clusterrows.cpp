#include "core/store/clusterrows.h"

namespace claimdesk::store {

ClusterRowWriter::ClusterRowWriter(Database& db) : m_db(db) {
    auto update = db.prepare(
        "UPDATE clusters SET disagreement = CASE WHEN ?1 = 1 AND NOT EXISTS (SELECT 1 FROM disagreement_dismissals x "
        "WHERE x.cluster_id = ?6 AND x.dismissed_reason = ?2) THEN 1 ELSE 0 END, reason = ?2, outlet_count = ?3, "
        "independent_sources = ?4, origin_speaker = ?5 WHERE id = ?6");
    auto insert = db.prepare(
        "INSERT INTO clusters(kind, disagreement, reason, outlet_count, independent_sources, origin_speaker) "
        "VALUES ('claim', ?, ?, ?, ?, ?)");
    if (!update || !insert) {
        m_error = "cannot prepare cluster statements: " + db.lastError();
        return;
    }
    m_update.emplace(std::move(*update));
    m_insert.emplace(std::move(*insert));
}

Status ClusterRowWriter::prepared() const { return m_error.empty() ? Status{} : makeError(m_error); }

Result<std::int64_t> ClusterRowWriter::write(const ClusterRecord& record) {
    if (Status s = prepared(); !s.ok())
        return makeError(s.error());
    Statement& row = record.id ? *m_update : *m_insert;
    row.bind(1, record.disagreement ? 1 : 0)
        .bind(2, record.reason)
        .bind(3, record.outletCount)
        .bind(4, record.independentSources)
        .bind(5, record.originSpeaker);
    if (record.id)
        row.bind(6, record.id);
    if (Status s = row.run(); !s.ok())
        return makeError(s.error());
    return record.id ? record.id : m_db.lastInsertId();
}

}  // namespace claimdesk::store
