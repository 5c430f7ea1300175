#pragma once

// An analyst's highlights in a document's text, and the claims and
// events the analyst makes from a selection. Each write is one
// transaction: an item and its annotation are stored together or not.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/result.h"
#include "core/store/annotationrecords.h"

namespace claimdesk::store {

class AnnotationStore {
public:
    virtual ~AnnotationStore() = default;

    // Annotations. addAnnotation fills the quote selector from the
    // document's text and returns the new id.
    virtual Result<std::int64_t> addAnnotation(Annotation annotation) = 0;
    // Keeps an annotation that could not be anchored in the document's text
    // (an import whose quote is no longer there): stored as given with
    // orphaned = 1, for the analyst to review, instead of being dropped.
    virtual Result<std::int64_t> addOrphanedAnnotation(Annotation annotation) = 0;
    virtual Status updateAnnotationNote(std::int64_t id, const std::string& note, const std::string& at) = 0;
    virtual Status deleteAnnotation(std::int64_t id) = 0;
    virtual Result<std::vector<Annotation>> annotations(std::int64_t documentId) = 0;
    // An analyst's own claim or event, made from a selection (origin analyst).
    virtual Result<std::int64_t> addAnalystClaim(std::int64_t documentId, const Claim& claim,
                                                 std::optional<std::int64_t> speakerId) = 0;
    virtual Result<std::int64_t> addAnalystEvent(std::int64_t documentId, const Event& event) = 0;
    virtual Status deleteAnalystClaim(std::int64_t claimId) = 0;
    virtual Status deleteAnalystEvent(std::int64_t eventId) = 0;
    // An analyst's claim (or event) and its annotation, written in one
    // transaction: both are stored or neither. The annotation's claimId
    // (eventId) is set to the new item. removeAnnotatedItem deletes an
    // annotation and the item it made in one transaction; it fails,
    // removing nothing, when the claim was reviewed since.
    virtual Result<AnalystItem> addAnnotatedClaim(Annotation annotation, const Claim& claim,
                                                  std::optional<std::int64_t> speakerId) = 0;
    virtual Result<AnalystItem> addAnnotatedEvent(Annotation annotation, const Event& event) = 0;
    // The same for a claim by a speaker the analyst names, made (a person,
    // origin analyst) in the same transaction. removeAnnotatedItem drops
    // such a speaker again once it has no claim left.
    virtual Result<AnalystItem> addAnnotatedClaimByNewSpeaker(Annotation annotation, const Claim& claim,
                                                              const std::string& speakerName) = 0;
    virtual Status removeAnnotatedItem(std::int64_t annotationId) = 0;

protected:
    AnnotationStore() = default;
    AnnotationStore(const AnnotationStore&) = default;
    AnnotationStore& operator=(const AnnotationStore&) = default;
};

}  // namespace claimdesk::store
