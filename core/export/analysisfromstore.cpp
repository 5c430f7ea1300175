#include "core/export/analysisfromstore.h"
#include "core/store/projectstore.h"

#include <algorithm>
#include <map>

namespace claimdesk::exporting {

Result<std::vector<ExportedCluster>> exportedClusters(store::ProjectStore& store,
                                                      const std::vector<Document>& documents,
                                                      const std::vector<Analysis>& analyses) {
    std::map<std::int64_t, ClusterMember> byClaim;
    for (std::size_t d = 0; d < documents.size(); ++d)
        for (std::size_t c = 0; c < analyses[d].claims.size(); ++c)
            byClaim[analyses[d].claims[c].id] = {documents[d].fileName, claimExportId(c)};
    auto memberships = store.claimClusters();
    auto infos = store.clusterInfos();
    if (!memberships || !infos)
        return makeError(!memberships ? memberships.error() : infos.error());
    std::map<std::int64_t, ExportedCluster> clusters;
    for (const auto& m : *memberships)
        if (auto it = byClaim.find(m.claimId); it != byClaim.end())
            clusters[m.clusterId].members.push_back(it->second);
    std::vector<ExportedCluster> out;
    for (const auto& info : *infos) {
        auto it = clusters.find(info.id);
        if (it == clusters.end() || it->second.members.size() < 2)
            continue;
        ExportedCluster e = std::move(it->second);
        e.id = "k" + std::to_string(out.size() + 1);
        e.disagreement = info.disagreement;
        e.reason = info.reason;
        e.outletCount = info.outletCount;
        e.independentSources = info.independentSources;
        e.originSpeaker = info.originSpeaker;
        out.push_back(std::move(e));
    }
    // Events reporting the same happening, named by their export ids.
    std::map<std::int64_t, ClusterMember> byEvent;
    for (std::size_t d = 0; d < documents.size(); ++d)
        for (std::size_t e = 0; e < analyses[d].events.size(); ++e)
            byEvent[analyses[d].events[e].id] = {documents[d].fileName, eventExportId(e)};
    auto eventGroups = store.eventClusters();
    if (!eventGroups)
        return makeError(eventGroups.error());
    for (const auto& group : *eventGroups) {
        ExportedCluster e;
        e.id = "k" + std::to_string(out.size() + 1);
        for (auto eventId : group)
            if (auto it = byEvent.find(eventId); it != byEvent.end())
                e.members.push_back(it->second);
        if (e.members.size() >= 2)
            out.push_back(std::move(e));
    }
    return out;
}

Result<std::string> writeStoreAnalysis(store::ProjectStore& store, const ExportFilter& filter,
                                       const ExportOptions& options) {
    const store::ReadSnapshot snapshot = store.readSnapshot();  // one consistent project
    auto summaries = store.documents();
    if (!summaries)
        return makeError(summaries.error());
    for (auto id : filter.documentIds)
        if (std::none_of(summaries->begin(), summaries->end(), [id](const auto& s) { return s.id == id; }))
            return makeError("no document " + std::to_string(id));
    std::vector<Document> documents;
    std::vector<Analysis> analyses;
    for (const auto& s : *summaries) {
        if (!filter.acceptsDocument(s.id))
            continue;
        auto doc = store.document(s.id);
        auto analysis = store.analysis(s.id);
        if (!doc || !analysis)
            return makeError(!doc ? doc.error() : analysis.error());
        Analysis& a = *analysis;
        std::erase_if(a.claims, [&](const Claim& c) {
            const auto assessment = filter.includeAssessed ? store.assessment(c.id) : Result<store::Assessment>(store::Assessment{});
            const bool assessed = assessment && (assessment->credibility || !assessment->verdict.empty());
            if (!filter.statuses.empty() && !assessed &&
                std::find(filter.statuses.begin(), filter.statuses.end(), c.status) == filter.statuses.end())
                return true;
            if (!filter.speakerId)
                return false;
            return c.speakerIndex < 0 || a.speakers[static_cast<std::size_t>(c.speakerIndex)].id != *filter.speakerId;
        });
        documents.push_back(std::move(*doc));
        analyses.push_back(std::move(a));
    }
    auto clusters = exportedClusters(store, documents, analyses);
    if (!clusters)
        return makeError(clusters.error());
    // Each assessed claim's credibility, verdict and note.
    std::vector<std::map<std::int64_t, ClaimAssessment>> assessments(documents.size());
    for (std::size_t i = 0; i < documents.size(); ++i)
        for (const Claim& c : analyses[i].claims) {
            auto a = store.assessment(c.id);
            if (!a)
                return makeError(a.error());
            if (!a->empty())
                assessments[i][c.id] = {a->credibility, a->verdict, a->note};
        }
    std::vector<ExportedDocument> exported;
    for (std::size_t i = 0; i < documents.size(); ++i)
        exported.push_back({&documents[i], &analyses[i], &assessments[i]});
    return writeAnalysisExport(exported, *clusters, options);
}

}  // namespace claimdesk::exporting
