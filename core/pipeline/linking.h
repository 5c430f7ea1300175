#pragma once

// Keeping a project's claim and event clusters up to date as documents
// arrive, reading only what a new claim could be linked with.

#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/document.h"
#include "core/domain/result.h"
#include "core/store/documentrecords.h"

namespace claimdesk::store {
class LinkSession;
class ProjectStore;
}  // namespace claimdesk::store

namespace claimdesk::pipeline {

// A document just stored in the transaction that links it, as the batch
// has it in memory (the store need not read it back).
struct StoredAnalysis {
    const Document* document = nullptr;
    const Analysis* analysis = nullptr;
    const store::AddedDocument* added = nullptr;
};

// Links every claim and event that waits to be linked (those of `stored`
// and any a cut-short pass or an analyst left): a new claim is compared
// with the claims that share its rarer words in the project's word index
// and with the clusters those are in, existing clusters keep their members
// (and the analyst's pins), new claims join them or form new ones, and
// only the clusters that change are written. Runs inside the session's
// write transaction.
Status linkWaiting(store::LinkSession& session, const std::vector<StoredAnalysis>& stored = {});

// Links what waits in a write transaction of its own, then judges the
// clusters marked to be judged again (ProjectStore::judgeMarkedClusters);
// nothing to do is cheap. Every open of a project for work calls this first.
Status relinkProject(store::ProjectStore& store);

}  // namespace claimdesk::pipeline
