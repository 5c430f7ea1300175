#pragma once

// Agglomerative clustering by average linkage, in time that grows with
// the strong pairs and the clusters they join, not with the square of the
// items: a heap of candidate merges (stale entries skipped), and the summed
// similarity between two clusters computed only for clusters a strong pair
// joins, then kept as clusters merge.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace claimdesk::link {

struct SimilarPair {
    std::size_t a = 0, b = 0;  // item indexes, a != b
    double similarity = 0;     // > 0
};

struct AverageLinkageInput {
    // Cluster id of each item on entry (an item index: its first member);
    // updated in place. Merged clusters take the smaller id.
    std::vector<std::size_t>* cluster = nullptr;
    // Items that ride along with their cluster but count in no average.
    const std::vector<bool>* uncounted = nullptr;
    // Items' documents: pairs within one document are not averaged.
    const std::vector<std::int64_t>* document = nullptr;
    // Clusters that may merge: a merge needs one side open; the result is open.
    const std::vector<bool>* openItem = nullptr;  // per item: whether its cluster is open
    // The pairs at or above the threshold, each unordered pair at most once.
    std::vector<SimilarPair> strongPairs;
    double threshold = 0.3;  // a merge needs a strong pair and an average at least this
    // Similarity of two items of different documents, as averaged (0 for a
    // pair that should count in the average without adding to it).
    std::function<double(std::size_t, std::size_t)> similarity;
    // Two items of one document that cannot share a cluster (a veto).
    std::function<bool(std::size_t, std::size_t)> conflict;
};

// Repeatedly merges the two eligible clusters with the highest average
// similarity (ties: the smaller pair of ids) until none reaches the
// threshold. Eligible: joined by a pair at or above the threshold, one of
// them open, no conflict between their members.
void mergeByAverageLinkage(AverageLinkageInput input);

}  // namespace claimdesk::link
