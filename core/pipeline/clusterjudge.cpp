#include "core/pipeline/clusterjudge.h"

#include <map>
#include <set>

#include "core/link/clusterfacts.h"
#include "core/link/documentclaims.h"
#include "core/link/figureframe.h"
#include "core/store/projectstore.h"

namespace claimdesk::pipeline {
namespace {

// The members as linking sees them, their documents each read once.
Result<std::vector<link::LinkClaim>> linkClaims(store::ProjectStore& store, const std::vector<std::int64_t>& claimIds) {
    std::map<std::int64_t, std::vector<link::LinkClaim>> byDocument;
    std::vector<link::LinkClaim> members;
    for (std::int64_t id : claimIds) {
        auto row = store.claim(id);
        if (!row)
            return makeError(row.error());
        auto it = byDocument.find(row->documentId);
        if (it == byDocument.end()) {
            auto document = store.document(row->documentId);
            auto analysis = store.analysis(row->documentId);
            if (!document || !analysis)
                return makeError(!document ? document.error() : analysis.error());
            it = byDocument.emplace(row->documentId, link::linkClaimsOf(*document, *analysis, row->documentId)).first;
        }
        for (const auto& c : it->second)
            if (c.claimId == id)
                members.push_back(c);
    }
    return members;
}

std::vector<const link::LinkClaim*> pointers(const std::vector<link::LinkClaim>& claims) {
    std::vector<const link::LinkClaim*> out;
    for (const auto& c : claims)
        out.push_back(&c);
    return out;
}

}  // namespace

store::ClusterJudge clusterJudge(store::ProjectStore& store) {
    return [&store](const std::vector<std::int64_t>& claimIds) -> Result<store::ClusterFacts> {
        auto members = linkClaims(store, claimIds);
        if (!members)
            return makeError(members.error());
        const link::ClaimCluster described = link::describeCluster(pointers(*members));
        std::set<std::int64_t> disputed;
        for (std::size_t i : described.disputed)
            disputed.insert((*members)[i].claimId);
        return store::ClusterFacts{described.disagreement,      described.reason,
                                   described.outletCount,       described.independentSources,
                                   described.originSpeaker,     std::move(disputed)};
    };
}

Result<std::string> clusterHeading(store::ProjectStore& store, const std::vector<std::int64_t>& claimIds) {
    auto members = linkClaims(store, claimIds);
    if (!members)
        return makeError(members.error());
    return link::figureFrame(pointers(*members)).heading();
}

}  // namespace claimdesk::pipeline
