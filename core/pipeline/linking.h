#pragma once

// Keeping a project's claim clusters up to date as documents arrive.

#include "core/domain/result.h"
#include "core/store/projectstore.h"

namespace claimdesk::pipeline {

// Links the claims not yet clustered with the clusters the project has:
// existing clusters (and the analyst's pins) stay as they are, new claims
// join them or form new ones, and every cluster's disagreement is
// recomputed; events reporting the same happening are clustered afresh.
Status relinkProject(store::ProjectStore& store);

}  // namespace claimdesk::pipeline
