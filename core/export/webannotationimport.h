#pragma once

// Reading a W3C Web Annotation export back into a project whose documents
// are already ingested (matched by the sha256 in `urn:sha256:<hex>`).
//
// - Every target is re-anchored (textanchor.h). One that cannot be is
//   reported and kept as an orphaned annotation, never dropped.
// - "assessing" annotations re-apply status, credibility and review history
//   to the claim with the same content span (ProjectStore::mergeDecisions:
//   a decision never overrides one made here without having seen it; such
//   a conflict is kept in the history, listed and counted); when there is none and the
//   annotation carries an analyst's work (a decision, a grade, or a claim
//   made by hand) an analyst claim is made there. An untouched extracted
//   claim that this project's extraction did not find is reported and left.
// - "commenting" and "highlighting" annotations recreate notes, highlights
//   and event annotations (an analyst event is recreated when needed).
// - Importing is idempotent: decisions already in a claim's history and
//   annotations already stored (same span, kind, note, author, time) are
//   not added again.
// - All of it is one transaction. When a document is missing from the
//   project nothing is written and the report names it.

#include <string>
#include <vector>

#include "core/domain/result.h"
#include "core/export/webannotationread.h"
#include "core/store/claimrecords.h"
#include "core/store/clusterrecords.h"

namespace claimdesk::store {
class ProjectStore;
}  // namespace claimdesk::store

namespace claimdesk::exporting {

struct ImportOptions {
    std::string analyst = "import";  // for annotations that name no creator
    std::string now;                 // time for decisions that carry none
    // Judges a cluster again when an imported decision sets a claim aside
    // from it or back (a wrong attribution leaves its cluster).
    store::ClusterJudge judge;
};

struct ImportReport {
    std::vector<std::string> missingDocuments;  // when not empty, nothing was imported
    int claimsUpdated = 0;    // status, grade or history re-applied
    int claimsCreated = 0;    // analyst claims made again
    int claimsUnchanged = 0;  // already as exported
    int annotationsAdded = 0; // notes, highlights, event annotations
    int duplicates = 0;       // annotations already stored
    int orphaned = 0;         // could not be anchored: stored as orphans
    int skipped = 0;          // extracted claims this project does not have
    int conflicts = 0;        // decisions kept in history, not applied: see conflictList
    std::vector<store::DecisionConflict> conflictList;
    std::vector<std::string> warnings;  // one line per orphan, skipped item or conflict
};

// Fails only when the store cannot be read or written (nothing is then
// imported either).
Result<ImportReport> importWebAnnotations(store::ProjectStore& store, const std::vector<ImportedAnnotation>& items,
                                          const ImportOptions& options = {});

}  // namespace claimdesk::exporting
