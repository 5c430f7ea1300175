#pragma once

// The project's speakers across documents, and the analyst's merge,
// unmerge and split of them. Each is one transaction.

#include <cstdint>
#include <string>
#include <vector>

#include "core/domain/result.h"
#include "core/store/speakerrecords.h"

namespace claimdesk::store {

class SpeakerStore {
public:
    virtual ~SpeakerStore() = default;

    // Speakers across the project, and the analyst's merge and split.
    virtual Result<std::vector<SpeakerSummary>> speakers() = 0;
    // Moves every alias, mention and claim of `from` to `into` and deletes
    // `from`; unmergeSpeakers puts everything back, `from` with its old id.
    virtual Result<SpeakerMerge> mergeSpeakers(std::int64_t into, std::int64_t from) = 0;
    virtual Status unmergeSpeakers(const SpeakerMerge& merge) = 0;
    // Makes a new speaker named `alias` from one alias of `speaker`, taking
    // the claims whose speaker mention is that alias. Returns its id.
    virtual Result<std::int64_t> splitSpeaker(std::int64_t speaker, const std::string& alias) = 0;

protected:
    SpeakerStore() = default;
    SpeakerStore(const SpeakerStore&) = default;
    SpeakerStore& operator=(const SpeakerStore&) = default;
};

}  // namespace claimdesk::store
