#pragma once

// What the source span of one attribution says about its speaker, before
// it is matched with the rest of the document: a name ("President Volodymyr
// Zelensky", "Josh Earnest, the White House press secretary,"), a pronoun
// ("he"), or a description ("the unit's spokesperson", "local
// authorities", "the company").

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/analysis.h"
#include "core/extract/speakers/speakerlexicon.h"
#include "core/extract/speakers/speakertokens.h"

namespace claimdesk::extract::speakers {

enum class PhraseType { None, Name, Pronoun, Description };

struct SourcePhrase {
    PhraseType type = PhraseType::None;
    SpeakerKind kind = SpeakerKind::Person;
    bool kindKnown = true;           // false for a lone capitalised word: a surname or an organisation
    std::string name;                // canonical name, determiners and titles dropped
    std::vector<std::string> roleHeads;  // lowercase role words: "president", "spokesperson"
    std::string role;                // as it reads: "President", "spy chief of Ukraine"
    std::string head;                // head noun of a description: "spokesperson", "authorities", "company"
    std::string acronym;             // "NIS" from "(NIS)"
    Gender gender = Gender::Unknown;
    PronounClass pronoun = PronounClass::Other;
    bool definite = false;           // "the president", "his campaign": refers back
    bool proper = false;             // a description with a proper modifier: "the Trump campaign"
    Span nameSpan;                   // the name with its titles, for mentions; empty when none
};

// Analyses tokens [first, last) of `tokens` (a source span).
SourcePhrase analyzeSourcePhrase(const TokenizedText& tokens, std::size_t first, std::size_t last,
                                 const SpeakerLexicon& lex);

}  // namespace claimdesk::extract::speakers
