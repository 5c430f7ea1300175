#pragma once

// Small documents and analyses for store tests.

#include <string>

#include "core/domain/analysis.h"
#include "core/domain/document.h"
#include "core/store/projectstore.h"

namespace claimdesk::testing {

inline Document sampleDocument(const std::string& name, const std::string& text) {
    Document d;
    d.fileName = name;
    d.filePath = "/articles/" + name;
    d.original = text;
    d.text = text;
    d.sha256 = std::string(64, '0');
    d.sha256.replace(0, name.size() < 64 ? name.size() : 64, name);
    d.source.outlet = "Harbour Ledger";
    d.source.title = "Bridge closed";
    d.source.authors = {"Ana Reyes"};
    d.source.published = "2025-03-05";
    d.body = {0, static_cast<std::int64_t>(text.size())};
    d.ingestedAt = "2025-03-05T10:00:00Z";
    return d;
}

// "Mayor Hrytsenko said the bridge would reopen on Monday." with one claim.
inline Analysis sampleAnalysis(const std::string& speakerName = "Oleksa Hrytsenko") {
    Analysis a;
    Speaker s;
    s.name = speakerName;
    s.kind = SpeakerKind::Person;
    s.role = "Mayor";
    s.mentions.push_back({{0, 16}, "Mayor Hrytsenko"});
    a.speakers.push_back(s);
    Claim c;
    c.speakerIndex = 0;
    c.kind = ClaimKind::Indirect;
    c.speakerMention = TextSpan{{0, 15}, "Mayor Hrytsenko"};
    c.cue = TextSpan{{16, 20}, "said"};
    c.content = {{21, 54}, "the bridge would reopen on Monday"};
    c.statedOn = "2025-03-04";
    Quantity q;
    q.text = {{21, 24}, "the"};
    q.value = 3;
    q.unit = "bridges";
    c.quantities.push_back(q);
    a.claims.push_back(c);
    a.timexes.push_back({{{48, 54}, "Monday"}, "DATE", "2025-03-10", ""});
    Event e;
    e.date = "2025-03-10";
    e.what = "bridge reopens";
    e.place = "Harbour";
    e.evidence = {{21, 54}, "the bridge would reopen on Monday"};
    a.events.push_back(e);
    return a;
}

inline const char* kSampleText = "Mayor Hrytsenko said the bridge would reopen on Monday.";

// A note an analyst wrote on the first 20 code points of a document.
inline store::Annotation sampleNote(std::int64_t documentId, const std::string& text = "check the date line") {
    store::Annotation note;
    note.documentId = documentId;
    note.span = {0, 20};
    note.note = text;
    note.author = "ana";
    note.createdAt = note.modifiedAt = "2025-03-05T10:02:00Z";
    return note;
}

}  // namespace claimdesk::testing
