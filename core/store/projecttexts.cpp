// ProjectStore: what the analyst keeps for the whole project: the common
// reasons for a wrong attribution, free texts (the report's summary) and
// the titles given to timeline lanes.

#include "core/store/projectstore.h"

namespace claimdesk::store {

Result<std::vector<std::string>> ProjectStore::rejectReasons() {
    auto stmt = m_db.prepare("SELECT text FROM reject_reasons ORDER BY position, id");
    if (!stmt)
        return makeError(stmt.error());
    std::vector<std::string> out;
    while (stmt->step())
        out.push_back(stmt->text(0));
    if (Status s = stmt->status(); !s.ok())
        return makeError(s.error());
    return out;
}

Status ProjectStore::setRejectReasons(const std::vector<std::string>& reasons) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    if (Status s = m_db.exec("DELETE FROM reject_reasons"); !s.ok())
        return s;
    auto insert = m_db.prepare("INSERT OR IGNORE INTO reject_reasons(text, position) VALUES (?, ?)");
    if (!insert)
        return makeError(insert.error());
    int position = 0;
    for (const auto& reason : reasons)
        if (!reason.empty())
            if (Status s = insert->bind(1, reason).bind(2, ++position).run(); !s.ok())
                return s;
    return tx.commit();
}

Result<std::string> ProjectStore::projectText(const std::string& key) {
    auto stmt = m_db.prepare("SELECT value FROM project_texts WHERE key = ?");
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, key);
    std::string value;
    if (stmt->step())
        value = stmt->text(0);
    if (Status s = stmt->status(); !s.ok())
        return makeError(s.error());
    return value;
}

Status ProjectStore::setProjectText(const std::string& key, const std::string& value) {
    auto stmt = m_db.prepare(value.empty() ? "DELETE FROM project_texts WHERE key = ?1"
                                           : "INSERT INTO project_texts(key, value) VALUES (?1, ?2) "
                                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, key);
    if (!value.empty())
        stmt->bind(2, value);
    return stmt->run();
}

Result<std::map<std::string, std::string>> ProjectStore::laneTitles() {
    auto stmt = m_db.prepare("SELECT lane_key, title FROM lane_titles");
    if (!stmt)
        return makeError(stmt.error());
    std::map<std::string, std::string> out;
    while (stmt->step())
        out[stmt->text(0)] = stmt->text(1);
    if (Status s = stmt->status(); !s.ok())
        return makeError(s.error());
    return out;
}

Status ProjectStore::setLaneTitle(const std::string& laneKey, const std::optional<std::string>& title) {
    const bool remove = !title || title->empty();
    auto stmt = m_db.prepare(remove ? "DELETE FROM lane_titles WHERE lane_key = ?1"
                                    : "INSERT INTO lane_titles(lane_key, title) VALUES (?1, ?2) "
                                      "ON CONFLICT(lane_key) DO UPDATE SET title = excluded.title");
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, laneKey);
    if (!remove)
        stmt->bind(2, *title);
    return stmt->run();
}

}  // namespace claimdesk::store
