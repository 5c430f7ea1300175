#include "core/pipeline/linking.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "core/domain/speakerkey.h"
#include "core/link/claimlinker.h"
#include "core/link/clustersources.h"
#include "core/link/documentclaims.h"
#include "core/link/eventlinker.h"
#include "core/link/tokens.h"
#include "core/pipeline/clusterjudge.h"
#include "core/store/projectstore.h"

namespace claimdesk::pipeline {
namespace {

// How the word index finds candidates (see docs/linking-at-scale.md): a
// word held by more claims than the cap is posted no more and finds none;
// a new claim asks for its rarest words only and keeps the claims that
// share the most of its rarity.
constexpr std::int64_t kPostingCap = 500;
constexpr std::size_t kWordsAsked = 8;
constexpr std::size_t kCandidatesKept = 30;
constexpr int kEventsPerDate = 400;
// Average linkage compares a new claim with every member of a cluster; a
// cluster larger than this is compared through a fixed sample of its
// members, so a paragraph that thousands of articles repeat costs a batch
// the same whatever the project's size.
constexpr std::size_t kMembersRead = 200;

link::LinkClaim toLinkClaim(const store::LinkableClaim& c) {
    link::LinkClaim l;
    l.claimId = c.id;
    l.documentId = c.documentId;
    l.outlet = c.outlet;
    l.speakerName = c.speakerName;
    l.speakerKey = c.speakerName.empty() ? std::string() : claimdesk::speakerKey(c.speakerName);
    l.content = c.content;
    l.cue = c.cue;
    l.type = c.type;
    l.polarity = c.polarity;
    l.quantities = c.quantities;
    l.statedOn = c.statedOn;
    l.position = c.position;
    return l;
}

// The claims waiting: those the batch holds in memory, the rest read.
struct Waiting {
    std::vector<link::LinkClaim> toLink;       // in no cluster yet
    std::vector<link::LinkClaim> toIndexOnly;  // placed already (by an analyst, or before the index)
    std::vector<std::int64_t> allIds;
};

Result<Waiting> waitingClaims(store::LinkSession& session, const std::vector<StoredAnalysis>& stored) {
    auto pending = session.pendingClaims();
    if (!pending)
        return makeError(pending.error());
    std::map<std::int64_t, link::LinkClaim> inMemory;
    for (const auto& s : stored) {
        auto claims = link::linkClaimsOf(*s.document, *s.analysis, s.added->id);
        for (std::size_t i = 0; i < claims.size() && i < s.added->claimIds.size(); ++i) {
            claims[i].claimId = s.added->claimIds[i];
            inMemory.emplace(claims[i].claimId, std::move(claims[i]));
        }
    }
    Waiting w;
    std::vector<std::int64_t> toRead;
    std::set<std::int64_t> placed;
    for (const auto& p : *pending) {
        w.allIds.push_back(p.claimId);
        // A claim whose attribution the analyst marked wrong joins no
        // cluster nor disagreement (marked right again, it is queued anew).
        if (p.rejected)
            continue;
        if (p.clusterId)
            placed.insert(p.claimId);
        auto it = inMemory.find(p.claimId);
        if (it == inMemory.end())
            toRead.push_back(p.claimId);
        else
            (p.clusterId ? w.toIndexOnly : w.toLink).push_back(std::move(it->second));
    }
    auto read = session.claims(toRead);
    if (!read)
        return makeError(read.error());
    for (const auto& c : *read)
        (placed.count(c.id) ? w.toIndexOnly : w.toLink).push_back(toLinkClaim(c));
    return w;
}

// Claims already linked that could be the same report as one of `fresh`:
// those sharing its rarest indexed words, the most shared rarity first.
// A word no claim held before this pass finds none (a first batch asks
// the index nothing).
Result<std::set<std::int64_t>> candidates(store::LinkSession& session, const std::vector<link::LinkClaim>& fresh,
                                          const std::vector<std::vector<std::string>>& freshWords,
                                          const std::unordered_map<std::string, store::IndexedWord>& index,
                                          double claimCount) {
    std::set<std::int64_t> waiting;
    for (const auto& c : fresh)
        waiting.insert(c.claimId);
    std::unordered_map<std::int64_t, std::vector<std::int64_t>> postings;  // by word id, read once
    std::set<std::int64_t> out;
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        std::vector<const store::IndexedWord*> words;
        for (const auto& w : std::set<std::string>(freshWords[i].begin(), freshWords[i].end()))
            if (auto it = index.find(w); it != index.end() && it->second.claims <= kPostingCap && it->second.before > 0)
                words.push_back(&it->second);
        std::sort(words.begin(), words.end(), [](const auto* a, const auto* b) {
            return a->claims < b->claims || (a->claims == b->claims && a->id < b->id);
        });
        if (words.size() > kWordsAsked)
            words.resize(kWordsAsked);
        std::unordered_map<std::int64_t, double> score;
        for (const auto* w : words) {
            auto it = postings.find(w->id);
            if (it == postings.end()) {
                auto list = session.postings(w->id);
                if (!list)
                    return makeError(list.error());
                it = postings.emplace(w->id, std::move(*list)).first;
            }
            const double idf = std::log((claimCount + 1.0) / (static_cast<double>(w->claims) + 1.0)) + 1.0;
            for (std::int64_t j : it->second)
                if (!waiting.count(j))
                    score[j] += idf * idf;
        }
        std::vector<std::pair<double, std::int64_t>> ranked;
        for (const auto& [j, s] : score)
            ranked.emplace_back(-s, j);
        const std::size_t keep = std::min(kCandidatesKept, ranked.size());
        std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end());
        for (std::size_t k = 0; k < keep; ++k)
            out.insert(ranked[k].second);
    }
    return out;
}

// The clusters holding `candidateIds`, with their members (a sample of a
// large one: those are `partial`).
struct Neighbourhood {
    std::vector<link::LinkClaim> claims;
    std::vector<std::int64_t> clusterOf;
    std::vector<bool> inAnalystsCluster;  // its cluster holds a claim the analyst placed
    std::set<std::int64_t> partial;
};

Result<Neighbourhood> neighbourhood(store::LinkSession& session, const std::set<std::int64_t>& candidateIds) {
    auto clusters = session.clustersOf({candidateIds.begin(), candidateIds.end()});
    if (!clusters)
        return makeError(clusters.error());
    std::set<std::int64_t> ids;
    for (const auto& [claim, cluster] : *clusters)
        ids.insert(cluster);
    auto members = session.membersOf({ids.begin(), ids.end()}, kMembersRead);
    if (!members)
        return makeError(members.error());
    std::vector<std::int64_t> memberIds;
    for (const auto& [claim, cluster] : members->clusterOf)
        memberIds.push_back(claim);
    auto claims = session.claims(memberIds);
    if (!claims)
        return makeError(claims.error());
    auto analysts = session.analystClusters({ids.begin(), ids.end()});
    if (!analysts)
        return makeError(analysts.error());
    Neighbourhood n;
    for (const auto& c : *claims) {
        n.claims.push_back(toLinkClaim(c));
        n.clusterOf.push_back(members->clusterOf.at(c.id));
        n.inAnalystsCluster.push_back(analysts->count(n.clusterOf.back()) > 0);
    }
    n.partial = std::move(members->partial);
    return n;
}

// A cluster that gained a new claim, as linking will write it: the record
// keeps the id of the earlier cluster most of its members come from and
// absorbs the other earlier clusters it joined (an earlier cluster is never
// split: all of it went to one new one).
struct PlannedCluster {
    store::ClusterRecord record;
    std::vector<std::int64_t> absorbed;
    std::vector<const link::LinkClaim*> fresh;  // its new claims
};

std::vector<PlannedCluster> plannedClusters(const link::ClaimLinker& linker, std::size_t firstNew,
                                            const std::vector<std::int64_t>& oldCluster) {
    std::vector<PlannedCluster> out;
    for (const auto& cluster : linker.clusters(true)) {
        if (cluster.members.back() < firstNew)
            continue;  // unchanged: no new claim joined it
        PlannedCluster plan;
        store::ClusterRecord& record = plan.record;
        std::map<std::int64_t, int> previous;  // old cluster id -> members from it
        for (std::size_t m : cluster.members) {
            record.claimIds.push_back(linker.claims()[m].claimId);
            if (m < firstNew)
                ++previous[oldCluster[m]];
            else
                plan.fresh.push_back(&linker.claims()[m]);
        }
        int most = 0;
        for (const auto& [id, count] : previous)
            if (count > most) {
                most = count;
                record.id = id;
            }
        for (const auto& [id, count] : previous)
            if (id != record.id)
                plan.absorbed.push_back(id);
        record.disagreement = cluster.disagreement;
        for (std::size_t m : cluster.disputed)
            record.disputed.insert(linker.claims()[m].claimId);
        record.reason = cluster.reason;
        record.outletCount = cluster.outletCount;
        record.independentSources = cluster.independentSources;
        record.originSpeaker = cluster.originSpeaker;
        out.push_back(std::move(plan));
    }
    return out;
}

// A plan that holds a sampled cluster counts the sources of all its
// members, read from the store, and keeps a disagreement flagged before:
// the sample and the new claims agreeing does not clear a conflict found
// among members not read this time.
Status completeSampledPlan(store::LinkSession& session, PlannedCluster& plan) {
    store::ClusterRecord& record = plan.record;
    std::vector<link::LinkClaim> earlier;
    std::vector<std::int64_t> old{record.id};
    old.insert(old.end(), plan.absorbed.begin(), plan.absorbed.end());
    for (std::int64_t id : old) {
        auto sources = session.sourcesIn(id, id == record.id);
        auto flag = session.disagreementOf(id);
        if (!sources || !flag)
            return makeError(!sources ? sources.error() : flag.error());
        for (const auto& s : *sources) {
            link::LinkClaim c;
            c.outlet = s.outlet;
            c.speakerName = s.speakerName;
            c.speakerKey = s.speakerName.empty() ? std::string() : claimdesk::speakerKey(s.speakerName);
            earlier.push_back(std::move(c));
        }
        if (flag->first && !record.disagreement) {
            record.disagreement = true;
            record.reason = flag->second;
        }
    }
    std::vector<const link::LinkClaim*> all;
    for (const auto& c : earlier)
        all.push_back(&c);
    all.insert(all.end(), plan.fresh.begin(), plan.fresh.end());
    const link::ClusterSources sources = link::tallySources(all);
    record.outletCount = sources.outletCount;
    record.independentSources = sources.independentSources;
    record.originSpeaker = sources.originSpeaker;
    return {};
}

Status linkClaims(store::LinkSession& session, const std::vector<StoredAnalysis>& stored) {
    auto waiting = waitingClaims(session, stored);
    if (!waiting)
        return makeError(waiting.error());
    if (waiting->allIds.empty())
        return {};
    auto count = session.claimCount();
    if (!count)
        return makeError(count.error());

    // Post the words of every waiting claim, then find the new ones' candidates.
    std::vector<std::pair<std::int64_t, std::vector<std::string>>> posted;
    std::vector<std::vector<std::string>> freshWords;
    for (const auto* group : {&waiting->toLink, &waiting->toIndexOnly})
        for (const auto& c : *group) {
            posted.emplace_back(c.claimId, link::contentTokens(c.content, c.quantities));
            if (group == &waiting->toLink)
                freshWords.push_back(posted.back().second);
        }
    auto index = session.postWords(posted, kPostingCap);
    if (!index)
        return makeError(index.error());
    auto near = candidates(session, waiting->toLink, freshWords, *index, static_cast<double>(*count));
    if (!near)
        return makeError(near.error());
    auto known = neighbourhood(session, *near);
    if (!known)
        return makeError(known.error());

    // Word weights from the whole project's counts.
    std::vector<std::string> knownWords;
    for (const auto& c : known->claims)
        for (auto& w : link::contentTokens(c.content, c.quantities))
            if (!index->count(w))
                knownWords.push_back(std::move(w));
    auto counts = session.wordCounts(knownWords);
    if (!counts)
        return makeError(counts.error());
    link::ClaimLinker linker;
    linker.useTermStatistics({static_cast<double>(*count), [&](const std::string& word) {
                                  if (auto it = index->find(word); it != index->end())
                                      return static_cast<int>(it->second.claims);
                                  auto it = counts->find(word);
                                  return it == counts->end() ? 0 : static_cast<int>(it->second);
                              }});
    linker.restore(known->claims, known->clusterOf, known->inAnalystsCluster);
    linker.add(waiting->toLink);

    std::vector<store::ClusterRecord> records;
    std::vector<store::MergedCluster> merged;
    for (auto& plan : plannedClusters(linker, known->claims.size(), known->clusterOf)) {
        const auto sampled = [&](std::int64_t id) { return known->partial.count(id) > 0; };
        if (sampled(plan.record.id) || std::any_of(plan.absorbed.begin(), plan.absorbed.end(), sampled))
            if (Status s = completeSampledPlan(session, plan); !s.ok())
                return s;
        for (std::int64_t from : plan.absorbed)
            merged.push_back({from, plan.record.id});
        records.push_back(std::move(plan.record));
    }
    if (Status s = session.writeClaimClusters(records, merged); !s.ok())
        return s;
    return session.markLinked(waiting->allIds, {});
}

Status linkEvents(store::LinkSession& session) {
    auto pending = session.pendingEvents();
    if (!pending)
        return makeError(pending.error());
    if (pending->empty())
        return {};
    auto fresh = session.events(*pending);
    if (!fresh)
        return makeError(fresh.error());
    // Events dated so that they may be the same happening, clustered before.
    const std::set<std::int64_t> waiting(pending->begin(), pending->end());
    std::set<std::int64_t> nearIds;
    std::set<std::string> dates;
    for (const auto& e : *fresh)
        dates.insert(e.date);
    for (const auto& date : dates) {
        auto ids = session.eventsDatedNear(date, kEventsPerDate);
        if (!ids)
            return makeError(ids.error());
        for (std::int64_t id : *ids)
            if (!waiting.count(id))
                nearIds.insert(id);
    }
    auto near = session.events({nearIds.begin(), nearIds.end()});
    auto groups = session.eventClustersOf({nearIds.begin(), nearIds.end()});
    if (!near || !groups)
        return makeError(!near ? near.error() : groups.error());
    std::vector<link::LinkEvent> events;
    std::vector<std::int64_t> groupOf;
    for (const auto* list : {&*near, &*fresh})
        for (const auto& e : *list) {
            events.push_back({e.id, e.documentId, e.date, e.place, e.text});
            auto it = groups->find(e.id);
            groupOf.push_back(it == groups->end() ? -1 : it->second);
        }
    for (const auto& members : link::joinNewEvents(events, groupOf, near->size())) {
        std::vector<std::int64_t> ids;
        std::set<std::int64_t> existing;
        for (std::size_t i : members) {
            ids.push_back(events[i].eventId);
            if (groupOf[i] >= 0)
                existing.insert(groupOf[i]);
        }
        if (Status s = session.joinEvents(ids, {existing.begin(), existing.end()}); !s.ok())
            return s;
    }
    return session.markLinked({}, *pending);
}

}  // namespace

Status linkWaiting(store::LinkSession& session, const std::vector<StoredAnalysis>& stored) {
    if (Status s = linkClaims(session, stored); !s.ok())
        return makeError("linking claims across documents failed: " + s.error());
    if (Status s = linkEvents(session); !s.ok())
        return makeError("linking events across documents failed: " + s.error());
    return {};
}

Status relinkProject(store::ProjectStore& store) {
    auto waits = store.needsLinking();
    if (!waits)
        return makeError(waits.error());
    if (*waits) {
        if (Status s = store.link([](store::LinkSession& session, const auto&) { return linkWaiting(session); });
            !s.ok())
            return s;
    }
    if (Status s = store.judgeMarkedClusters(clusterJudge(store)); !s.ok())
        return makeError("judging clusters again failed: " + s.error());
    return {};
}

}  // namespace claimdesk::pipeline
