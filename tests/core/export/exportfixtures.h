#pragma once

// A small project for the exchange-format tests: one article with text
// outside ASCII before its claims (offsets are code points, not bytes),
// two speakers, two claims, an event, one of the claims opening with "=".

#include <algorithm>
#include <optional>
#include <vector>
#include <string>

#include "core/domain/analysis.h"
#include "core/domain/document.h"
#include "core/store/projectstore.h"
#include "core/text/utf8.h"

namespace claimdesk::testing {

inline const std::string kArticle =
    "Łódź, 5 March — Mayor Ilona Nowak said the bridge would reopen on Monday.\n"
    "Police said =SUM(A1) was scrawled on the barrier, \"a prank, not a threat\".\n";

inline Span spanOf(const std::string& text, const std::string& needle, std::size_t from = 0) {
    const std::size_t at = text.find(needle, from);
    const text::OffsetMap map(text);
    return {map.toCodePoint(at), map.toCodePoint(at + needle.size())};
}

inline TextSpan textSpan(const std::string& text, const std::string& needle) { return {spanOf(text, needle), needle}; }

inline Document articleDocument(const std::string& name = "bridge.txt", const std::string& text = kArticle,
                                char hashDigit = 'a') {
    Document d;
    d.fileName = name;
    d.filePath = "/articles/" + name;
    d.original = text;
    d.text = text;
    d.sha256 = std::string(64, hashDigit);
    d.source.outlet = "Harbour Ledger";
    d.source.title = "Bridge to reopen";
    d.source.authors = {"Ana Reyes"};
    d.source.published = "2025-03-05";
    d.body = {0, text::codePointCount(text)};
    d.ingestedAt = "2025-03-05T10:00:00Z";
    return d;
}

inline Analysis articleAnalysis(const std::string& text = kArticle) {
    Analysis a;
    Speaker mayor;
    mayor.name = "Ilona Nowak";
    mayor.role = "Mayor";
    mayor.mentions.push_back(textSpan(text, "Mayor Ilona Nowak"));
    Speaker police;
    police.name = "Police";
    police.kind = SpeakerKind::Organization;
    police.mentions.push_back(textSpan(text, "Police"));
    a.speakers = {mayor, police};

    Claim bridge;
    bridge.speakerIndex = 0;
    bridge.cue = textSpan(text, "said");
    bridge.content = textSpan(text, "the bridge would reopen on Monday");
    bridge.statedOn = "2025-03-04";
    Quantity q;
    q.text = textSpan(text, "Monday");
    bridge.quantities.push_back(q);
    Claim scrawl;
    scrawl.speakerIndex = 1;
    scrawl.kind = ClaimKind::Mixed;
    scrawl.content = textSpan(text, "=SUM(A1) was scrawled on the barrier, \"a prank, not a threat\"");
    a.claims = {bridge, scrawl};

    Event e;
    e.date = "2025-03-10";
    e.what = "bridge reopens";
    e.evidence = textSpan(text, "the bridge would reopen on Monday");
    a.events.push_back(e);
    return a;
}

// A store holding the article, or the store's error.
inline std::optional<store::ProjectStore> articleStore(const std::string& text = kArticle) {
    auto opened = store::ProjectStore::open(":memory:");
    if (!opened)
        return std::nullopt;
    std::optional<store::ProjectStore> s(std::move(*opened));
    if (!s->addDocument(articleDocument("bridge.txt", text), articleAnalysis(text)))
        return std::nullopt;
    return s;
}

// Everything an analyst decided in a project, as one comparable string:
// claims with status, grade and history; annotations with their anchors.
inline std::string decisions(store::ProjectStore& s) {
    std::string out;
    auto claims = s.claims({});
    for (const auto& c : *claims) {
        out += "claim " + std::to_string(c.contentSpan.start) + "-" + std::to_string(c.contentSpan.end) + " " +
               claimStatusName(c.status) + " cred=" + (c.credibility ? std::to_string(*c.credibility) : "-") +
               " origin=" + (c.origin == Origin::Analyst ? "analyst" : "extractor") + " speaker=" + c.speakerName +
               " '" + c.content + "'\n";
        for (const auto& h : *s.reviewHistory(c.id))
            out += "  decision " + std::string(claimStatusName(h.status)) + " '" + h.reason + "' " + h.analyst + " " +
                   h.at + (h.applied ? "" : " (not applied)") + "\n";
    }
    // Annotations in a stable order: two at one place may be stored in
    // either order.
    std::vector<std::string> annotations;
    for (const auto& d : *s.documents())
        for (const auto& a : *s.annotations(d.id)) {
            std::string line = d.fileName + ": ";
            line += std::string("annotation ") + store::annotationKindName(a.kind) + " " +
                   std::to_string(a.span.start) + "-" + std::to_string(a.span.end) + " '" + a.exact + "' note='" +
                   a.note + "' " + a.author + " " + a.createdAt + (a.orphaned ? " orphaned" : "");
            if (a.claimId)
                line += " claim@" + std::to_string(s.claim(*a.claimId)->contentSpan.start);
            if (a.eventId)
                line += " event";
            annotations.push_back(line + "\n");
        }
    std::sort(annotations.begin(), annotations.end());
    for (const auto& a : annotations)
        out += a;
    return out;
}

}  // namespace claimdesk::testing
