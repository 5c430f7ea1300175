#pragma once

// Reading a W3C Web Annotation document (an AnnotationCollection with its
// pages embedded, an AnnotationPage, an array or one Annotation) into plain
// values for webannotationimport.h. Targets must name their document as
// `urn:sha256:<hex>`; TextQuoteSelector and TextPositionSelector are read.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/result.h"
#include "core/export/textanchor.h"
#include "core/store/claimrecords.h"
#include "core/store/graderecords.h"

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
    // The assessment (verdict and note; credibility above), when the
    // export says; with its history (claimId 0).
    bool assessmentGiven = false;
    std::string verdict, assessmentNote;
    std::vector<store::AssessmentRecord> assessments;
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

}  // namespace claimdesk::exporting
