#pragma once

// The values the speaker store takes and gives: speakers as listed, and
// what a merge moved so that it can be undone.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/analysis.h"

namespace claimdesk::store {

struct SpeakerSummary {
    std::int64_t id = 0;
    std::string name;
    SpeakerKind kind = SpeakerKind::Person;
    std::string role;
    std::vector<std::string> aliases;
    std::int64_t claimCount = 0;
    std::optional<char> reliability;  // Admiralty source reliability A-F
};

// What a merge moved, so that it can be undone exactly.
struct SpeakerMerge {
    std::int64_t into = 0;
    std::int64_t from = 0;
    std::string name, kind, role;
    std::optional<std::string> reliability;
    std::string origin;
    std::vector<std::int64_t> aliasIds, mentionIds, claimIds;
};

}  // namespace claimdesk::store
