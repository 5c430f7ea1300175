#pragma once

// The analysis export (analysisexport.h) of what a project holds: its
// documents, their analyses and the clusters, narrowed by an export filter
// (claims of other statuses or speakers are left out, and so are cluster
// members that are).

#include <cstdint>
#include <vector>

#include "core/domain/result.h"
#include "core/export/analysisexport.h"
#include "core/export/exportfilter.h"

namespace claimdesk::store {
class ProjectStore;
}  // namespace claimdesk::store

namespace claimdesk::exporting {

// The project's clusters of two or more of the given claims, then of events,
// naming each member by its file and export id ("c3", "e2").
Result<std::vector<ExportedCluster>> exportedClusters(store::ProjectStore& store,
                                                      const std::vector<Document>& documents,
                                                      const std::vector<Analysis>& analyses);

// The documents the filter selects, in id order.
Result<std::string> writeStoreAnalysis(store::ProjectStore& store, const ExportFilter& filter,
                                       const ExportOptions& options);

}  // namespace claimdesk::exporting
