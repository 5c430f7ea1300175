#pragma once

// What cross-document linking reads and writes, inside the one write
// transaction that ProjectStore::link or ProjectStore::addDocuments holds:
// the claims and events waiting to be linked, the word index that finds a
// new claim's candidates, and the clusters it changes. Everything read here
// is read under the write lock, so an analyst's move made by another
// process either happened before (and is seen) or waits until after.

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/result.h"

namespace claimdesk::store {

class Database;
struct ClusterRecord;

// A claim as linking sees it.
struct LinkableClaim {
    std::int64_t id = 0;
    std::int64_t documentId = 0;
    std::string outlet;
    std::string speakerName;
    std::string content;
    std::string cue;
    std::optional<std::string> statedOn;
    std::int64_t position = 0;  // content start in its document
    std::vector<Quantity> quantities;  // with their frames
    ClaimType type = ClaimType::Statement;
    Polarity polarity = Polarity::Affirmed;
};

struct LinkableEvent {
    std::int64_t id = 0;
    std::int64_t documentId = 0;
    std::string date;
    std::string place;
    std::string text;  // what happened and its evidence
};

// An earlier cluster that linking merged into another.
struct MergedCluster {
    std::int64_t from = 0;
    std::int64_t into = 0;
};

// The outlet and speaker of one claim (a cluster's sources).
struct ClaimSource {
    std::string outlet;
    std::string speakerName;
};

struct PendingClaim {
    std::int64_t claimId = 0;
    std::optional<std::int64_t> clusterId;  // already placed (by an analyst, or before version 4)
    bool rejected = false;                   // its attribution marked wrong: linked with nothing
};

struct IndexedWord {
    std::int64_t id = 0;
    std::int64_t claims = 0;  // claims holding it, those just posted included
    std::int64_t before = 0;  // claims that held it before this pass
};

class LinkSession {
public:
    explicit LinkSession(Database& db) : m_db(db) {}

    Result<std::vector<PendingClaim>> pendingClaims();
    Result<std::vector<std::int64_t>> pendingEvents();
    Result<std::int64_t> claimCount();

    // Claims by id (missing ids are left out), in the order given.
    Result<std::vector<LinkableClaim>> claims(const std::vector<std::int64_t>& ids);
    // The cluster of each claim that has one.
    Result<std::map<std::int64_t, std::int64_t>> clustersOf(const std::vector<std::int64_t>& claimIds);
    // Members of the given clusters, claim id -> cluster id: every member
    // of a cluster of at most `perCluster` claims, a fixed spread sample of
    // `perCluster` of a larger one (listed in `partial`).
    struct Members {
        std::map<std::int64_t, std::int64_t> clusterOf;
        std::set<std::int64_t> partial;
    };
    Result<Members> membersOf(const std::vector<std::int64_t>& clusterIds, std::size_t perCluster);
    // Who said each claim of a cluster, and through which outlet, for the
    // cluster's counts when only a sample of it was read. Leaves out the
    // claims an analyst pinned there unless `withPinned`.
    Result<std::vector<ClaimSource>> sourcesIn(std::int64_t clusterId, bool withPinned);
    // A cluster's stored disagreement flag and reason.
    Result<std::pair<bool, std::string>> disagreementOf(std::int64_t clusterId);
    // Those of the given clusters that hold a claim the analyst placed.
    Result<std::set<std::int64_t>> analystClusters(const std::vector<std::int64_t>& clusterIds);

    // Posts each claim's distinct words: counts them and adds a posting
    // while the word is held by at most `postingCap` claims. Returns every
    // word given, with its id and count.
    Result<std::unordered_map<std::string, IndexedWord>> postWords(
        const std::vector<std::pair<std::int64_t, std::vector<std::string>>>& claimWords, std::int64_t postingCap);
    // How many claims hold each word (0 for a word never posted).
    Result<std::unordered_map<std::string, std::int64_t>> wordCounts(const std::vector<std::string>& words);
    // The claims posted under a word, in id order.
    Result<std::vector<std::int64_t>> postings(std::int64_t wordId);

    // Writes the given claim clusters (id 0: new; an existing id keeps its
    // row), moving their members into them and keeping the analyst's pins.
    // Each merged cluster's unpinned members, read or not, follow into the
    // cluster that absorbed it; it is deleted unless a pinned claim stays.
    Status writeClaimClusters(const std::vector<ClusterRecord>& clusters, const std::vector<MergedCluster>& merged);

    Result<std::vector<LinkableEvent>> events(const std::vector<std::int64_t>& ids);
    // Events whose date may be the same happening as `date`: the same value,
    // a period holding it (its prefixes) or one it holds; at most `limit`.
    Result<std::vector<std::int64_t>> eventsDatedNear(const std::string& date, int limit);
    Result<std::map<std::int64_t, std::int64_t>> eventClustersOf(const std::vector<std::int64_t>& eventIds);
    // Puts each group of events into one event cluster: into the first of
    // `existing` (the rest are deleted) or a new one.
    Status joinEvents(const std::vector<std::int64_t>& eventIds, const std::vector<std::int64_t>& existing);

    // Forgets every link that linking made, so that the next pass links the
    // whole project again: clusters and the word index are emptied and
    // every claim and event is queued. What an analyst placed stays where
    // it is (pinned members keep their clusters), and so does a cluster
    // whose disagreement the analyst dismissed, with its dismissal.
    Status forgetLinks();

    // The claims and events given are linked: off the queue.
    Status markLinked(const std::vector<std::int64_t>& claimIds, const std::vector<std::int64_t>& eventIds);

private:
    Database& m_db;
};

}  // namespace claimdesk::store
