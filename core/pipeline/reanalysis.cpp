#include "core/pipeline/reanalysis.h"

#include <map>
#include <new>
#include <set>
#include <tuple>

#include "core/domain/deadline.h"
#include "core/extract/extractor.h"
#include "core/pipeline/linking.h"
#include "core/store/linksession.h"
#include "core/store/projectstore.h"

namespace claimdesk::pipeline {
namespace {

// A claim by where it is: its document and content span.
using ClaimKey = std::tuple<std::int64_t, std::int64_t, std::int64_t>;

// The project's claims and clusters as the summary compares them.
struct Snapshot {
    std::map<std::int64_t, ClaimKey> keyOf;               // claim id -> key
    std::map<ClaimKey, std::set<ClaimKey>> besides;       // the other claims of its cluster
    std::set<std::set<ClaimKey>> disagreeing;             // members of each disagreeing cluster
};

Result<Snapshot> snapshot(store::ClaimStore& store) {
    auto rows = store.claims({});
    if (!rows)
        return makeError(rows.error());
    Snapshot s;
    std::map<std::int64_t, std::set<ClaimKey>> members;
    std::set<std::int64_t> disagreeing;
    for (const auto& row : *rows) {
        const ClaimKey key{row.documentId, row.contentSpan.start, row.contentSpan.end};
        s.keyOf[row.id] = key;
        if (row.clusterId) {
            members[*row.clusterId].insert(key);
            if (row.disagreement)
                disagreeing.insert(*row.clusterId);
        }
    }
    for (const auto& [cluster, keys] : members) {
        for (const auto& key : keys) {
            auto& others = s.besides[key];
            others = keys;
            others.erase(key);
        }
        if (disagreeing.count(cluster))
            s.disagreeing.insert(keys);
    }
    return s;
}

void compare(const Snapshot& before, const Snapshot& after, const std::set<std::int64_t>& documents,
             ReanalysisSummary& summary) {
    summary.claimsBefore = static_cast<int>(before.keyOf.size());
    summary.claimsAfter = static_cast<int>(after.keyOf.size());
    std::set<ClaimKey> was, is;
    for (const auto& [id, key] : before.keyOf)
        if (documents.count(std::get<0>(key))) {
            was.insert(key);
            summary.claimsKept += after.keyOf.count(id) ? 1 : 0;
        }
    for (const auto& [id, key] : after.keyOf)
        if (documents.count(std::get<0>(key)))
            is.insert(key);
    for (const auto& key : is)
        summary.claimsAdded += was.count(key) ? 0 : 1;
    for (const auto& key : was)
        summary.claimsRemoved += is.count(key) ? 0 : 1;
    static const std::set<ClaimKey> kAlone;
    auto besides = [](const Snapshot& s, const ClaimKey& key) -> const std::set<ClaimKey>& {
        auto it = s.besides.find(key);
        return it == s.besides.end() ? kAlone : it->second;
    };
    for (const auto& [key, others] : after.besides)
        if (before.besides.count(key) && besides(before, key) != others)
            ++summary.claimsMovedCluster;
    summary.disagreementsBefore = static_cast<int>(before.disagreeing.size());
    summary.disagreementsAfter = static_cast<int>(after.disagreeing.size());
    // New: its claims that existed before never disagreed together in one
    // cluster (two claims that did, still do).
    for (const auto& cluster : after.disagreeing) {
        bool seen = false;
        for (const auto& old : before.disagreeing) {
            int shared = 0;
            for (const auto& key : cluster)
                shared += old.count(key) ? 1 : 0;
            seen = seen || shared >= 2;
        }
        summary.newDisagreements += seen ? 0 : 1;
    }
}

// Re-extracts one document in its own transaction; the problem, if any.
std::string reanalyzeDocument(store::DocumentStore& store, std::int64_t id, const std::string& name,
                              double maxAnalysisSeconds) {
    try {
        auto document = store.document(id);
        if (!document)
            return name + ": cannot be read: " + document.error();
        const Deadline deadline(maxAnalysisSeconds);
        auto analysis = extract::analyzeDocument(*document, deadline);
        if (!analysis)
            return name + ": re-analysing it took longer than the limit of " + secondsText(maxAnalysisSeconds) + " s";
        if (Status s = store.replaceAnalysis(id, *analysis); !s.ok())
            return name + ": not re-analysed: " + s.error();
        return {};
    } catch (const std::bad_alloc&) {
        return name + ": out of memory re-analysing it";
    } catch (const std::exception& e) {
        return name + ": internal error: " + e.what();
    }
}

}  // namespace

Result<ReanalysisSummary> reanalyzeProject(store::ProjectStore& store, std::optional<std::int64_t> documentId,
                                           const ReanalysisProgress& progress, double maxAnalysisSeconds) {
    // Whatever an earlier run left unlinked is linked first, so that the
    // comparison starts from a linked project.
    if (Status s = relinkProject(store); !s.ok())
        return makeError(s.error());
    auto documents = store.documents();
    if (!documents)
        return makeError(documents.error());
    std::vector<store::DocumentSummary> todo;
    for (auto& d : *documents)
        if (!documentId || d.id == *documentId)
            todo.push_back(std::move(d));
    if (documentId && todo.empty())
        return makeError("no document " + std::to_string(*documentId));
    auto before = snapshot(store);
    if (!before)
        return makeError(before.error());

    ReanalysisSummary summary;
    std::set<std::int64_t> done;
    for (std::size_t i = 0; i < todo.size(); ++i) {
        if (progress && !progress(i, todo.size(), todo[i].fileName)) {
            summary.cancelled = true;
            break;
        }
        if (std::string problem = reanalyzeDocument(store, todo[i].id, todo[i].fileName, maxAnalysisSeconds);
            !problem.empty()) {
            summary.failures.push_back(std::move(problem));
            continue;
        }
        done.insert(todo[i].id);
    }
    summary.documents = static_cast<int>(done.size());
    if (!done.empty()) {
        // Linking depends on every claim near a changed one: the whole
        // project is linked again, in one transaction.
        Status linked = store.link([](store::LinkSession& session, const auto&) {
            if (Status s = session.forgetLinks(); !s.ok())
                return s;
            return linkWaiting(session);
        });
        if (!linked.ok())
            return makeError(linked.error());
    }
    if (progress && !summary.cancelled)
        progress(todo.size(), todo.size(), {});
    auto after = snapshot(store);
    if (!after)
        return makeError(after.error());
    compare(*before, *after, done, summary);
    return summary;
}

}  // namespace claimdesk::pipeline
