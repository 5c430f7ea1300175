// ProjectStore: source reliability on the Admiralty scale (A-F), graded by
// the analyst per outlet and per speaker.

#include "core/store/projectstore.h"

namespace claimdesk::store {
namespace {

bool validGrade(std::optional<char> grade) { return !grade || (*grade >= 'A' && *grade <= 'F'); }

std::optional<char> gradeOf(const Statement& s, int column) {
    const auto text = s.optionalText(column);
    if (!text || text->size() != 1)
        return std::nullopt;
    return (*text)[0];
}

void bindGrade(Statement& s, int index, std::optional<char> grade) {
    if (grade)
        s.bind(index, std::string(1, *grade));
    else
        s.bindNull(index);
}

}  // namespace

Result<std::vector<OutletSummary>> ProjectStore::outlets() {
    auto stmt = m_db.prepare("SELECT id, name, reliability FROM outlets ORDER BY name COLLATE NOCASE, id");
    if (!stmt)
        return makeError(stmt.error());
    std::vector<OutletSummary> out;
    while (stmt->step())
        out.push_back({stmt->int64(0), stmt->text(1), gradeOf(*stmt, 2)});
    if (Status s = stmt->status(); !s.ok())
        return makeError(s.error());
    return out;
}

Result<std::optional<char>> ProjectStore::outletReliability(const std::string& outlet) {
    auto stmt = m_db.prepare("SELECT reliability FROM outlets WHERE name = ?");
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, outlet);
    if (!stmt->step())
        return makeError("no outlet '" + outlet + "'");
    return gradeOf(*stmt, 0);
}

Status ProjectStore::setOutletReliability(const std::string& outlet, std::optional<char> reliability) {
    if (!validGrade(reliability))
        return makeError("source reliability is a letter from A to F");
    auto stmt = m_db.prepare("UPDATE outlets SET reliability = ? WHERE name = ?");
    if (!stmt)
        return makeError(stmt.error());
    bindGrade(*stmt, 1, reliability);
    if (Status s = stmt->bind(2, outlet).run(); !s.ok())
        return s;
    return m_db.changes() == 1 ? Status{} : makeError("no outlet '" + outlet + "'");
}

Result<std::optional<char>> ProjectStore::speakerReliability(std::int64_t speakerId) {
    auto stmt = m_db.prepare("SELECT reliability FROM speakers WHERE id = ?");
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, speakerId);
    if (!stmt->step())
        return makeError("no speaker " + std::to_string(speakerId));
    return gradeOf(*stmt, 0);
}

Status ProjectStore::setSpeakerReliability(std::int64_t speakerId, std::optional<char> reliability) {
    if (!validGrade(reliability))
        return makeError("source reliability is a letter from A to F");
    auto stmt = m_db.prepare("UPDATE speakers SET reliability = ? WHERE id = ?");
    if (!stmt)
        return makeError(stmt.error());
    bindGrade(*stmt, 1, reliability);
    if (Status s = stmt->bind(2, speakerId).run(); !s.ok())
        return s;
    return m_db.changes() == 1 ? Status{} : makeError("no speaker " + std::to_string(speakerId));
}

}  // namespace claimdesk::store
