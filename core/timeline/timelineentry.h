#pragma once

// What the timeline shows, built from a project: every dated event, and
// every claim with the three dates an analyst keeps apart: when the thing
// it reports happened, when it was said and when it was published.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/result.h"
#include "core/domain/span.h"
#include "core/timeline/dateinterval.h"

namespace claimdesk::store {
class ProjectStore;
}

namespace claimdesk::timeline {

enum class EntryKind { Event, Claim };

// Where a claim's "happened" date came from, for tooltips and exports.
enum class HappenedSource { None, Event, DateInClaim, Cluster };

struct TimelineEntry {
    EntryKind kind = EntryKind::Claim;
    std::int64_t id = 0;            // claim or event id
    std::int64_t documentId = 0;
    Span evidence;                  // the claim's content or the event's evidence
    std::string label;              // a short label: first words of the claim, the event's "what"
    std::string text;               // the whole content or evidence
    std::string speaker;            // empty for events and unattributed claims
    bool speakerIsPerson = true;    // a person goes by their surname in a label; an organisation whole
    std::string outlet;             // the document's outlet; may be empty
    std::string place;              // events only; may be empty
    // Claims: their claim cluster; events: their event cluster. Event
    // cluster keys are 1-based positions in ProjectStore::eventClusters().
    std::optional<std::int64_t> clusterId;
    bool disagreement = false;      // the claim's cluster conflicts
    std::string disagreementReason;
    ClaimStatus status = ClaimStatus::Extracted;  // events: always Extracted
    std::optional<DayInterval> happened;
    HappenedSource happenedSource = HappenedSource::None;
    std::string happenedValue;      // the TIMEX3 value it came from
    std::optional<DayInterval> stated;     // claims only
    std::optional<DayInterval> published;  // claims only

    // The days from the earliest to the latest of its dates; nullopt when
    // it has none (it is then left off the timeline).
    std::optional<DayInterval> extent() const;
};

// Builds the entries of every document in the store, claims and events
// in document order. Undated events and claims with none of the three
// dates are left out. Events of one document with the same evidence and
// dates within a week of each other ("yesterday and today") are one entry
// that lasted from the first to the last (Precision::Duration), with the
// first event's id. Fails only when the store cannot be read.
Result<std::vector<TimelineEntry>> buildEntries(store::ProjectStore& store);

// The pieces of buildEntries that need no store, exposed for tests: the
// "happened" date of a claim from its document's events and timexes: an
// event whose evidence overlaps the claim's content first, then the first
// date inside the content. An event dated on the claim's `statedOn` day is
// taken only when a date inside the content or another article
// (`corroborated`: event ids whose cluster has other members) backs it,
// since such a date usually comes from the attribution ("said on Feb. 2").
// Nullopt when nothing dates it.
struct HappenedDate {
    DayInterval interval;
    HappenedSource source = HappenedSource::None;
    std::string value;
};
std::optional<HappenedDate> happenedDate(const Span& content, const Analysis& analysis,
                                        const std::optional<std::string>& statedOn = std::nullopt,
                                        const std::set<std::int64_t>& corroborated = {});

// A label of at most `maxChars` code points, cut at a word with an ellipsis.
std::string shortLabel(const std::string& text, std::size_t maxChars = 48);

}  // namespace claimdesk::timeline
