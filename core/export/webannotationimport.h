#pragma once

// Reading a W3C Web Annotation export back into a project whose documents
// are already ingested (matched by the sha256 in `urn:sha256:<hex>`).
//
// - Every target is re-anchored (textanchor.h). One that cannot be is
//   reported and kept as an orphaned annotation, never dropped.
// - "assessing" annotations re-apply status, credibility and review history
//   to the claim with the same content span; when there is none and the
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

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/result.h"
#include "core/export/textanchor.h"
#include "core/store/projectstore.h"

namespace claimdesk::exporting {

// One annotation as read from the file (the "claimdesk" extension, when
// present, filled in; else what the W3C bodies say).
struct ImportedAnnotation {
    std::string label;          // its id, for messages
    std::string motivation;
    std::string kind;           // claim, note, highlight or event
    std::string sha256;         // of the target document
    std::string documentLabel;  // its title and urn, for messages
    std::optional<Span> position;
    std::optional<TextQuote> quote;
    std::string creator, created, modified;
    std::string note;           // the text of a note; reason of a foreign assessment
    // Claims.
    std::optional<ClaimStatus> status;
    bool gradeGiven = false;
    std::optional<int> credibility;
    bool historyGiven = false;
    std::vector<store::ReviewDecision> history;  // claimId 0
    bool byAnalyst = false;
    ClaimKind claimKind = ClaimKind::Indirect;
    std::optional<std::string> statedOn;
    std::string speakerName;
    // Events.
    std::string eventWhat, eventDate, eventPlace;
};

// Fails on text that is not JSON or not a Web Annotation export, naming
// the first annotation that cannot be read.
Result<std::vector<ImportedAnnotation>> readWebAnnotations(std::string_view json);

struct ImportOptions {
    std::string analyst = "import";  // for annotations that name no creator
    std::string now;                 // time for decisions that carry none
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
    std::vector<std::string> warnings;  // one line per orphan or skipped item
};

// Fails only when the store cannot be read or written (nothing is then
// imported either).
Result<ImportReport> importWebAnnotations(store::ProjectStore& store, const std::vector<ImportedAnnotation>& items,
                                          const ImportOptions& options = {});

}  // namespace claimdesk::exporting
