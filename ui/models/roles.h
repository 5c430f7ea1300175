#pragma once

#include <Qt>

namespace claimdesk::ui {

// Item data roles shared by the models and the views over them. Display
// text is on Qt::DisplayRole; these carry raw values.
enum Role {
    SortRole = Qt::UserRole + 1,  // the raw value a column sorts by
    IdRole,                       // the row's store id (claim, document, speaker)
    DocumentIdRole,               // the document a claim or document row belongs to
    StatusRole,                   // a claim's ClaimStatus as int
    SpanStartRole,                // a claim's content span, in code points
    SpanEndRole,
    VerdictRole,                  // a claim's verdict label (empty: none)
    ClusterIdRole,                // a claim's or a cluster row's cluster id (0: none)
};

// Claims dragged from the table: their ids, one per line.
inline constexpr const char* kClaimIdsMimeType = "application/x-claimdesk-claim-ids";

}  // namespace claimdesk::ui
