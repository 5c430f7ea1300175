#pragma once

// People named in a document's body: every run of capitalised name words
// ("Volodymyr Zelensky", "Zelensky", "Paul D. Ryan") with the titles just
// before it ("President", "Ukraine's spy chief"). Speaker resolution uses
// them as mentions, as the full form of a surname, and as antecedents of
// pronouns and of "the president".

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/extract/speakers/speakerlexicon.h"
#include "core/extract/speakers/speakertokens.h"

namespace claimdesk::extract::speakers {

struct NameRun {
    std::size_t first = 0;        // name words [first, last)
    std::size_t last = 0;
    std::size_t prefixFirst = 0;  // titles before the name start here (== first when none)
    std::string name;             // as written
    std::vector<std::string> keys;  // speakerTokenKey of each name word, variants unified
    std::string role;             // the titles as written, honorifics dropped
    std::vector<std::string> roleHeads;
    Gender gender = Gender::Unknown;
    bool confident = false;       // two name words or more, or a title or honorific before
};

// Name runs among tokens [from, to), in text order.
std::vector<NameRun> findNameRuns(const TokenizedText& tokens, std::size_t from, std::size_t to,
                                  const SpeakerLexicon& lex);

// speakerTokenKey with the lexicon's given-name variants unified.
std::string nameWordKey(std::string_view word, const SpeakerLexicon& lex);

}  // namespace claimdesk::extract::speakers
