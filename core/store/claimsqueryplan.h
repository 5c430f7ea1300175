#pragma once

// How SQLite answers the claim table's page query: for tests and
// benchmarks that check no page sorts every claim of a project.

#include <string>

#include "core/store/projectstore.h"

namespace claimdesk::store {

// EXPLAIN QUERY PLAN of store.claims(query), a line per step.
Result<std::string> claimsQueryPlan(ProjectStore& store, const ClaimQuery& query);

}  // namespace claimdesk::store
