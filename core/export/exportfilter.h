#pragma once

// Exports speak of the domain's claim selection (core/domain/claimselection.h)
// as their filter, and apply it to the store's rows.

#include "core/domain/claimselection.h"
#include "core/store/claimrecords.h"

namespace claimdesk::exporting {

using ExportFilter = ClaimSelection;

// Whether the selection takes a stored claim (assessed: it has a verdict
// or a credibility).
bool acceptsRow(const ExportFilter& filter, const store::ClaimRow& claim);

}  // namespace claimdesk::exporting
