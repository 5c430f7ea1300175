#include "core/link/claimlinker.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/domain/figures.h"
#include "core/link/averagelinkage.h"
#include "core/link/clusterfacts.h"
#include "core/link/figurecomparison.h"
#include "core/link/figurerole.h"
#include "core/link/tokens.h"
#include "core/text/fold.h"
#include "core/text/lexicon.h"

namespace claimdesk::link {
namespace {

// A claim whose content only points back at something said before
// ("denied these reports", "confirmed it"): too short to compare, it
// belongs with the claim it answers.
bool isAnaphoric(const LinkClaim& claim, const std::vector<std::string>& tokens) {
    if (tokens.size() > 2)
        return false;
    const std::string folded = text::foldCase(claim.content);
    for (const char* lead : {"these ", "those ", "the ", "this", "that", "such ", "it", "them"})
        if (folded.rfind(lead, 0) == 0)
            return true;
    return tokens.empty();
}

// Whether a claim speaks of what may happen ("Russia may attempt to
// deploy") rather than of what did: such a claim is not the same fact as a
// report of what happened, however many words they share.
bool isModal(const std::vector<std::string>& rawWords) {
    static const auto& words = text::lexiconWords("link-modal-words");
    for (const auto& w : rawWords)
        if (words.count(w))
            return true;
    return false;
}

bool shareUnit(const LinkClaim& a, const LinkClaim& b) {
    for (const auto& qa : a.quantities)
        for (const auto& qb : b.quantities)
            if (!qa.unit.empty() && !qb.unit.empty() && claimdesk::sameUnit(qa.unit, qb.unit))
                return true;
    return false;
}

// Whether two claims give conflicting figures for the same thing in its
// frame (same measure, subject and period; sums of parts against totals).
bool dispute(const LinkClaim& a, const LinkClaim& b) {
    const auto fa = comparedFigures(a);
    const auto fb = comparedFigures(b);
    for (const auto& x : fa)
        for (const auto& y : fb)
            if (relate(x, y) == FigureRelation::Conflict)
                return true;
    return false;
}

// Two claims of one article giving figures for the same thing that cannot
// both be true are about different facts: an article rarely contradicts
// itself, so they never share a cluster. Unless two speakers give them and
// the figures conflict in their frames: an article setting one side's
// count against the other's reports a dispute ("Lumera said nine were
// killed and 31 wounded ... 'upwards of 100 killed or wounded', a lawmaker
// said").
bool differentFacts(const LinkClaim& a, const LinkClaim& b) {
    if (a.documentId != b.documentId)
        return false;
    if (!a.speakerKey.empty() && !b.speakerKey.empty() && a.speakerKey != b.speakerKey && dispute(a, b))
        return false;
    for (const auto& qa : a.quantities)
        for (const auto& qb : b.quantities)
            if ((qa.value || qa.low || qa.high) && (qb.value || qb.low || qb.high) && !qa.unit.empty() &&
                claimdesk::sameUnit(qa.unit, qb.unit) && !claimdesk::compatible(qa, qb))
                return true;
    return false;
}

bool hasFigure(const Quantity& q) { return q.value || q.low || q.high; }

// Whether `a`'s main figure (its first) restates only a side figure of `b`:
// "4,000 soldiers were killed" against "deployed 12,000 soldiers, of whom
// over 4,000 were killed" reports the aside, not the claim.
bool echoesAside(const LinkClaim& a, const LinkClaim& b) {
    if (a.quantities.empty() || b.quantities.size() < 2 || !hasFigure(a.quantities[0]) || !hasFigure(b.quantities[0]))
        return false;
    const Quantity& main = a.quantities[0];
    if (!claimdesk::sameUnit(main.unit, b.quantities[0].unit) || claimdesk::compatible(main, b.quantities[0]))
        return false;
    for (std::size_t i = 1; i < b.quantities.size(); ++i)
        if (hasFigure(b.quantities[i]) && claimdesk::sameUnit(main.unit, b.quantities[i].unit) &&
            claimdesk::compatible(main, b.quantities[i]))
            return true;
    return false;
}

// What the claim's first figure counts.
std::string mainRole(const LinkClaim& c) {
    for (const auto& q : c.quantities)
        if (q.value || q.low || q.high)
            return figureRole(c, q);
    return {};
}

// The claim's first figure, or null.
const Quantity* mainFigure(const LinkClaim& c) {
    for (const auto& q : c.quantities)
        if (hasFigure(q))
            return &q;
    return nullptr;
}

// Main figures that count different kinds of people or things ("about 12
// attackers killed", "nine sailors killed"): two facts, whatever the words
// around them share.
bool countDifferentThings(const LinkClaim& a, const LinkClaim& b) {
    const Quantity* qa = mainFigure(a);
    const Quantity* qb = mainFigure(b);
    return qa && qb && claimdesk::differentUnits(qa->unit, qb->unit);
}

// How two claims' differing figures for one counted thing relate them:
// not at all, through the unit only ("15 sailors" / "1,500 sailors"), or
// through their frames: both say what they count (killed, deployed) and
// it is the same measure (or a part against its total), of the same
// subject, over periods that can overlap. Different subjects ("Russian
// troops" / "North Korean troops") or different days of a happening
// relate them not at all.
enum class FigureTie { None, Unit, Frame };

FigureTie differingFiguresTie(const LinkClaim& a, const LinkClaim& b) {
    FigureTie tie = FigureTie::None;
    for (const auto& x : comparedFigures(a))
        for (const auto& y : comparedFigures(b)) {
            if (x.quantity.unit.empty() || y.quantity.unit.empty())
                continue;
            const FigureRelation relation = relate(x, y);
            if (relation == FigureRelation::Unrelated || relation == FigureRelation::Agree)
                continue;
            if (!x.measure.empty() && !y.measure.empty())
                return FigureTie::Frame;
            tie = FigureTie::Unit;
        }
    return tie;
}

// Whether any two of the claims' figures may count one thing (a figure
// bonus is possible): a cheap test before the pair is scored.
bool mayCountOneThing(const LinkClaim& a, const LinkClaim& b) {
    for (const auto& qa : a.quantities)
        for (const auto& qb : b.quantities)
            if (claimdesk::sameUnit(qa.unit, qb.unit))
                return true;
    return false;
}

// Whether two claims give conflicting figures for one thing, and both say
// what their figure counts (killed, deployed): a dispute their frames
// establish, not one read from a bare unit.
bool disputeInFrames(const LinkClaim& a, const LinkClaim& b) {
    for (const auto& x : comparedFigures(a))
        for (const auto& y : comparedFigures(b))
            if (!x.quantity.unit.empty() && !y.quantity.unit.empty() && !x.measure.empty() && !y.measure.empty() &&
                relate(x, y) == FigureRelation::Conflict)
                return true;
    return false;
}

// Two speakers of one article giving conflicting figures for one thing,
// both saying what their figure counts.
bool twoSpeakersDispute(const LinkClaim& a, const LinkClaim& b) {
    return !a.speakerKey.empty() && !b.speakerKey.empty() && a.speakerKey != b.speakerKey && disputeInFrames(a, b);
}

// Clusters joined by id, each under the smallest id of those it joins.
class ClusterUnion {
public:
    void join(std::size_t a, std::size_t b) {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }
    void relabel(std::vector<std::size_t>& clusterOf) {
        if (m_parent.empty())
            return;
        for (std::size_t& cluster : clusterOf)
            cluster = find(cluster);
    }

private:
    std::size_t find(std::size_t id) const {
        for (auto it = m_parent.find(id); it != m_parent.end(); it = m_parent.find(id))
            id = it->second;
        return id;
    }
    std::map<std::size_t, std::size_t> m_parent;
};

bool shareCompatibleFigure(const LinkClaim& a, const LinkClaim& b) {
    for (const auto& qa : a.quantities)
        for (const auto& qb : b.quantities)
            if ((qa.value || qa.low || qa.high) && claimdesk::sameUnit(qa.unit, qb.unit) && claimdesk::compatible(qa, qb))
                return true;
    return false;
}

}  // namespace

ClaimLinker::ClaimLinker(LinkOptions options) : m_options(options) {}

std::size_t ClaimLinker::root(std::size_t i) const { return m_cluster[i]; }

void ClaimLinker::useTermStatistics(TermStatistics statistics) { m_statistics = std::move(statistics); }

void ClaimLinker::rebuildWeights() {
    std::unordered_map<std::string, int> vocabulary;
    std::vector<std::string> terms;
    std::vector<int> documentFrequency;
    std::vector<std::vector<std::pair<int, double>>> counts(m_tokens.size());
    for (std::size_t i = 0; i < m_tokens.size(); ++i) {
        std::map<int, double> tf;
        for (const auto& t : m_tokens[i]) {
            auto [it, inserted] = vocabulary.emplace(t, static_cast<int>(vocabulary.size()));
            if (inserted) {
                documentFrequency.push_back(0);
                terms.push_back(t);
            }
            tf[it->second] += 1.0;
        }
        for (const auto& [id, n] : tf) {
            ++documentFrequency[static_cast<std::size_t>(id)];
            counts[i].emplace_back(id, n);
        }
    }
    // Weights by how common a word is in the whole project: the claims
    // given, or the project's statistics when the linker sees only part.
    double n = static_cast<double>(m_tokens.size());
    if (m_statistics.claimsWithTerm) {
        n = std::max(n, m_statistics.claims);
        for (std::size_t id = 0; id < terms.size(); ++id)
            documentFrequency[id] = std::max(documentFrequency[id], m_statistics.claimsWithTerm(terms[id]));
    }
    m_terms = terms;
    m_common.assign(terms.size(), false);
    m_rare.assign(terms.size(), false);
    const double rareLimit = std::max(m_options.rareWordClaims, m_options.rareWordShare * n);
    for (std::size_t id = 0; id < terms.size(); ++id) {
        m_common[id] = documentFrequency[id] > m_options.candidateTermCap;
        // Figures ("#40") say nothing of what is counted.
        m_rare[id] = terms[id][0] != '#' && documentFrequency[id] <= rareLimit;
    }
    m_vectors.assign(m_tokens.size(), {});
    for (std::size_t i = 0; i < counts.size(); ++i) {
        double norm = 0;
        for (auto [id, tf] : counts[i]) {
            const double idf = std::log((n + 1.0) / (documentFrequency[static_cast<std::size_t>(id)] + 1.0)) + 1.0;
            const double w = (1.0 + std::log(tf)) * idf;
            m_vectors[i].emplace_back(id, w);
            norm += w * w;
        }
        norm = std::sqrt(norm);
        for (auto& entry : m_vectors[i])
            entry.second /= norm > 0 ? norm : 1.0;
    }
}

std::pair<double, int> ClaimLinker::cosine(std::size_t a, std::size_t b) const {
    const auto& va = m_vectors[a];
    const auto& vb = m_vectors[b];
    double dot = 0;
    int shared = 0;
    for (std::size_t i = 0, j = 0; i < va.size() && j < vb.size();) {
        if (va[i].first == vb[j].first) {
            dot += va[i++].second * vb[j++].second;
            ++shared;
        } else if (va[i].first < vb[j].first)
            ++i;
        else
            ++j;
    }
    return {dot, shared};
}

bool ClaimLinker::canBeStrong(std::size_t a, std::size_t b, double mostCosine, int mostShared) const {
    // The most the bonuses can add to the words' cosine.
    if (mostCosine <= 0 || m_claims[a].documentId == m_claims[b].documentId)
        return false;
    const bool figures = mayCountOneThing(m_claims[a], m_claims[b]);
    if (mostShared < 2 && !figures)
        return false;
    double most = mostCosine;
    if (!m_claims[a].speakerKey.empty() && m_claims[a].speakerKey == m_claims[b].speakerKey)
        most += m_options.sameSpeakerBonus;
    if (figures)
        most += std::max(m_options.compatibleFigureBonus, m_options.sameUnitBonus);
    if (!m_role[a].empty() && m_role[a] == m_role[b])
        most += m_options.sameRoleBonus;
    return most >= m_options.joinThreshold;
}

double ClaimLinker::similarity(std::size_t a, std::size_t b) const {
    return m_claims[a].documentId == m_claims[b].documentId ? 0.0 : wordingSimilarity(a, b);
}

double ClaimLinker::wordingSimilarity(std::size_t a, std::size_t b) const {
    const LinkClaim& ca = m_claims[a];
    const LinkClaim& cb = m_claims[b];
    const auto [dot, shared] = cosine(a, b);
    if (dot <= 0)
        return 0.0;
    if (shared < 2 && (ca.quantities.empty() || cb.quantities.empty()))
        return 0.0;
    // One word in common ("closed the intake", "closed for the day") is
    // not one fact, unless the figures agree too or count one thing by
    // the evidence of differingFiguresAreOneThing ("more than 40 pirates
    // had been killed", "about 12 attackers had been killed").
    const bool compatibleFigure = shareCompatibleFigure(ca, cb);
    const bool oneThing = !compatibleFigure && shareUnit(ca, cb) && differingFiguresAreOneThing(a, b);
    if (shared < 2 && !compatibleFigure && !oneThing)
        return 0.0;
    double score = dot;
    if (!ca.speakerKey.empty() && ca.speakerKey == cb.speakerKey)
        score += m_options.sameSpeakerBonus;
    if (compatibleFigure)
        score += m_options.compatibleFigureBonus;
    else if (oneThing)
        score += m_options.sameUnitBonus;
    if (m_modal[a] != m_modal[b])
        score *= m_options.modalityFactor;
    if (echoesAside(ca, cb) || echoesAside(cb, ca))
        score *= m_options.asideFactor;
    // Main figures that count different things (troops deployed, soldiers
    // killed) make different facts; the same thing counted is a hint.
    if (!m_role[a].empty() && !m_role[b].empty())
        score = m_role[a] == m_role[b] ? score + m_options.sameRoleBonus : score * m_options.roleFactor;
    if (countDifferentThings(ca, cb))
        score *= m_options.roleFactor;
    return score;
}

bool ClaimLinker::differingFiguresAreOneThing(std::size_t a, std::size_t b) const {
    // Differing figures are a hint of one claim only with evidence that the
    // claims speak of one thing: frames that say so, or a word few claims
    // hold besides the figure's own (a ship's name, a place, "detained").
    // A unit and a story's common words ("troops", "Kursk", "killed") are
    // no such evidence: every report of the story shares them.
    const FigureTie tie = differingFiguresTie(m_claims[a], m_claims[b]);
    if (tie == FigureTie::Frame)
        return true;
    return tie == FigureTie::Unit && shareRareWord(a, b);
}

bool ClaimLinker::shareRareWord(std::size_t a, std::size_t b) const {
    std::vector<std::string> unitWords;
    for (const LinkClaim* c : {&m_claims[a], &m_claims[b]})
        for (const auto& q : c->quantities)
            for (const auto& w : contentTokens(q.unit, {}))
                unitWords.push_back(w);
    const auto& va = m_vectors[a];
    const auto& vb = m_vectors[b];
    for (std::size_t i = 0, j = 0; i < va.size() && j < vb.size();) {
        if (va[i].first == vb[j].first) {
            const auto id = static_cast<std::size_t>(va[i].first);
            if (m_rare[id] && std::find(unitWords.begin(), unitWords.end(), m_terms[id]) == unitWords.end())
                return true;
            ++i;
            ++j;
        } else if (va[i].first < vb[j].first)
            ++i;
        else
            ++j;
    }
    return false;
}

void ClaimLinker::restore(const std::vector<LinkClaim>& claims, const std::vector<std::int64_t>& groups,
                          const std::vector<bool>& pinned) {
    std::map<std::int64_t, std::size_t> firstOfGroup;
    for (std::size_t i = 0; i < claims.size(); ++i) {
        auto [it, inserted] = firstOfGroup.emplace(groups[i], m_claims.size());
        append(claims[i], it->second);
        if (i < pinned.size() && pinned[i])
            m_analystClusters.push_back(it->second);
    }
    // The word weights depend on every claim: add() computes them once,
    // with the new claims in.
}

void ClaimLinker::append(const LinkClaim& claim, std::size_t cluster) {
    m_claims.push_back(claim);
    m_tokens.push_back(contentTokens(claim.content, claim.quantities));
    m_modal.push_back(isModal(words(claim.content)));
    m_role.push_back(mainRole(claim));
    m_cluster.push_back(cluster);
}

void ClaimLinker::add(const std::vector<LinkClaim>& claims) {
    const std::size_t first = m_claims.size();
    for (const auto& c : claims)
        append(c, m_claims.size());
    rebuildWeights();
    const std::size_t n = m_claims.size();

    std::vector<bool> anaphoric(n, false);
    for (std::size_t i = 0; i < n; ++i)
        anaphoric[i] = isAnaphoric(m_claims[i], m_tokens[i]);
    joinAnswersToWhatTheyAnswer(first, anaphoric);
    joinInArticleDisputes(first, anaphoric);

    AverageLinkageInput input;
    input.cluster = &m_cluster;
    input.uncounted = &anaphoric;
    std::vector<std::int64_t> documents(n);
    std::vector<bool> fresh(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        documents[i] = m_claims[i].documentId;
        fresh[i] = i >= first;
    }
    input.document = &documents;
    input.openItem = &fresh;
    std::vector<bool> analysts(n, false);
    const std::set<std::size_t> analystClusters(m_analystClusters.begin(), m_analystClusters.end());
    for (std::size_t i = 0; i < first; ++i)
        analysts[i] = analystClusters.count(m_cluster[i]) > 0;
    input.analystItem = &analysts;
    input.strongPairs = similarPairs(first, anaphoric);
    input.similarity = [this, first](std::size_t x, std::size_t y) {
        // Pairs of two claims clustered before count without adding: their
        // clusters were settled without each other.
        return x < first && y < first ? 0.0 : similarity(x, y);
    };
    input.threshold = m_options.joinThreshold;
    // An article rarely contradicts itself: two of its claims giving
    // figures for the same thing that cannot both be true never merge.
    input.conflict = [this](std::size_t x, std::size_t y) { return differentFacts(m_claims[x], m_claims[y]); };
    mergeByAverageLinkage(std::move(input));
    joinRepeatedDisputes(first);
}


void ClaimLinker::joinAnswersToWhatTheyAnswer(std::size_t first, const std::vector<bool>& anaphoric) {
    // Answers that only point back ("denied these reports") join the claim
    // before them in their own document.
    std::unordered_map<std::int64_t, std::vector<std::size_t>> byDocument;
    for (std::size_t i = 0; i < m_claims.size(); ++i)
        byDocument[m_claims[i].documentId].push_back(i);
    for (std::size_t i = first; i < m_claims.size(); ++i) {
        if (!anaphoric[i])
            continue;
        std::size_t best = npos;
        for (std::size_t j : byDocument[m_claims[i].documentId]) {
            if (j == i || m_claims[j].position >= m_claims[i].position)
                continue;
            if (best == npos || m_claims[j].position > m_claims[best].position)
                best = j;
        }
        if (best != npos)
            m_cluster[i] = root(best);
    }
}

std::vector<std::vector<std::size_t>> ClaimLinker::newClaimsByDocument(std::size_t first) const {
    std::map<std::int64_t, std::vector<std::size_t>> byDocument;
    for (std::size_t i = first; i < m_claims.size(); ++i)
        byDocument[m_claims[i].documentId].push_back(i);
    std::vector<std::vector<std::size_t>> out;
    for (auto& [document, members] : byDocument)
        out.push_back(std::move(members));
    return out;
}

void ClaimLinker::joinInArticleDisputes(std::size_t first, const std::vector<bool>& anaphoric) {
    // An article that sets one speaker's figure against another's for the
    // same thing ("about 12 attackers were killed, the monitor said ...
    // the ministry said the number killed had surpassed 40") reports one
    // disputed fact: the two start in one cluster, so that reports of
    // either side elsewhere join both. Only claims worded alike enough to
    // link across articles, whose frames both say what they count.
    ClusterUnion joined;
    for (const auto& members : newClaimsByDocument(first))
        for (std::size_t x = 0; x < members.size(); ++x)
            for (std::size_t y = x + 1; y < members.size(); ++y) {
                const std::size_t i = members[x], j = members[y];
                if (!anaphoric[i] && !anaphoric[j] && twoSpeakersDispute(m_claims[i], m_claims[j]) &&
                    wordingSimilarity(i, j) >= m_options.joinThreshold)
                    joined.join(m_cluster[i], m_cluster[j]);
            }
    joined.relabel(m_cluster);
}

void ClaimLinker::joinRepeatedDisputes(std::size_t first) {
    // Two clusters holding the two sides of one count ("15 sailors in our
    // custody" / "all 21 crew members are held") are worded too
    // differently to link, but articles set them against each other: when
    // two articles each give one side's claim and the other's by two
    // speakers, their frames conflicting, the clusters are one disputed
    // fact. One article alone is not enough (it may report two events'
    // tolls side by side); an analyst's cluster is never merged so.
    const std::set<std::size_t> analysts(m_analystClusters.begin(), m_analystClusters.end());
    std::map<std::pair<std::size_t, std::size_t>, int> articles;  // by pair of clusters
    for (const auto& members : newClaimsByDocument(first)) {
        std::set<std::pair<std::size_t, std::size_t>> here;
        for (std::size_t x = 0; x < members.size(); ++x)
            for (std::size_t y = x + 1; y < members.size(); ++y) {
                const std::size_t a = m_cluster[members[x]], b = m_cluster[members[y]];
                if (a != b && !analysts.count(a) && !analysts.count(b) &&
                    twoSpeakersDispute(m_claims[members[x]], m_claims[members[y]]))
                    here.insert(std::minmax(a, b));
            }
        for (const auto& pair : here)
            ++articles[pair];
    }
    ClusterUnion joined;
    for (const auto& [pair, count] : articles)
        if (count >= 2)
            joined.join(pair.first, pair.second);
    joined.relabel(m_cluster);
}

std::vector<SimilarPair> ClaimLinker::similarPairs(std::size_t first, const std::vector<bool>& anaphoric) const {
    // Only claims sharing a word can be similar: walk an index of which
    // claims hold each word instead of every pair, summing the cosine of
    // the words walked on the way. A word held by very many claims across
    // the project ("said", "government") is no evidence on its own and
    // would make the walk quadratic: it finds no candidates (it still
    // counts in the similarity of the candidates found).
    const std::size_t n = m_claims.size();
    std::unordered_map<int, std::vector<std::pair<std::size_t, double>>> holders;
    for (std::size_t j = 0; j < n; ++j)
        if (!anaphoric[j])
            for (const auto& [word, weight] : m_vectors[j])
                if (!m_common[static_cast<std::size_t>(word)])
                    holders[word].emplace_back(j, weight);
    std::vector<SimilarPair> out;
    std::vector<std::size_t> candidates;
    std::vector<double> dot(n, 0.0);
    std::vector<int> shared(n, 0);
    for (std::size_t i = first; i < n; ++i) {
        if (anaphoric[i])
            continue;
        candidates.clear();
        // What the common words, not walked, can add at most: their norm.
        double unwalkedSquares = 0;
        int unwalked = 0;
        for (const auto& [word, weight] : m_vectors[i])
            if (m_common[static_cast<std::size_t>(word)]) {
                unwalkedSquares += weight * weight;
                ++unwalked;
            }
        const double rest = std::sqrt(unwalkedSquares);
        for (const auto& [word, weight] : m_vectors[i]) {
            if (m_common[static_cast<std::size_t>(word)])
                continue;
            // With at least one new claim in each pair, each pair once.
            for (const auto& [j, w] : holders[word]) {
                if (j == i || (j >= first && j < i))
                    continue;
                if (shared[j] == 0)
                    candidates.push_back(j);
                ++shared[j];
                dot[j] += weight * w;
            }
        }
        for (std::size_t j : candidates) {
            const bool possible = canBeStrong(i, j, dot[j] + rest, shared[j] + unwalked);
            dot[j] = 0;
            shared[j] = 0;
            if (!possible)
                continue;
            if (const double s = similarity(i, j); s >= m_options.joinThreshold)
                out.push_back({i, j, s});
        }
    }
    return out;
}

void ClaimLinker::pin(std::size_t claim, std::size_t withClaim) {
    m_cluster[claim] = withClaim == npos ? claim : root(withClaim);
    if (withClaim == npos) {
        // The claim may have been its cluster's id: give the others a new one.
        std::size_t newId = npos;
        for (std::size_t k = 0; k < m_cluster.size(); ++k)
            if (k != claim && m_cluster[k] == claim) {
                if (newId == npos)
                    newId = k;
                m_cluster[k] = newId;
            }
    }
}

std::vector<ClaimCluster> ClaimLinker::clusters(bool withSingles) const {
    std::map<std::size_t, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < m_claims.size(); ++i)
        groups[m_cluster[i]].push_back(i);
    std::vector<ClaimCluster> out;
    for (const auto& [id, members] : groups) {
        if (members.size() < 2 && !withSingles)
            continue;
        std::vector<const LinkClaim*> claims;
        for (std::size_t m : members)
            claims.push_back(&m_claims[m]);
        ClaimCluster cluster = describeCluster(claims);
        cluster.members = members;
        for (std::size_t& party : cluster.disputed)
            party = members[party];  // a position among `claims`: the member it is
        out.push_back(std::move(cluster));
    }
    return out;
}

}  // namespace claimdesk::link
