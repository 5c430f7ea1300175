#pragma once

// Linking's judgement of a claim cluster, for the store to apply when an
// analyst edits clusters: the members' figures, speakers and outlets read
// back from the store and described as linking describes its own clusters.

#include "core/store/clusterrecords.h"

namespace claimdesk::store {
class ProjectStore;
}  // namespace claimdesk::store

namespace claimdesk::pipeline {

// A judge reading from `store` (which must outlive it). Fails when a
// member cannot be read.
store::ClusterJudge clusterJudge(store::ProjectStore& store);

// What the members' figures count, as a heading ("Soldiers, casualties:
// ≥ 300 vs 4,000"); empty when they give no counted figure.
Result<std::string> clusterHeading(store::ProjectStore& store, const std::vector<std::int64_t>& claimIds);

}  // namespace claimdesk::pipeline
