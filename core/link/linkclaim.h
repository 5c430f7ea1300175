#pragma once

// What cross-source linking knows of a claim: who said it, where it was
// published, its words, its figures and when it was said.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/analysis.h"

namespace claimdesk::link {

struct LinkClaim {
    std::int64_t claimId = 0;        // store id, or any caller-chosen key
    std::int64_t documentId = 0;     // claims of one document are never linked by similarity alone
    std::string outlet;              // for counting independent outlets
    std::string speakerKey;          // folded canonical speaker name; empty when unknown
    std::string speakerName;         // as shown to the analyst
    std::string content;
    std::string cue;                 // "denied", "said", "according to"
    ClaimType type = ClaimType::Statement;  // a denial denies what others in its cluster report
    Polarity polarity = Polarity::Affirmed; // a claim not made (negated, declined) states nothing
    std::vector<Quantity> quantities;
    std::optional<std::string> statedOn;
    std::int64_t position = 0;       // content start in its document, for reading order
};

struct ClaimCluster {
    std::vector<std::size_t> members;  // indexes into the input, in input order
    bool disagreement = false;
    std::string reason;                // one line: why they disagree, or how a running count grew
    std::vector<std::size_t> disputed; // the members that take part in the disagreement (a subset of members)
    int outletCount = 0;               // distinct outlets carrying it
    int independentSources = 0;        // distinct speakers it traces back to: an outlet
                                       // repeating a speaker is not a second witness
    std::string originSpeaker;         // the speaker most members trace back to
};

}  // namespace claimdesk::link
