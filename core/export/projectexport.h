#pragma once

// What the exchange formats read from a project, gathered once: the
// documents an export filter selects, with their claims (and each claim's
// review history), the analyst's annotations and the events they point at,
// plus the project's speakers and clusters. Writers take this and never
// touch the store, so they are tested on plain values.

#include <cstdint>
#include <functional>
#include <map>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/document.h"
#include "core/domain/result.h"
#include "core/export/exportfilter.h"
#include "core/store/annotationrecords.h"
#include "core/store/claimrecords.h"
#include "core/store/clusterrecords.h"
#include "core/store/graderecords.h"
#include "core/store/speakerrecords.h"

namespace claimdesk::store {
class ProjectStore;
}  // namespace claimdesk::store

namespace claimdesk::exporting {

struct ExportedClaim {
    store::ClaimRow row;
    std::vector<store::ReviewDecision> history;  // oldest first
    store::Assessment assessment;                // whether it is true, as the analyst judges it
    std::vector<store::AssessmentRecord> assessments;  // its assessment history, oldest first
    // The current decision (the last applied), or nullptr when none was.
    const store::ReviewDecision* lastDecision() const;
};

struct ProjectDocument {
    Document document;
    std::vector<ExportedClaim> claims;            // those the filter accepts, in text order
    std::vector<store::Annotation> annotations;   // notes, highlights and event annotations
    // The annotation an analyst's claim was made from (author, time), by claim id.
    std::map<std::int64_t, store::Annotation> claimAnnotations;
    std::vector<Event> events;                    // the document's events (annotations point at them)
};

struct ProjectExport {
    std::vector<ProjectDocument> documents;       // those the filter accepts, by id
    std::vector<store::VerdictLabel> verdicts;    // the project's verdict labels
    std::map<std::int64_t, store::SpeakerSummary> speakers;
    std::map<std::int64_t, store::ClusterInfo> clusters;

    std::size_t claimCount() const;
};

// Called after each document with (documents read, documents in all);
// returning false cancels, and readProject then fails with "cancelled".
using ExportProgress = std::function<bool(std::size_t done, std::size_t total)>;

// Reads what the filter selects. Annotations of kind claim are kept apart
// (claimAnnotations): they are the claims themselves, which every format
// writes. Notes and
// highlights follow the document filter only (they have no status).
Result<ProjectExport> readProject(store::ProjectStore& store, const ExportFilter& filter,
                                  const ExportProgress& progress = {});

}  // namespace claimdesk::exporting
