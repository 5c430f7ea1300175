#pragma once

// The values the claim store takes and gives: claim rows and the query
// that pages them, review decisions and what merging a history did.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/analysis.h"

namespace claimdesk::store {

// One claim as the claim table and `claimdesk-cli claims` show it.
struct ClaimRow {
    std::int64_t id = 0;
    std::int64_t documentId = 0;
    std::string fileName;
    std::string outlet;
    std::optional<std::int64_t> speakerId;
    std::string speakerName;
    ClaimKind kind = ClaimKind::Indirect;
    Span contentSpan;
    std::string content;
    std::string cue;
    std::optional<std::string> statedOn;
    ClaimStatus status = ClaimStatus::Extracted;
    std::optional<int> credibility;   // Admiralty information credibility 1-6
    Origin origin = Origin::Extractor;
    std::string quantities;           // the figures' texts, "; "-separated
    std::optional<std::int64_t> clusterId;  // its cluster across documents
    bool disagreement = false;              // this claim takes part in its cluster's conflict of figures or stances
    std::string disagreementReason;
    // Admiralty source reliability (A-F) of its speaker and of its outlet.
    std::optional<char> speakerReliability;
    std::optional<char> outletReliability;
    // How many documents its cluster spans: 1 when no other article says it.
    std::int64_t clusterDocuments = 0;
    // The analyst's verdict label (empty: none); see Assessment.
    std::string verdict;
    ClaimType type = ClaimType::Statement;
    Polarity polarity = Polarity::Affirmed;
    // Each figure with its frame, one line each: "about 40: casualties, of
    // Lumeran, as of 2025-05-08, running total".
    std::string figureFrames;
};

// Which claims to list, in which order, which page.
struct ClaimQuery {
    std::optional<ClaimStatus> status;
    std::optional<std::int64_t> documentId;
    std::optional<std::int64_t> speakerId;
    std::optional<std::int64_t> clusterId;  // only the members of one cluster
    std::optional<ClaimType> type;          // only claims of this type
    // Only claims whose content has words beginning with each word of this
    // text (full-text, case- and accent-insensitive), or whose speaker or
    // outlet name contains it (case-insensitive for ASCII); empty: all.
    std::string text;
    enum class Order {
        Document, Speaker, Status, StatedOn, Outlet, Cluster,
        Content, Kind, Quantities, Disagreement, Credibility, Grade, Verdict, Type
    } order = Order::Document;
    bool descending = false;
    // Keyset paging: continue after this claim (the last row of the page
    // before) in the query's order, instead of counting `offset` rows from
    // the start; a page deep in the table then costs what the first does.
    std::optional<std::int64_t> after;
    std::int64_t offset = 0;
    std::int64_t limit = -1;          // -1: all
};

// A review decision, as appended to the claim's history. The history's
// order is the store's own sequence, never `at`: clocks differ between
// machines, so a time is kept for the record only.
struct ReviewDecision {
    std::int64_t claimId = 0;
    ClaimStatus status = ClaimStatus::Extracted;
    std::string reason;
    std::string analyst;
    std::string at;                   // ISO 8601 UTC, as its analyst's clock said
    bool imported = false;            // merged in from an export made elsewhere
    bool applied = true;              // false: an import that conflicted, kept but not the status
};

// The decision that sets a claim's status: the last applied one of its
// history (oldest first), or nullptr when none was.
const ReviewDecision* currentDecision(const std::vector<ReviewDecision>& history);

// An imported decision that was not applied because the claim's current
// decision was made without it (listed for the analyst, as orphans are).
struct DecisionConflict {
    std::int64_t claimId = 0;
    ReviewDecision current;   // what the claim's status stays
    ReviewDecision imported;  // what the import said, kept in the history only
};

// What merging a decision history did.
struct DecisionMerge {
    int appended = 0;                         // decisions this history lacked
    bool statusChanged = false;
    std::optional<DecisionConflict> conflict;
};

}  // namespace claimdesk::store
