#pragma once

// Linking claims across documents: claims that report the same statement or
// fact go into one cluster, and a cluster is flagged when its figures for
// the same thing are incompatible or when one speaker denies what another
// reports.
//
// Similarity is TF-IDF cosine over folded, stemmed content words with the
// figures as tokens, plus a bonus for the same speaker, for a shared
// compatible figure, and for differing figures of one thing when there is
// evidence it is one (their frames say what they count and it matches, or
// the claims share a rare word besides the unit). Clusters grow by average linkage over pairs from
// different documents, merging only clusters a pair at the threshold joins;
// such pairs are found through an index of which claims hold each word,
// with a bound on what the bonuses can add, so the work grows with the
// claims' neighbours rather than with every pair. A denial whose content only points back ("denied
// these reports") joins the claim it answers in its own document. Two
// speakers of one article giving conflicting figures for one thing start
// one cluster when worded alike; two clusters that two articles each set
// against each other that way merge after the clustering.
//
// Incremental: add() keeps every existing cluster and lets the new claims
// join them or form new ones, so adding a document never reshuffles what
// an analyst has seen; pin() fixes a claim in a cluster for good.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/link/averagelinkage.h"
#include "core/link/linkclaim.h"

namespace claimdesk::link {

struct LinkOptions {
    double joinThreshold = 0.30;          // average-linkage similarity needed to merge
    double sameSpeakerBonus = 0.10;       // the same speaker said both
    double compatibleFigureBonus = 0.10;  // a figure for the same thing that agrees
    double sameUnitBonus = 0.10;          // figures for the same thing that differ (see below)
    // Differing figures count as the same thing only when their frames say
    // so or the claims share a rare word: one held by at most this share
    // of the claims (and at least rareWordClaims of them).
    double rareWordShare = 0.15;
    double rareWordClaims = 2;
    double modalityFactor = 0.6;          // one says what may happen, the other what did
    double asideFactor = 0.5;             // one's main figure is only an aside of the other
    double sameRoleBonus = 0.10;          // both main figures count the same thing (killed, deployed)
    double roleFactor = 0.6;              // their main figures count different things
    // A word held by more claims than this finds no candidates (it still
    // weighs in the similarity of those found): see docs/linking-at-scale.md.
    int candidateTermCap = 2000;
};

// How common words are in the whole project, for a linker that is given
// only the claims near the new ones.
struct TermStatistics {
    double claims = 0;                                         // claims in the project
    std::function<int(const std::string&)> claimsWithTerm;     // claims holding a content token
};

class ClaimLinker {
public:
    explicit ClaimLinker(LinkOptions options = {});

    // Word weights from the project's statistics instead of the claims given
    // (each word counts at least as often as the given claims hold it).
    void useTermStatistics(TermStatistics statistics);

    // Adds claims that were clustered before, as they were: claims with the
    // same key in `groups` form one cluster. Call before add(). A cluster
    // holding a claim the analyst placed (`pinned`, parallel to claims)
    // is the analyst's: new claims may join it, but add() never merges it
    // with another cluster that was there before.
    void restore(const std::vector<LinkClaim>& claims, const std::vector<std::int64_t>& groups,
                 const std::vector<bool>& pinned = {});

    // Adds claims (indexes continue from those added before) and clusters
    // them with the existing ones.
    void add(const std::vector<LinkClaim>& claims);

    // Moves claim `claim` into the cluster holding `withClaim` (or into a
    // cluster of its own when withClaim is npos) and keeps it there.
    void pin(std::size_t claim, std::size_t withClaim);

    // Clusters of two or more claims (or every cluster, single claims too),
    // with their disagreement evaluated.
    std::vector<ClaimCluster> clusters(bool withSingles = false) const;

    const std::vector<LinkClaim>& claims() const { return m_claims; }
    // Similarity of two claims (0..~1.3), for tests and diagnostics.
    double similarity(std::size_t a, std::size_t b) const;

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

private:
    void rebuildWeights();
    void joinAnswersToWhatTheyAnswer(std::size_t first, const std::vector<bool>& anaphoric);
    std::vector<std::vector<std::size_t>> newClaimsByDocument(std::size_t first) const;
    void joinInArticleDisputes(std::size_t first, const std::vector<bool>& anaphoric);
    void joinRepeatedDisputes(std::size_t first);
    // similarity() as if the two came from different documents.
    double wordingSimilarity(std::size_t a, std::size_t b) const;
    std::pair<double, int> cosine(std::size_t a, std::size_t b) const;
    bool differingFiguresAreOneThing(std::size_t a, std::size_t b) const;
    bool shareRareWord(std::size_t a, std::size_t b) const;  // besides the figures' units  // of the words, and how many shared
    // Whether a pair whose cosine and shared words are at most these can reach the threshold.
    bool canBeStrong(std::size_t a, std::size_t b, double mostCosine, int mostShared) const;
    std::vector<SimilarPair> similarPairs(std::size_t first, const std::vector<bool>& anaphoric) const;
    // Adds a claim's own state (its words, modality, figure role) in `cluster`.
    void append(const LinkClaim& claim, std::size_t cluster);
    std::size_t root(std::size_t i) const;

    LinkOptions m_options;
    std::vector<LinkClaim> m_claims;
    std::vector<std::vector<std::string>> m_tokens;
    std::vector<bool> m_modal;
    std::vector<std::string> m_role;  // what each claim's main figure counts
    std::vector<std::vector<std::pair<int, double>>> m_vectors;  // sparse, normalised
    std::vector<bool> m_common;  // per word id: too common to find candidates
    std::vector<bool> m_rare;    // per word id: held by few claims (rareWordShare)
    std::vector<std::string> m_terms;  // per word id: the word
    TermStatistics m_statistics;
    std::vector<std::size_t> m_cluster;  // cluster id of each claim (an index of its first member)
    std::vector<std::size_t> m_analystClusters;  // ids of restored clusters holding a pinned claim
};

}  // namespace claimdesk::link
