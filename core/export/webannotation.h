#pragma once

// W3C Web Annotation (https://www.w3.org/TR/annotation-model/) export: one
// AnnotationCollection in JSON-LD whose first AnnotationPage holds every
// item inline.
//
// - Each claim is an annotation with motivation "assessing": a TextualBody
//   (purpose assessing) whose value is its status, one (classifying) with
//   its Admiralty credibility, one (commenting) with the last decision's
//   reason, one (describing) naming the speaker.
// - Each analyst note is "commenting" with the note as a TextualBody; a
//   note without text and an event annotation are "highlighting".
// - The target's source is the document, `urn:sha256:<hex>` of its original
//   bytes; the selectors are a TextQuoteSelector (exact, prefix, suffix) and
//   a TextPositionSelector counting Unicode code points into the text
//   Claimdesk reads from that document (the file for plain text; the
//   reading text for HTML and PDF).
// - Ids name what an annotation is (document, span; for notes also author,
//   time and text), not a row, so an imported annotation keeps its id.
// - What Claimdesk needs to recreate the annotation exactly (status,
//   credibility, kind, speaker, review history, event fields) is kept in one
//   extension property, "claimdesk", a JSON literal (JSON-LD 1.1 @json) that
//   other tools ignore. importWebAnnotations reads it back.

#include <string>

#include "core/export/projectexport.h"

namespace claimdesk::exporting {

struct WebAnnotationOptions {
    std::string collectionId = "urn:claimdesk:export";
    std::string generated;  // ISO 8601 time of the export; omitted when empty
};

// The "urn:sha256:<hex>" a document is identified by.
std::string documentUrn(const Document& document);
// The id of a claim across exports and projects: its document and content span.
std::string claimUrn(const Document& document, Span content);

std::string writeWebAnnotations(const ProjectExport& project, const WebAnnotationOptions& options = {});

}  // namespace claimdesk::exporting
