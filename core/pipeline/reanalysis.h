#pragma once

// Re-analysing a project with the current extractor: each document's text
// is read again by today's finders and the project is linked again, while
// everything an analyst did stays (ProjectStore::replaceAnalysis keeps
// every claim reviewed, graded, annotated, pinned or made by hand, with its
// id; notes, speaker merges and grades live outside what is replaced).
//
// The text each document was ingested as is kept: every span in the
// project points into it, so nothing an analyst anchored can move. A newer
// reader of HTML or PDF is not applied to old documents (re-ingest a file
// into a new project for that).

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/result.h"

namespace claimdesk::store {
class ProjectStore;
}  // namespace claimdesk::store

namespace claimdesk::pipeline {

// What re-analysis changed. Claims are compared by document and content
// span: a claim found again at the same place counts as neither added
// nor removed, whatever its new id.
struct ReanalysisSummary {
    int documents = 0;             // re-extracted
    int claimsBefore = 0;
    int claimsAfter = 0;
    int claimsAdded = 0;           // at a span where no claim of its document was
    int claimsRemoved = 0;         // no longer found, and no analyst had touched them
    int claimsKept = 0;            // kept as they were, with their ids (analysts' work)
    int claimsMovedCluster = 0;    // found before and after, with other claims beside them now
    int disagreementsBefore = 0;   // clusters whose claims disagree
    int disagreementsAfter = 0;
    int newDisagreements = 0;      // disagreeing clusters whose claims did not disagree together before
    std::vector<std::string> failures;  // "<file name>: <problem>"; that document is left as it was
    bool cancelled = false;        // the documents done are re-analysed and linked; the rest as they were
};

// Called before each document with (done, total, file name); returning
// false stops before the next one.
using ReanalysisProgress = std::function<bool(std::size_t done, std::size_t total, const std::string& name)>;

// Re-extracts one document, or every document when `documentId` is empty,
// each in a transaction of its own, then links the whole project again in
// one transaction (what an analyst pinned stays in place). Fails only when
// the project cannot be read or linked; a document that fails is listed in
// the summary and left as it was. `maxAnalysisSeconds` bounds each
// document as ingest does.
Result<ReanalysisSummary> reanalyzeProject(store::ProjectStore& store, std::optional<std::int64_t> documentId,
                                           const ReanalysisProgress& progress = {},
                                           double maxAnalysisSeconds = 60.0);

}  // namespace claimdesk::pipeline
