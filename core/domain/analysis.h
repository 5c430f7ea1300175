#pragma once

// What extraction finds in one document: speakers, claims with their
// quantities, temporal expressions and events. Plain structs; the store
// gives them ids, the exporter writes them out.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/figureframe.h"
#include "core/domain/span.h"

namespace claimdesk {

enum class SpeakerKind { Person, Organization, Group };
enum class ClaimKind { Direct, Indirect, Mixed };
enum class ClaimStatus { Extracted, Confirmed, Rejected };
// What kind of attribution a claim is, from its cue (data/lexicons/claim-cue-types.txt):
// an assertion ("said", "according to"), a denial ("denied", "rejected"), a
// belief, expectation or intention ("believes", "expects", "hopes", "plans"),
// a request ("urged", "called on") or a reference to what another said
// ("cited", "quoted", "referring to"). Apart from ClaimKind, which says how
// the words are reported (direct / indirect / mixed).
enum class ClaimType { Statement, Denial, Belief, Request, Reference };
// Whether the source made the statement at all: "has not confirmed that",
// "neither ... nor ... has acknowledged" are negated; "declined to comment
// on", "did not respond to" declined.
enum class Polarity { Affirmed, Negated, Declined };
enum class Origin { Extractor, Analyst };

const char* speakerKindName(SpeakerKind kind);  // "person", "organization", "group"
const char* claimKindName(ClaimKind kind);      // "direct", "indirect", "mixed"
const char* claimStatusName(ClaimStatus status);  // "extracted", "confirmed", "rejected"
const char* claimTypeName(ClaimType type);        // "statement", "denial", "belief", "request", "reference"
const char* polarityName(Polarity polarity);      // "affirmed", "negated", "declined"
std::optional<SpeakerKind> speakerKindFromName(const std::string& name);
std::optional<ClaimKind> claimKindFromName(const std::string& name);
std::optional<ClaimStatus> claimStatusFromName(const std::string& name);
std::optional<ClaimType> claimTypeFromName(const std::string& name);
std::optional<Polarity> polarityFromName(const std::string& name);
const char* originName(Origin origin);            // "extractor", "analyst"
std::optional<Origin> originFromName(const std::string& name);

// A stretch of text together with its offsets, as the export writes spans.
struct TextSpan {
    Span span;
    std::string text;
};

struct Speaker {
    std::int64_t id = 0;                 // store id, or a document-local index before storing
    std::string name;                    // canonical name: "Volodymyr Zelensky"
    SpeakerKind kind = SpeakerKind::Person;
    std::string role;                    // "President of Ukraine"; may be empty
    std::vector<TextSpan> mentions;      // every place the document names or refers to them
    std::string key;                     // matching key across documents (folded, titles dropped)
};

// A figure inside a claim: "more than 4,000" -> value 4000, low 4000.
struct Quantity {
    TextSpan text;
    std::optional<double> value;         // the stated figure, when there is one
    std::optional<double> low;           // lower bound ("at least", "more than", ranges)
    std::optional<double> high;          // upper bound ("up to", ranges)
    bool approximate = false;            // "about", "around", "dozens"
    std::string unit;                    // the counted thing: "troops", "km"
    FigureFrame frame;                   // what it counts, whose, as of when
};

struct Claim {
    std::int64_t id = 0;
    std::int64_t speakerIndex = -1;      // index into Analysis::speakers; -1: unattributed
    ClaimKind kind = ClaimKind::Indirect;
    ClaimType type = ClaimType::Statement;
    Polarity polarity = Polarity::Affirmed;
    std::optional<TextSpan> speakerMention;
    std::optional<TextSpan> cue;
    TextSpan content;
    std::optional<std::string> statedOn;  // TIMEX3 date value
    std::vector<Quantity> quantities;
    ClaimStatus status = ClaimStatus::Extracted;
    Origin origin = Origin::Extractor;
};

// A temporal expression and its TIMEX3 normal form.
struct Timex {
    TextSpan text;
    std::string type;                    // DATE, TIME, DURATION, SET
    std::string value;                   // "2025-01-31", "2024-FA", "P3W", "PRESENT_REF"
    std::string mod;                     // START, MID, END, APPROX, ... or empty
};

struct Event {
    std::int64_t id = 0;
    std::string date;                    // TIMEX3 date value
    std::string what;                    // short description
    std::string place;                   // may be empty
    TextSpan evidence;
    Origin origin = Origin::Extractor;
};

struct Analysis {
    std::vector<Speaker> speakers;
    std::vector<Claim> claims;
    std::vector<Timex> timexes;
    std::vector<Event> events;
};

}  // namespace claimdesk
