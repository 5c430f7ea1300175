// ProjectStore: the analyst's assessment of claims (credibility, verdict,
// note) with its history, and the project's list of verdict labels.

#include "core/store/projectstore.h"

namespace claimdesk::store {
namespace {

Status checkCredibility(const std::optional<int>& credibility) {
    if (credibility && (*credibility < 1 || *credibility > 6))
        return makeError("credibility is graded 1 to 6");
    return {};
}

std::optional<std::string> optionalText(const std::string& s) {
    return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

}  // namespace

Status ProjectStore::assess(const std::vector<AssessmentRecord>& records) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    auto update = m_db.prepare("UPDATE claims SET credibility = ?, verdict = ?, assessment_note = ? WHERE id = ?");
    auto append = m_db.prepare(
        "INSERT INTO assessment_history(claim_id, credibility, verdict, note, analyst, at) VALUES (?,?,?,?,?,?)");
    if (!update || !append)
        return makeError(!update ? update.error() : append.error());
    for (const auto& r : records) {
        if (Status s = checkCredibility(r.assessment.credibility); !s.ok())
            return s;
        if (r.analyst.empty())
            return makeError("an assessment needs the analyst's name");
        const auto verdict = optionalText(r.assessment.verdict);
        if (Status s = update->bind(1, r.assessment.credibility)
                           .bind(2, verdict)
                           .bind(3, r.assessment.note)
                           .bind(4, r.claimId)
                           .run();
            !s.ok())
            return s;
        if (m_db.changes() != 1)
            return makeError("no claim " + std::to_string(r.claimId));
        if (Status s = append->bind(1, r.claimId)
                           .bind(2, r.assessment.credibility)
                           .bind(3, verdict)
                           .bind(4, r.assessment.note)
                           .bind(5, r.analyst)
                           .bind(6, r.at)
                           .run();
            !s.ok())
            return s;
    }
    return tx.commit();
}

Result<Assessment> ProjectStore::assessment(std::int64_t claimId) {
    auto stmt = m_db.prepare("SELECT credibility, COALESCE(verdict, ''), assessment_note FROM claims WHERE id = ?");
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, claimId);
    if (!stmt->step())
        return makeError("no claim " + std::to_string(claimId));
    Assessment a;
    if (auto c = stmt->optionalInt64(0))
        a.credibility = static_cast<int>(*c);
    a.verdict = stmt->text(1);
    a.note = stmt->text(2);
    return a;
}

Result<std::vector<AssessmentRecord>> ProjectStore::assessmentHistory(std::int64_t claimId) {
    auto stmt = m_db.prepare(
        "SELECT credibility, COALESCE(verdict, ''), note, analyst, at FROM assessment_history WHERE claim_id = ? "
        "ORDER BY id");
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, claimId);
    std::vector<AssessmentRecord> out;
    while (stmt->step()) {
        AssessmentRecord r;
        r.claimId = claimId;
        if (auto c = stmt->optionalInt64(0))
            r.assessment.credibility = static_cast<int>(*c);
        r.assessment.verdict = stmt->text(1);
        r.assessment.note = stmt->text(2);
        r.analyst = stmt->text(3);
        r.at = stmt->text(4);
        out.push_back(std::move(r));
    }
    if (Status s = stmt->status(); !s.ok())
        return makeError(s.error());
    return out;
}

Result<std::vector<VerdictLabel>> ProjectStore::verdictLabels() {
    auto stmt = m_db.prepare("SELECT name, rating FROM verdict_labels ORDER BY position, id");
    if (!stmt)
        return makeError(stmt.error());
    std::vector<VerdictLabel> out;
    while (stmt->step()) {
        VerdictLabel label{stmt->text(0), std::nullopt};
        if (auto r = stmt->optionalInt64(1))
            label.rating = static_cast<int>(*r);
        out.push_back(std::move(label));
    }
    if (Status s = stmt->status(); !s.ok())
        return makeError(s.error());
    return out;
}

Status ProjectStore::setVerdictLabels(const std::vector<VerdictLabel>& labels) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return tx.started();
    if (Status s = m_db.exec("DELETE FROM verdict_labels"); !s.ok())
        return s;
    auto insert = m_db.prepare("INSERT INTO verdict_labels(name, rating, position) VALUES (?, ?, ?)");
    if (!insert)
        return makeError(insert.error());
    int position = 0;
    for (const auto& label : labels) {
        if (label.name.empty())
            return makeError("a verdict label needs a name");
        if (label.rating && (*label.rating < 1 || *label.rating > 5))
            return makeError("a verdict's rating is 1 (false) to 5 (true)");
        if (Status s = insert->bind(1, label.name).bind(2, label.rating).bind(3, ++position).run(); !s.ok())
            return makeError("verdict \"" + label.name + "\": " + s.error());
    }
    return tx.commit();
}

}  // namespace claimdesk::store
