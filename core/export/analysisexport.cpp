#include "core/export/analysisexport.h"

#include <nlohmann/json.hpp>

namespace claimdesk::exporting {
namespace {

using nlohmann::json;

json spanJson(const TextSpan& span) {
    return {{"start", span.span.start}, {"end", span.span.end}, {"text", span.text}};
}

json optionalNumber(const std::optional<double>& value) {
    if (!value)
        return nullptr;
    // Whole figures are written as integers: 4000, not 4000.0.
    const double v = *value;
    if (v == static_cast<double>(static_cast<long long>(v)) && v < 9.0e15 && v > -9.0e15)
        return static_cast<long long>(v);
    return v;
}

// What a figure counts, whose and as of when; empty fields are null.
json frameJson(const FigureFrame& frame) {
    auto orNull = [](const std::string& v) { return v.empty() ? json(nullptr) : json(v); };
    return {{"measure", orNull(frame.measure)},
            {"subject", orNull(frame.subject)},
            {"period", orNull(frame.period)},
            {"period_kind", periodKindName(frame.periodKind)},
            {"cumulative", frame.cumulative}};
}

json sourceJson(const Source& source) {
    json j = {{"outlet", source.outlet.empty() ? json(nullptr) : json(source.outlet)},
              {"title", source.title.empty() ? json(nullptr) : json(source.title)},
              {"authors", source.authors},
              {"published", source.published ? json(*source.published) : json(nullptr)}};
    return j;
}

json documentJson(const Document& doc, const Analysis& analysis, const ExportOptions& options,
                  const std::map<std::int64_t, ClaimAssessment>* assessments) {
    json j;
    j["file"] = doc.fileName;
    j["source"] = sourceJson(doc.source);
    if (options.withText)
        j["text"] = doc.text;
    j["body"] = {{"start", doc.body.start}, {"end", doc.body.end}};

    json speakers = json::array();
    for (std::size_t i = 0; i < analysis.speakers.size(); ++i) {
        const Speaker& s = analysis.speakers[i];
        json mentions = json::array();
        for (const auto& m : s.mentions)
            mentions.push_back(spanJson(m));
        speakers.push_back({{"id", speakerExportId(i)},
                            {"name", s.name},
                            {"kind", speakerKindName(s.kind)},
                            {"role", s.role.empty() ? json(nullptr) : json(s.role)},
                            {"mentions", mentions}});
    }
    j["speakers"] = speakers;

    json claims = json::array();
    for (std::size_t i = 0; i < analysis.claims.size(); ++i) {
        const Claim& c = analysis.claims[i];
        json quantities = json::array();
        for (const auto& q : c.quantities)
            quantities.push_back({{"text", q.text.text},
                                  {"start", q.text.span.start},
                                  {"end", q.text.span.end},
                                  {"value", optionalNumber(q.value)},
                                  {"low", optionalNumber(q.low)},
                                  {"high", optionalNumber(q.high)},
                                  {"approximate", q.approximate},
                                  {"unit", q.unit},
                                  {"frame", frameJson(q.frame)}});
        json claim = {{"id", claimExportId(i)},
                      {"speaker", c.speakerIndex >= 0 ? json(speakerExportId(static_cast<std::size_t>(c.speakerIndex)))
                                                      : json(nullptr)},
                      {"kind", claimKindName(c.kind)},
                      {"type", claimTypeName(c.type)},
                      {"polarity", polarityName(c.polarity)},
                      {"speaker_mention", c.speakerMention ? spanJson(*c.speakerMention) : json(nullptr)},
                      {"cue", c.cue ? spanJson(*c.cue) : json(nullptr)},
                      {"content", spanJson(c.content)},
                      {"stated_on", c.statedOn ? json(*c.statedOn) : json(nullptr)},
                      {"quantities", quantities},
                      {"status", claimStatusName(c.status)}};
        if (assessments)
            if (auto it = assessments->find(c.id); it != assessments->end())
                claim["assessment"] = {
                    {"credibility", it->second.credibility ? json(*it->second.credibility) : json(nullptr)},
                    {"verdict", it->second.verdict.empty() ? json(nullptr) : json(it->second.verdict)},
                    {"note", it->second.note}};
        claims.push_back(std::move(claim));
    }
    j["claims"] = claims;

    json events = json::array();
    for (std::size_t i = 0; i < analysis.events.size(); ++i) {
        const Event& e = analysis.events[i];
        events.push_back({{"id", eventExportId(i)},
                          {"date", e.date.empty() ? json(nullptr) : json(e.date)},
                          {"what", e.what},
                          {"place", e.place.empty() ? json(nullptr) : json(e.place)},
                          {"evidence", spanJson(e.evidence)}});
    }
    j["events"] = events;

    json timexes = json::array();
    for (const auto& t : analysis.timexes) {
        json tj = {{"start", t.text.span.start}, {"end", t.text.span.end}, {"text", t.text.text},
                   {"type", t.type}, {"value", t.value}};
        if (!t.mod.empty())
            tj["mod"] = t.mod;
        timexes.push_back(std::move(tj));
    }
    j["timexes"] = timexes;
    return j;
}

}  // namespace

std::string claimExportId(std::size_t index) { return "c" + std::to_string(index + 1); }
std::string speakerExportId(std::size_t index) { return "s" + std::to_string(index + 1); }
std::string eventExportId(std::size_t index) { return "e" + std::to_string(index + 1); }

std::string writeAnalysisExport(const std::vector<ExportedDocument>& documents,
                                const std::vector<ExportedCluster>& clusters, const ExportOptions& options) {
    json root;
    json docs = json::array();
    for (const auto& d : documents)
        docs.push_back(documentJson(*d.document, *d.analysis, options, d.assessments));
    root["documents"] = docs;
    json cl = json::array();
    for (const auto& c : clusters) {
        json members = json::array();
        for (const auto& m : c.members)
            members.push_back({m.fileName, m.claimId});
        json cluster = {{"id", c.id}, {"members", members}, {"disagreement", c.disagreement}, {"reason", c.reason}};
        if (c.outletCount > 0)
            cluster["corroboration"] = {{"outlets", c.outletCount},
                                        {"independent_sources", c.independentSources},
                                        {"origin_speaker", c.originSpeaker.empty() ? json(nullptr) : json(c.originSpeaker)}};
        cl.push_back(std::move(cluster));
    }
    root["clusters"] = cl;
    // Invalid UTF-8 cannot reach here (ingest refuses it); replace defensively.
    return root.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace claimdesk::exporting
