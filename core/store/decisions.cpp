// ProjectStore: merging decision histories made elsewhere without letting
// a clock decide which decision counts.

#include <algorithm>
#include <set>

#include "core/store/projectstore.h"

namespace claimdesk::store {
namespace {

bool sameDecision(const ReviewDecision& a, const ReviewDecision& b) {
    return a.status == b.status && a.reason == b.reason && a.analyst == b.analyst && a.at == b.at;
}

// Where `decision` stands in `history`, or npos.
std::size_t positionIn(const std::vector<ReviewDecision>& history, const ReviewDecision& decision) {
    for (std::size_t i = history.size(); i-- > 0;)
        if (sameDecision(history[i], decision))
            return i;
    return static_cast<std::size_t>(-1);
}

}  // namespace

const ReviewDecision* currentDecision(const std::vector<ReviewDecision>& history) {
    for (auto it = history.rbegin(); it != history.rend(); ++it)
        if (it->applied)
            return &*it;
    return nullptr;
}

Result<DecisionMerge> ProjectStore::mergeDecisions(std::int64_t claimId, const std::vector<ReviewDecision>& history,
                                                   const ClusterJudge& judge) {
    Transaction tx(m_db);
    if (!tx.started().ok())
        return makeError(tx.started().error());
    auto existing = reviewHistory(claimId);
    if (!existing)
        return makeError(existing.error());

    // What the other history holds that this one lacks, and where.
    std::vector<std::size_t> missing;
    for (std::size_t i = 0; i < history.size(); ++i)
        if (positionIn(*existing, history[i]) == static_cast<std::size_t>(-1))
            missing.push_back(i);
    DecisionMerge merge;
    if (missing.empty())
        return merge;

    // A decision applies when nothing was decided here, or when the other
    // side made it after seeing this claim's current decision (that one is
    // in their history, before it): a continuation, not a rival. Their own
    // unapplied decisions (conflicts they kept) never apply.
    constexpr std::size_t npos = static_cast<std::size_t>(-1);
    const ReviewDecision* current = currentDecision(*existing);
    const std::size_t seenAt = current ? positionIn(history, *current) : npos;
    auto applies = [&](std::size_t i) {
        return history[i].applied && (!current || (seenAt != npos && i > seenAt));
    };

    auto append = m_db.prepare(
        "INSERT INTO review_history(claim_id, status, reason, analyst, at, imported, applied) VALUES (?,?,?,?,?,1,?)");
    if (!append)
        return makeError(append.error());
    std::size_t lastApplied = npos;
    for (std::size_t i : missing) {
        const ReviewDecision& d = history[i];
        if (d.analyst.empty())
            return makeError("a review needs the analyst's name");
        append->bind(1, claimId).bind(2, claimStatusName(d.status)).bind(3, d.reason).bind(4, d.analyst);
        append->bind(5, d.at).bind(6, applies(i) ? 1 : 0);
        if (Status s = append->run(); !s.ok())
            return makeError(s.error());
        if (applies(i))
            lastApplied = i;
        ++merge.appended;
    }
    const ClaimStatus before = current ? current->status : ClaimStatus::Extracted;
    if (lastApplied != npos) {
        merge.statusChanged = history[lastApplied].status != before;
        auto update = m_db.prepare("UPDATE claims SET status = ? WHERE id = ?");
        if (!update)
            return makeError(update.error());
        if (Status s = update->bind(1, claimStatusName(history[lastApplied].status)).bind(2, claimId).run(); !s.ok())
            return makeError(s.error());
        if (m_db.changes() != 1)
            return makeError("no claim " + std::to_string(claimId));
        // Rejected (or no longer), the claim leaves (or rejoins) its cluster.
        std::set<std::int64_t> touchedClusters;
        if (Status s = setAsideRejected({claimId}, touchedClusters); !s.ok())
            return makeError(s.error());
        if (Status s = judgeClusters(touchedClusters, judge); !s.ok())
            return makeError(s.error());
    }
    // A rival: their current decision is new here and the claim's status
    // now says otherwise. Ours stays; theirs is listed.
    const ReviewDecision* theirs = currentDecision(history);
    const ReviewDecision* now = lastApplied != npos ? &history[lastApplied] : current;
    if (theirs && now && theirs->status != now->status && positionIn(*existing, *theirs) == npos) {
        ReviewDecision imported = *theirs;
        imported.claimId = claimId;
        imported.imported = true;
        imported.applied = false;
        merge.conflict = DecisionConflict{claimId, *now, std::move(imported)};
    }
    if (Status s = tx.commit(); !s.ok())
        return makeError(s.error());
    return merge;
}

}  // namespace claimdesk::store
