#include "core/export/webannotation.h"

#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>

#include "core/export/credibility.h"
#include "core/text/utf8.h"

namespace claimdesk::exporting {
namespace {

using json = nlohmann::ordered_json;

json context() {
    return json::array({"http://www.w3.org/ns/anno.jsonld",
                        {{"@version", 1.1}, {"claimdesk", {{"@id", "urn:claimdesk:vocab#claimdesk"}, {"@type", "@json"}}}}});
}

json person(const std::string& name) { return {{"type", "Person"}, {"name", name}}; }

json software() { return {{"id", "urn:claimdesk:software"}, {"type", "Software"}, {"name", "Claimdesk"}}; }

json textualBody(const std::string& purpose, const std::string& value) {
    return {{"type", "TextualBody"}, {"purpose", purpose}, {"value", value}, {"format", "text/plain"}};
}

json orNull(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

// A document's text, its offset map and the quote selector of any span.
class Quoter {
public:
    explicit Quoter(const std::string& text) : m_text(text), m_map(text) {}
    json selectors(Span span, const std::string* exact = nullptr, const std::string* prefix = nullptr,
                   const std::string* suffix = nullptr) const {
        const std::int64_t n = m_map.codePointCount();
        const bool inText = span.start >= 0 && span.end <= n && span.start <= span.end;
        json quote = {{"type", "TextQuoteSelector"}};
        if (exact) {  // an annotation keeps its own quote (an orphan's text is not in the document)
            quote["exact"] = *exact;
            quote["prefix"] = prefix ? *prefix : "";
            quote["suffix"] = suffix ? *suffix : "";
        } else if (inText) {
            // The same context the store keeps for an annotation.
            const text::QuotedSpan q = text::quoteSpan(m_text, m_map, span.start, span.end);
            quote["exact"] = q.exact;
            quote["prefix"] = q.prefix;
            quote["suffix"] = q.suffix;
        }
        return json::array({quote, {{"type", "TextPositionSelector"}, {"start", span.start}, {"end", span.end}}});
    }

private:
    const std::string& m_text;
    text::OffsetMap m_map;
};

json target(const Document& d, json selectors) {
    json source = {{"id", documentUrn(d)}, {"type", "Text"}, {"format", mediaTypeName(d.mediaType)}};
    if (!d.source.title.empty())
        source["title"] = d.source.title;
    return {{"type", "SpecificResource"}, {"source", source}, {"selector", std::move(selectors)}};
}

std::string hashPart(const Document& d) { return d.sha256.substr(0, 16); }

// FNV-1a, 64 bits: a short fingerprint that is the same on every platform
// (std::hash is not), so a note keeps its id from project to project.
std::string fingerprint(const std::string& text) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    static const char* const digits = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, h >>= 4)
        out[static_cast<std::size_t>(i)] = digits[h & 15];
    return out;
}

json historyJson(const std::vector<store::ReviewDecision>& history) {
    json out = json::array();
    for (const auto& h : history) {
        json decision = {{"status", claimStatusName(h.status)}, {"reason", h.reason}, {"analyst", h.analyst}, {"at", h.at}};
        // Whether a decision came in by import is this project's own record;
        // that one never applied travels, so that it never applies elsewhere.
        if (!h.applied)
            decision["applied"] = false;  // a conflict kept for the record: never the status
        out.push_back(std::move(decision));
    }
    return out;
}

json assessmentsJson(const std::vector<store::AssessmentRecord>& records) {
    json out = json::array();
    for (const auto& r : records)
        out.push_back({{"credibility", r.assessment.credibility ? json(*r.assessment.credibility) : json(nullptr)},
                       {"verdict", r.assessment.verdict.empty() ? json(nullptr) : json(r.assessment.verdict)},
                       {"note", r.assessment.note},
                       {"analyst", r.analyst},
                       {"at", r.at}});
    return out;
}

json claimAnnotation(const ProjectDocument& pd, const ExportedClaim& c, const ProjectExport& project,
                     const Quoter& quoter) {
    const store::ClaimRow& r = c.row;
    const Document& d = pd.document;
    json a = {{"id", claimUrn(d, r.contentSpan)},
              {"type", "Annotation"},
              {"motivation", "assessing"}};

    // Who made the assessment: the analyst who first reviewed it, or who made
    // the claim by hand; an untouched extracted claim is the software's.
    const auto made = pd.claimAnnotations.find(r.id);
    const store::ReviewDecision* last = c.lastDecision();
    if (made != pd.claimAnnotations.end()) {
        a["creator"] = person(made->second.author);
        a["created"] = made->second.createdAt;
        a["modified"] = last ? last->at : made->second.modifiedAt;
    } else if (!c.history.empty()) {
        a["creator"] = person(c.history.front().analyst);
        a["created"] = c.history.front().at;
        a["modified"] = last->at;
    } else {
        a["creator"] = software();
        a["created"] = d.ingestedAt;
    }

    json bodies = json::array({textualBody("assessing", claimStatusName(r.status))});
    if (r.credibility)
        bodies.push_back(textualBody("classifying", "credibility " + std::to_string(*r.credibility) + ": " +
                                                        credibilityName(*r.credibility)));
    if (!c.assessment.verdict.empty())
        bodies.push_back(textualBody("assessing", "verdict: " + c.assessment.verdict));
    if (last && !last->reason.empty())
        bodies.push_back(textualBody("commenting", last->reason));
    if (!c.assessment.note.empty())
        bodies.push_back(textualBody("commenting", c.assessment.note));
    if (!r.speakerName.empty())
        bodies.push_back(textualBody("describing", "said by " + r.speakerName));
    a["body"] = bodies;
    a["target"] = target(d, quoter.selectors(r.contentSpan));

    json speaker = nullptr;
    if (r.speakerId) {
        speaker = {{"name", r.speakerName}};
        if (auto it = project.speakers.find(*r.speakerId); it != project.speakers.end()) {
            speaker["kind"] = speakerKindName(it->second.kind);
            if (!it->second.role.empty())
                speaker["role"] = it->second.role;
        }
    }
    a["claimdesk"] = {{"kind", "claim"},
                      {"status", claimStatusName(r.status)},
                      {"credibility", r.credibility ? json(*r.credibility) : json(nullptr)},
                      {"claimKind", claimKindName(r.kind)},
                      {"origin", originName(r.origin)},
                      {"speaker", speaker},
                      {"cue", r.cue},
                      {"statedOn", orNull(r.statedOn)},
                      {"quantities", r.quantities},
                      {"history", historyJson(c.history)},
                      {"verdict", c.assessment.verdict.empty() ? json(nullptr) : json(c.assessment.verdict)},
                      {"assessmentNote", c.assessment.note},
                      {"assessments", assessmentsJson(c.assessments)}};
    return a;
}

json noteAnnotation(const ProjectDocument& pd, const store::Annotation& n, const Quoter& quoter) {
    const Document& d = pd.document;
    const bool isEvent = n.kind == store::AnnotationKind::Event;
    const bool commenting = !isEvent && !n.note.empty();
    // Named by what it is, not by its row id, so that it keeps its id when
    // imported into another project: its place, author, time and text.
    const std::string id = "urn:claimdesk:" + hashPart(d) + ":" + (isEvent ? "event" : "note") + ":" +
                           std::to_string(n.span.start) + "-" + std::to_string(n.span.end) + ":" +
                           fingerprint(n.author + '\n' + n.createdAt + '\n' + n.note);
    json a = {{"id", id},
              {"type", "Annotation"},
              {"motivation", commenting ? "commenting" : "highlighting"},
              {"creator", person(n.author)},
              {"created", n.createdAt},
              {"modified", n.modifiedAt.empty() ? n.createdAt : n.modifiedAt}};
    json ext = {{"kind", isEvent ? "event" : commenting ? "note" : "highlight"}};
    if (n.orphaned)
        ext["orphaned"] = true;
    json bodies = json::array();
    if (commenting)
        bodies.push_back(textualBody("commenting", n.note));
    if (isEvent) {
        const Event* event = nullptr;
        for (const auto& e : pd.events)
            if (n.eventId && e.id == *n.eventId)
                event = &e;
        if (event) {
            std::string text = event->what;
            if (!event->date.empty())
                text += " (" + event->date + (event->place.empty() ? "" : ", " + event->place) + ")";
            bodies.push_back(textualBody("describing", text));
            ext["event"] = {{"what", event->what},
                            {"date", event->date},
                            {"place", event->place},
                            {"origin", originName(event->origin)}};
        }
        if (!n.note.empty())
            bodies.push_back(textualBody("commenting", n.note));
    }
    if (!bodies.empty())
        a["body"] = bodies;
    a["target"] = target(d, n.orphaned ? quoter.selectors(n.span, &n.exact, &n.prefix, &n.suffix)
                                       : quoter.selectors(n.span));
    a["claimdesk"] = ext;
    return a;
}

}  // namespace

std::string documentUrn(const Document& document) { return "urn:sha256:" + document.sha256; }

std::string claimUrn(const Document& document, Span content) {
    return "urn:claimdesk:" + hashPart(document) + ":claim:" + std::to_string(content.start) + "-" +
           std::to_string(content.end);
}

std::string writeWebAnnotations(const ProjectExport& project, const WebAnnotationOptions& options) {
    json items = json::array();
    for (const auto& pd : project.documents) {
        const Quoter quoter(pd.document.text);
        // In text order: claims and notes interleaved by where they start.
        std::vector<std::pair<std::int64_t, json>> ordered;
        for (const auto& c : pd.claims)
            ordered.emplace_back(c.row.contentSpan.start, claimAnnotation(pd, c, project, quoter));
        for (const auto& n : pd.annotations)
            ordered.emplace_back(n.span.start, noteAnnotation(pd, n, quoter));
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& [start, item] : ordered)
            items.push_back(std::move(item));
    }
    json root = {{"@context", context()},
                 {"id", options.collectionId},
                 {"type", "AnnotationCollection"},
                 {"label", "Claimdesk claims and notes"},
                 {"generator", software()}};
    if (!options.generated.empty())
        root["generated"] = options.generated;
    root["total"] = items.size();
    root["first"] = {{"id", options.collectionId + "#page1"},
                     {"type", "AnnotationPage"},
                     {"startIndex", 0},
                     {"items", std::move(items)}};
    return root.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace claimdesk::exporting
