#pragma once

// The project's claims and their review: the claim table's pages, an
// analyst's decisions and their history, decision histories merged in
// from elsewhere, and the project's usual reasons for a rejection. Each
// write is one transaction: all of it is stored or none.

#include <cstdint>
#include <string>
#include <vector>

#include "core/domain/result.h"
#include "core/store/claimrecords.h"
#include "core/store/clusterrecords.h"

namespace claimdesk::store {

class ClaimStore {
public:
    virtual ~ClaimStore() = default;

    // Claims, filtered, sorted and paged by the store: the table never
    // loads all of them.
    virtual Result<std::vector<ClaimRow>> claims(const ClaimQuery& query) = 0;
    virtual Result<std::int64_t> countClaims(const ClaimQuery& query) = 0;
    virtual Result<ClaimRow> claim(std::int64_t id) = 0;

    // Records an analyst's decisions made here: each is appended to its
    // claim's history and becomes its status, whatever times earlier
    // decisions carry, all in one transaction. Fails, changing nothing, on
    // an unknown claim. A claim marked rejected (attribution wrong) is set
    // aside from its cluster, which `judge` (when given) judges again
    // without it; marked otherwise again, it goes back where it was.
    virtual Status review(const std::vector<ReviewDecision>& decisions, const ClusterJudge& judge = {}) = 0;
    // Merges a claim's decision history from an export made elsewhere
    // (oldest first), appending the decisions this history lacks, marked
    // imported, in one transaction. They set the status when the claim has
    // no current decision, or when the other history continues from it (its
    // current decision is in there, and the new ones come after it).
    // Otherwise they are kept unapplied and, when they end on another
    // status, returned as a conflict: an import never silently overrides a
    // decision made here. A status set to or from rejected moves the claim
    // out of or back into its cluster, as review does.
    virtual Result<DecisionMerge> mergeDecisions(std::int64_t claimId, const std::vector<ReviewDecision>& history,
                                                 const ClusterJudge& judge = {}) = 0;
    virtual Result<std::vector<ReviewDecision>> reviewHistory(std::int64_t claimId) = 0;
    // The project's common reasons for a wrong attribution, in order.
    virtual Result<std::vector<std::string>> rejectReasons() = 0;
    virtual Status setRejectReasons(const std::vector<std::string>& reasons) = 0;

protected:
    ClaimStore() = default;
    ClaimStore(const ClaimStore&) = default;
    ClaimStore& operator=(const ClaimStore&) = default;
};

}  // namespace claimdesk::store
