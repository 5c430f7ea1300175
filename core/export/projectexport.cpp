#include "core/export/projectexport.h"
#include "core/store/projectstore.h"

#include <algorithm>

namespace claimdesk::exporting {

const store::ReviewDecision* ExportedClaim::lastDecision() const { return store::currentDecision(history); }

std::size_t ProjectExport::claimCount() const {
    std::size_t n = 0;
    for (const auto& d : documents)
        n += d.claims.size();
    return n;
}

Result<ProjectExport> readProject(store::ProjectStore& store, const ExportFilter& filter,
                                  const ExportProgress& progress) {
    const store::ReadSnapshot snapshot = store.readSnapshot();  // one consistent project
    ProjectExport out;
    auto summaries = store.documents();
    auto speakers = store.speakers();
    auto clusters = store.clusterInfos();
    if (!summaries)
        return makeError(summaries.error());
    if (!speakers)
        return makeError(speakers.error());
    if (!clusters)
        return makeError(clusters.error());
    for (auto& s : *speakers)
        out.speakers[s.id] = std::move(s);
    for (auto& c : *clusters)
        out.clusters[c.id] = std::move(c);
    auto verdicts = store.verdictLabels();
    if (!verdicts)
        return makeError(verdicts.error());
    out.verdicts = std::move(*verdicts);

    std::vector<std::int64_t> ids;
    for (const auto& s : *summaries)
        if (filter.acceptsDocument(s.id))
            ids.push_back(s.id);
    for (auto id : filter.documentIds)
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            return makeError("no document " + std::to_string(id));
    std::sort(ids.begin(), ids.end());  // the order they were added in

    for (std::size_t i = 0; i < ids.size(); ++i) {
        ProjectDocument pd;
        auto doc = store.document(ids[i]);
        if (!doc)
            return makeError(doc.error());
        pd.document = std::move(*doc);
        store::ClaimQuery query;
        query.documentId = ids[i];
        auto rows = store.claims(query);
        if (!rows)
            return makeError(rows.error());
        for (auto& row : *rows) {
            if (!acceptsRow(filter, row))
                continue;
            auto history = store.reviewHistory(row.id);
            auto assessment = store.assessment(row.id);
            auto assessments = store.assessmentHistory(row.id);
            if (!history || !assessment || !assessments)
                return makeError(!history ? history.error() : !assessment ? assessment.error() : assessments.error());
            pd.claims.push_back({std::move(row), std::move(*history), std::move(*assessment), std::move(*assessments)});
        }
        auto annotations = store.annotations(ids[i]);
        if (!annotations)
            return makeError(annotations.error());
        for (auto& a : *annotations) {
            if (a.kind == store::AnnotationKind::Claim && a.claimId)
                pd.claimAnnotations[*a.claimId] = std::move(a);
            else
                pd.annotations.push_back(std::move(a));
        }
        auto analysis = store.analysis(ids[i]);
        if (!analysis)
            return makeError(analysis.error());
        pd.events = std::move(analysis->events);
        out.documents.push_back(std::move(pd));
        if (progress && !progress(i + 1, ids.size()))
            return makeError("cancelled");
    }
    return out;
}

}  // namespace claimdesk::exporting
