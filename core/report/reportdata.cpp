#include "core/report/reportdata.h"

#include <algorithm>
#include <map>

#include "core/report/excerpts.h"
#include "core/text/utf8.h"

namespace claimdesk::report {

namespace {

ReportClaim toReportClaim(const store::ClaimRow& row, const std::string& title, const std::string& role) {
    ReportClaim c;
    c.id = row.id;
    c.documentId = row.documentId;
    c.outlet = row.outlet;
    c.documentTitle = title.empty() ? row.fileName : title;
    c.speaker = row.speakerName;
    // A speaker known only by a role ("the spokesperson") is named by it.
    c.speakerRole = role == row.speakerName ? std::string() : role;
    c.content = row.content;
    c.contentSpan = row.contentSpan;
    c.cue = row.cue;
    c.statedOn = row.statedOn;
    c.figures = row.quantities;
    c.status = row.status;
    c.credibility = row.credibility;
    c.clusterId = row.clusterId;
    c.disagreement = row.disagreement;
    return c;
}

// A claim cut to a heading's length at a word boundary.
std::string gist(const std::string& content, std::size_t maxCodePoints = 70) {
    std::u32string cps = text::toUtf32(content);
    if (cps.size() <= maxCodePoints)
        return content;
    std::size_t cut = maxCodePoints;
    while (cut > maxCodePoints / 2 && cps[cut] != U' ')
        --cut;
    cps.resize(cut);
    return text::toUtf8(cps) + "…";
}

std::string plural(std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::vector<ClaimGroup> byCluster(const std::vector<ReportClaim>& claims,
                                  const std::map<std::int64_t, store::ProjectStore::ClusterInfo>& infos) {
    std::map<std::int64_t, std::vector<ReportClaim>> clusters;
    ClaimGroup single{"Single claims", "Claims no other shown claim repeats.", {}};
    for (const auto& c : claims)
        if (c.clusterId)
            clusters[*c.clusterId].push_back(c);
        else
            single.claims.push_back(c);
    std::vector<std::pair<std::int64_t, std::vector<ReportClaim>>> many;
    for (auto& [id, members] : clusters) {
        if (members.size() < 2)
            single.claims.push_back(members.front());
        else
            many.emplace_back(id, std::move(members));
    }
    // Disagreements first, then the most repeated claims.
    auto disagrees = [&](std::int64_t id) { return infos.count(id) && infos.at(id).disagreement; };
    std::stable_sort(many.begin(), many.end(), [&](const auto& a, const auto& b) {
        if (disagrees(a.first) != disagrees(b.first))
            return disagrees(a.first);
        return a.second.size() > b.second.size();
    });
    std::vector<ClaimGroup> out;
    for (auto& [id, members] : many) {
        std::set<std::string> outlets;
        for (const auto& c : members)
            outlets.insert(c.outlet);
        ClaimGroup g;
        g.heading = "Cluster " + std::to_string(id) + ": " + gist(members.front().content);
        g.note = plural(static_cast<std::int64_t>(members.size()), "claim", "claims") + " from " +
                 plural(static_cast<std::int64_t>(outlets.size()), "outlet", "outlets");
        if (disagrees(id))
            g.note += "; disagreement: " + infos.at(id).reason;
        g.claims = std::move(members);
        out.push_back(std::move(g));
    }
    std::stable_sort(single.claims.begin(), single.claims.end(),
                     [](const ReportClaim& a, const ReportClaim& b) { return a.documentId < b.documentId; });
    if (!single.claims.empty())
        out.push_back(std::move(single));
    return out;
}

std::vector<ClaimGroup> bySpeaker(const std::vector<ReportClaim>& claims) {
    std::map<std::string, ClaimGroup> groups;
    ClaimGroup unattributed{"Unattributed", "Claims without a speaker.", {}};
    for (const auto& c : claims) {
        if (c.speaker.empty()) {
            unattributed.claims.push_back(c);
            continue;
        }
        ClaimGroup& g = groups[c.speaker];
        g.heading = c.speakerRole.empty() ? c.speaker : c.speaker + " (" + c.speakerRole + ")";
        g.claims.push_back(c);
    }
    std::vector<ClaimGroup> out;
    for (auto& [name, g] : groups) {
        std::set<std::string> outlets;
        for (const auto& c : g.claims)
            outlets.insert(c.outlet);
        g.note = plural(static_cast<std::int64_t>(g.claims.size()), "claim", "claims") + " reported by " +
                 plural(static_cast<std::int64_t>(outlets.size()), "outlet", "outlets");
        out.push_back(std::move(g));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ClaimGroup& a, const ClaimGroup& b) { return a.claims.size() > b.claims.size(); });
    if (!unattributed.claims.empty())
        out.push_back(std::move(unattributed));
    return out;
}

}  // namespace

Result<ReportData> buildReport(store::ProjectStore& store, const ReportOptions& options) {
    store::ReadTransaction snapshot(store.database());  // one consistent project
    ReportData data;
    data.options = options;
    data.title = options.title.empty() ? "Claimdesk report" : options.title;
    data.analyst = options.analyst;
    data.date = options.date;

    auto documents = store.documents();
    if (!documents)
        return makeError(documents.error());
    for (std::int64_t id : options.documentIds)
        if (std::none_of(documents->begin(), documents->end(), [&](const auto& d) { return d.id == id; }))
            return makeError("no document with id " + std::to_string(id));
    std::vector<Document> selected;
    std::map<std::int64_t, std::string> titles;
    for (const auto& summary : *documents) {
        if (!options.documentIds.empty() && !options.documentIds.count(summary.id))
            continue;
        auto document = store.document(summary.id);
        if (!document)
            return makeError(document.error());
        titles[summary.id] = summary.title;
        selected.push_back(std::move(*document));
    }

    // Sources in the order they reported: by date, then outlet.
    std::stable_sort(selected.begin(), selected.end(), [](const Document& a, const Document& b) {
        const std::string da = a.source.published.value_or("9999"), db = b.source.published.value_or("9999");
        if (da != db)
            return da < db;
        if (a.source.outlet != b.source.outlet)
            return a.source.outlet < b.source.outlet;
        return a.id < b.id;
    });

    auto speakers = store.speakers();
    if (!speakers)
        return makeError(speakers.error());
    std::map<std::int64_t, std::string> roles;
    for (const auto& s : *speakers)
        roles[s.id] = s.role;

    auto rows = store.claims(store::ClaimQuery{});
    if (!rows)
        return makeError(rows.error());
    std::vector<ReportClaim> claims;
    std::map<std::int64_t, std::int64_t> claimsPerDocument;
    std::set<std::int64_t> speakerIds;
    for (const auto& row : *rows) {
        if (!titles.count(row.documentId))
            continue;
        if (!options.statuses.empty() && !options.statuses.count(row.status))
            continue;
        ReportClaim c = toReportClaim(row, titles[row.documentId], row.speakerId ? roles[*row.speakerId] : "");
        auto history = store.reviewHistory(row.id);
        if (!history)
            return makeError(history.error());
        if (const store::ReviewDecision* current = store::currentDecision(*history)) {
            c.reason = current->reason;
            c.analyst = current->analyst;
            c.reviewedAt = current->at;
        }
        ++claimsPerDocument[row.documentId];
        if (row.speakerId)
            speakerIds.insert(*row.speakerId);
        switch (c.status) {
        case ClaimStatus::Extracted: ++data.summary.extracted; break;
        case ClaimStatus::Confirmed: ++data.summary.confirmed; break;
        case ClaimStatus::Rejected: ++data.summary.rejected; break;
        }
        claims.push_back(std::move(c));
    }
    data.summary.documents = static_cast<std::int64_t>(selected.size());
    data.summary.claims = static_cast<std::int64_t>(claims.size());
    data.summary.speakers = static_cast<std::int64_t>(speakerIds.size());

    // Disagreements: clusters whose figures or stances conflict, with the
    // members this report covers.
    auto infos = store.clusterInfos();
    if (!infos)
        return makeError(infos.error());
    std::map<std::int64_t, store::ProjectStore::ClusterInfo> infoById;
    for (const auto& info : *infos)
        infoById[info.id] = info;
    std::map<std::int64_t, std::vector<const ReportClaim*>> members;
    for (const auto& c : claims)
        if (c.clusterId)
            members[*c.clusterId].push_back(&c);
    for (const auto& info : *infos) {
        if (!info.disagreement || !members.count(info.id))
            continue;
        Disagreement d{info.id, info.reason, info.outletCount, {}};
        for (const ReportClaim* c : members[info.id])
            d.claims.push_back(*c);
        std::stable_sort(d.claims.begin(), d.claims.end(), [](const ReportClaim& a, const ReportClaim& b) {
            return a.statedOn.value_or("") < b.statedOn.value_or("");
        });
        data.disagreements.push_back(std::move(d));
    }
    data.summary.disagreements = static_cast<std::int64_t>(data.disagreements.size());

    data.groups = options.grouping == Grouping::Speaker ? bySpeaker(claims) : byCluster(claims, infoById);

    std::set<std::string> outlets;
    int noteNumber = 0;
    for (const Document& doc : selected) {
        if (!doc.source.outlet.empty())
            outlets.insert(doc.source.outlet);
        data.sources.push_back({doc.id, doc.source.outlet, doc.source.title, doc.fileName, doc.source.authors,
                                doc.source.published, doc.sha256, claimsPerDocument[doc.id]});

        auto annotations = store.annotations(doc.id);
        if (!annotations)
            return makeError(annotations.error());
        std::sort(annotations->begin(), annotations->end(),
                  [](const auto& a, const auto& b) { return a.span.start < b.span.start; });
        DocumentExcerpts excerpts{doc.id, doc.source.outlet, doc.source.title, doc.fileName, {}, {}};
        std::vector<Mark> marks;
        for (const auto& c : claims)
            if (c.documentId == doc.id)
                marks.push_back({c.contentSpan, Mark::Kind::Claim, c.status, 0});
        for (const auto& a : *annotations) {
            if (a.note.empty())
                continue;
            NumberedNote note{++noteNumber, a.exact, a.note, a.author, a.modifiedAt.empty() ? a.createdAt : a.modifiedAt};
            excerpts.notes.push_back(note);
            if (!a.orphaned)
                marks.push_back({a.span, Mark::Kind::Note, ClaimStatus::Extracted, note.number});
        }
        data.summary.notes += static_cast<std::int64_t>(excerpts.notes.size());
        if (!options.excerpts)
            continue;
        excerpts.excerpts = cutExcerpts(doc.text, std::move(marks));
        if (!excerpts.excerpts.empty() || !excerpts.notes.empty())
            data.excerpts.push_back(std::move(excerpts));
    }
    data.outlets.assign(outlets.begin(), outlets.end());
    return data;
}

}  // namespace claimdesk::report
