#include "core/report/reportdata.h"

#include <algorithm>
#include <map>

#include "core/link/documentclaims.h"
#include "core/link/figureframe.h"
#include "core/report/excerpts.h"
#include "core/store/projectstore.h"
#include "core/text/fold.h"
#include "core/text/utf8.h"

namespace claimdesk::report {

namespace {

ReportClaim toReportClaim(const store::ClaimRow& row, const std::string& title, const std::string& role) {
    ReportClaim c;
    c.id = row.id;
    c.documentId = row.documentId;
    c.outlet = row.outlet;
    c.documentTitle = title;
    c.speaker = row.speakerName;
    // A speaker known only by a role ("the spokesperson") is named by it.
    c.speakerRole = role == row.speakerName ? std::string() : role;
    c.content = row.content;
    c.contentSpan = row.contentSpan;
    c.cue = row.cue;
    c.statedOn = row.statedOn;
    c.figures = row.quantities;
    c.figureFrames = row.figureFrames;
    c.type = row.type;
    c.polarity = row.polarity;
    c.status = row.status;
    c.credibility = row.credibility;
    c.verdict = row.verdict;
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

// A belief or an intention is no statement of fact, and a statement not
// made (negated, declined) is none at all.
void countByType(Summary& summary, const ReportClaim& c) {
    if (c.polarity != Polarity::Affirmed)
        ++summary.notMade;
    else if (c.type == ClaimType::Belief)
        ++summary.beliefs;
    else if (c.type == ClaimType::Request || c.type == ClaimType::Reference)
        ++summary.requestsAndReferences;
    else
        ++summary.statements;
}

std::string plural(std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

bool isShown(const ReportOptions& options, const store::ClaimRow& row) {
    if (options.statuses.empty() || options.statuses.count(row.status))
        return true;
    return options.includeAssessed && (row.credibility || !row.verdict.empty());
}

// The documents a report covers, read once: each one's text, analysis and
// the link view of its claims (for naming clusters by their figures).
struct Corpus {
    std::vector<Document> documents;       // by date, then outlet
    std::map<std::int64_t, std::string> titles;
    std::map<std::int64_t, int> sourceNumbers;
    std::map<std::int64_t, link::LinkClaim> linkClaims;  // by claim id
};

Result<Corpus> readCorpus(store::ProjectStore& store, const ReportOptions& options) {
    auto documents = store.documents();
    if (!documents)
        return makeError(documents.error());
    for (std::int64_t id : options.documentIds)
        if (std::none_of(documents->begin(), documents->end(), [&](const auto& d) { return d.id == id; }))
            return makeError("no document with id " + std::to_string(id));
    Corpus corpus;
    for (const auto& summary : *documents) {
        if (!options.documentIds.empty() && !options.documentIds.count(summary.id))
            continue;
        auto document = store.document(summary.id);
        auto analysis = store.analysis(summary.id);
        if (!document || !analysis)
            return makeError(!document ? document.error() : analysis.error());
        corpus.titles[summary.id] = displayTitle(document->source.title, bodyLead(*document), document->fileName);
        for (auto& c : link::linkClaimsOf(*document, *analysis, summary.id))
            corpus.linkClaims.emplace(c.claimId, std::move(c));
        corpus.documents.push_back(std::move(*document));
    }
    // Sources in the order they reported: by date, then outlet.
    std::stable_sort(corpus.documents.begin(), corpus.documents.end(), [](const Document& a, const Document& b) {
        const std::string da = a.source.published.value_or("9999"), db = b.source.published.value_or("9999");
        if (da != db)
            return da < db;
        if (a.source.outlet != b.source.outlet)
            return a.source.outlet < b.source.outlet;
        return a.id < b.id;
    });
    int n = 0;
    for (const auto& d : corpus.documents)
        corpus.sourceNumbers[d.id] = ++n;
    return corpus;
}

// What a cluster's figures count, from every member in the covered
// documents (shown or not).
link::FigureFrame frameOf(const Corpus& corpus, const std::vector<std::int64_t>& members) {
    std::vector<const link::LinkClaim*> claims;
    for (std::int64_t id : members)
        if (auto it = corpus.linkClaims.find(id); it != corpus.linkClaims.end())
            claims.push_back(&it->second);
    return link::figureFrame(claims);
}

std::vector<ClaimGroup> byCluster(const std::vector<ReportClaim>& claims,
                                  const std::map<std::int64_t, store::ClusterInfo>& infos,
                                  const std::map<std::int64_t, std::string>& clusterHeadings) {
    std::map<std::int64_t, std::vector<ReportClaim>> clusters;
    ClaimGroup single{0, "Single claims", "Claims no other shown claim repeats.", {}};
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
        g.clusterId = id;
        const auto named = clusterHeadings.find(id);
        g.heading = named != clusterHeadings.end() && !named->second.empty() ? named->second : gist(members.front().content);
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
    ClaimGroup unattributed{0, "Unattributed", "Claims without a speaker.", {}};
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

// The latest review decision and assessment of a claim.
Status readDecisions(store::ProjectStore& store, const std::vector<store::VerdictLabel>& labels, ReportClaim& c) {
    auto history = store.reviewHistory(c.id);
    auto assessment = store.assessment(c.id);
    auto assessments = store.assessmentHistory(c.id);
    if (!history || !assessment || !assessments)
        return makeError(!history ? history.error() : !assessment ? assessment.error() : assessments.error());
    if (const store::ReviewDecision* current = store::currentDecision(*history)) {
        c.reason = current->reason;
        c.analyst = current->analyst;
        c.reviewedAt = current->at;
    }
    c.assessmentNote = assessment->note;
    if (!assessments->empty()) {
        c.assessedBy = assessments->back().analyst;
        c.assessedAt = assessments->back().at;
    }
    for (const auto& label : labels)
        if (!c.verdict.empty() && text::foldCase(label.name) == text::foldCase(c.verdict))
            c.verdictRating = label.rating;
    return {};
}

void countVerdicts(const std::vector<ReportClaim>& claims, const std::vector<store::VerdictLabel>& labels,
                   Summary& summary) {
    std::vector<std::pair<std::string, std::int64_t>> counts;
    for (const auto& label : labels)
        counts.emplace_back(label.name, 0);
    for (const auto& c : claims) {
        if (c.verdict.empty() && !c.credibility)
            continue;
        ++summary.assessed;
        if (c.verdict.empty())
            continue;
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& e) {
            return text::foldCase(e.first) == text::foldCase(c.verdict);
        });
        if (it == counts.end()) {
            counts.emplace_back(c.verdict, 0);
            it = counts.end() - 1;
        }
        ++it->second;
    }
    for (auto& e : counts)
        if (e.second > 0)
            summary.verdicts.push_back(std::move(e));
}

// Numbers every claim C1, C2... in the order the claims section lists
// them, and the copies shown under disagreements with the same numbers.
void numberClaims(ReportData& data) {
    std::map<std::int64_t, int> numbers;
    for (auto& g : data.groups)
        for (auto& c : g.claims) {
            c.number = static_cast<int>(numbers.size()) + 1;
            numbers.emplace(c.id, c.number);
        }
    for (auto& d : data.disagreements)
        for (auto& c : d.claims)
            c.number = numbers.count(c.id) ? numbers[c.id] : 0;
    // The disagreements in the order their claims are numbered.
    auto first = [](const Disagreement& d) {
        int n = 0;
        for (const auto& c : d.claims)
            n = n == 0 || (c.number > 0 && c.number < n) ? c.number : n;
        return n;
    };
    std::stable_sort(data.disagreements.begin(), data.disagreements.end(),
                     [&](const Disagreement& a, const Disagreement& b) { return first(a) < first(b); });
}

}  // namespace

ReportOptions ReportOptions::toSend() {
    ReportOptions o;
    o.statuses = {ClaimStatus::Confirmed, ClaimStatus::Rejected};
    o.includeAssessed = true;
    return o;
}

Result<ReportData> buildReport(store::ProjectStore& store, const ReportOptions& options) {
    const store::ReadSnapshot snapshot = store.readSnapshot();  // one consistent project
    ReportData data;
    data.options = options;
    data.title = options.title.empty() ? "Claimdesk report" : options.title;
    data.analyst = options.analyst;
    data.date = options.date;
    auto summaryText = store.projectText("summary");
    if (!summaryText)
        return makeError(summaryText.error());
    data.analystSummary = std::move(*summaryText);

    auto corpus = readCorpus(store, options);
    if (!corpus)
        return makeError(corpus.error());
    auto speakers = store.speakers();
    auto labels = store.verdictLabels();
    auto rows = store.claims(store::ClaimQuery{});
    auto infos = store.clusterInfos();
    auto laneTitles = store.laneTitles();
    if (!speakers || !labels || !rows || !infos || !laneTitles)
        return makeError(!speakers ? speakers.error()
                         : !labels ? labels.error()
                         : !rows   ? rows.error()
                         : !infos  ? infos.error()
                                   : laneTitles.error());
    std::map<std::int64_t, std::string> roles;
    for (const auto& s : *speakers)
        roles[s.id] = s.role;

    std::vector<ReportClaim> claims;
    std::map<std::int64_t, std::int64_t> claimsPerDocument;
    std::map<std::int64_t, std::vector<std::int64_t>> clusterMembers;  // every covered member
    std::set<std::int64_t> speakerIds;
    for (const auto& row : *rows) {
        if (!corpus->titles.count(row.documentId))
            continue;
        if (row.clusterId)
            clusterMembers[*row.clusterId].push_back(row.id);
        if (!isShown(options, row))
            continue;
        ReportClaim c = toReportClaim(row, corpus->titles[row.documentId], row.speakerId ? roles[*row.speakerId] : "");
        c.sourceNumber = corpus->sourceNumbers[row.documentId];
        if (Status s = readDecisions(store, *labels, c); !s.ok())
            return makeError(s.error());
        ++claimsPerDocument[row.documentId];
        if (row.speakerId)
            speakerIds.insert(*row.speakerId);
        switch (c.status) {
        case ClaimStatus::Extracted: ++data.summary.extracted; break;
        case ClaimStatus::Confirmed: ++data.summary.confirmed; break;
        case ClaimStatus::Rejected: ++data.summary.rejected; break;
        }
        countByType(data.summary, c);
        claims.push_back(std::move(c));
    }
    data.summary.documents = static_cast<std::int64_t>(corpus->documents.size());
    data.summary.claims = static_cast<std::int64_t>(claims.size());
    data.summary.speakers = static_cast<std::int64_t>(speakerIds.size());
    countVerdicts(claims, *labels, data.summary);

    // A cluster is named by the title the analyst gave its timeline lane,
    // else by what its figures count.
    std::map<std::int64_t, std::string> headings;
    std::map<std::int64_t, link::FigureFrame> frames;
    for (const auto& [id, members] : clusterMembers) {
        frames[id] = frameOf(*corpus, members);
        const auto titled = laneTitles->find("claim-cluster:" + std::to_string(id));
        headings[id] = titled != laneTitles->end() ? titled->second : frames[id].heading();
    }

    // Disagreements: clusters whose figures or stances conflict, with the
    // members this report covers.
    std::map<std::int64_t, store::ClusterInfo> infoById;
    for (const auto& info : *infos)
        infoById[info.id] = info;
    std::map<std::int64_t, std::vector<const ReportClaim*>> members;
    for (const auto& c : claims)
        if (c.clusterId)
            members[*c.clusterId].push_back(&c);
    for (const auto& info : *infos) {
        if (!info.disagreement || !members.count(info.id))
            continue;
        Disagreement d{info.id, frames[info.id].conflict ? frames[info.id].heading() : info.reason, info.reason,
                       info.outletCount, {}};
        for (const ReportClaim* c : members[info.id])
            d.claims.push_back(*c);
        std::stable_sort(d.claims.begin(), d.claims.end(), [](const ReportClaim& a, const ReportClaim& b) {
            return a.statedOn.value_or("") < b.statedOn.value_or("");
        });
        data.disagreements.push_back(std::move(d));
    }
    data.summary.disagreements = static_cast<std::int64_t>(data.disagreements.size());

    data.groups = options.grouping == Grouping::Speaker ? bySpeaker(claims) : byCluster(claims, infoById, headings);
    numberClaims(data);

    std::set<std::string> outlets;
    int noteNumber = 0;
    for (const Document& doc : corpus->documents) {
        if (!doc.source.outlet.empty())
            outlets.insert(doc.source.outlet);
        data.sources.push_back({corpus->sourceNumbers[doc.id], doc.id, doc.source.outlet, corpus->titles[doc.id],
                                doc.fileName, doc.source.authors, doc.source.published, doc.sha256,
                                claimsPerDocument[doc.id]});

        auto annotations = store.annotations(doc.id);
        if (!annotations)
            return makeError(annotations.error());
        std::sort(annotations->begin(), annotations->end(),
                  [](const auto& a, const auto& b) { return a.span.start < b.span.start; });
        DocumentExcerpts excerpts{doc.id, doc.source.outlet, corpus->titles[doc.id], doc.fileName, {}, {}};
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
        excerpts.excerpts = cutExcerpts(doc.text, std::move(marks), doc.body);
        if (!excerpts.excerpts.empty() || !excerpts.notes.empty())
            data.excerpts.push_back(std::move(excerpts));
    }
    data.outlets.assign(outlets.begin(), outlets.end());
    return data;
}

}  // namespace claimdesk::report
