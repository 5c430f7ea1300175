#pragma once

// The word lists speaker resolution reads (data/lexicons/speaker-*.txt),
// loaded once per process into lookup tables. Keys are lowercase as written
// in English text ("sen.", "officials"); name variants are keyed by
// speakerTokenKey. A missing file throws std::runtime_error (see lexicon.h).

#include <string>
#include <string_view>

#include "core/text/lexicon.h"

namespace claimdesk::extract::speakers {

enum class Gender { Unknown, Male, Female };
enum class PronounClass { Male, Female, Plural, Neuter, First, Relative, Other };
enum class PlaceClass { Country, Demonym, PlaceWord, Prefix, Date };

struct SpeakerLexicon {
    text::WordSet titles;          // roles a person holds
    text::WordSet titleModifiers;  // "foreign", "deputy"
    text::WordMap<std::string> titleExpansions;  // "sen." -> "Senator"
    text::WordMap<Gender> honorifics;
    text::WordMap<PronounClass> pronouns;
    text::WordSet definiteDeterminers;
    text::WordSet indefiniteDeterminers;
    text::WordSet groupNouns;
    text::WordSet collectiveNouns;  // "groups", "dozens": the group follows "of"
    text::WordSet orgNameWords;     // inside proper names
    text::WordSet orgHeadNouns;     // heads of descriptions ("the company")
    // Heads naming a kind of institution that "the <head>" refers back to
    // only by a name holding the word ("the navy": "Lumeran Navy").
    text::WordSet institutionHeads;
    // Heads naming a news outlet ("the newspaper"): failing one named
    // nearby, the document's own outlet.
    text::WordSet outletHeads;
    text::WordSet outletNameWords;  // "Daily", "Herald": a name holding one is a news outlet's
    text::WordSet documentNouns;    // "a report", "the study"
    text::WordMap<PlaceClass> places;  // may hold several words ("south korea")
    text::WordMap<Gender> givenNames;
    text::WordMap<Gender> personNouns;  // "woman", "widow", "spokesman"
    text::WordMap<std::string> nameVariants;  // token key -> token key
    text::WordSet abbreviations;    // without the full stop
    // Words that end a name (isNameStopWord): titles and their modifiers,
    // honorifics, words of organisations' names, places, group, collective
    // and document nouns, pronouns and determiners, gathered into one set
    // because the body scan asks about every capitalised word.
    text::WordSet nameStopWords;

    bool isTitle(std::string_view lower) const { return titles.count(lower) > 0; }
    bool isTitleWord(std::string_view lower) const {
        return titles.count(lower) > 0 || titleModifiers.count(lower) > 0;
    }
    bool isDeterminer(std::string_view lower) const {
        return definiteDeterminers.count(lower) > 0 || indefiniteDeterminers.count(lower) > 0;
    }
    const PlaceClass* place(std::string_view lower) const {
        auto it = places.find(lower);
        return it == places.end() ? nullptr : &it->second;
    }

    // The tables, built on first use.
    static const SpeakerLexicon& instance();
};

}  // namespace claimdesk::extract::speakers
