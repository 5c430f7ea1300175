#pragma once

// The word lists speaker resolution reads (data/lexicons/speaker-*.txt),
// loaded once per process into lookup tables. Keys are lowercase as written
// in English text ("sen.", "officials"); name variants are keyed by
// speakerTokenKey. A missing file throws std::runtime_error (see lexicon.h).

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace claimdesk::extract::speakers {

enum class Gender { Unknown, Male, Female };
enum class PronounClass { Male, Female, Plural, Neuter, First, Relative, Other };
enum class PlaceClass { Country, Demonym, PlaceWord, Prefix, Date };

struct SpeakerLexicon {
    std::unordered_set<std::string> titles;          // roles a person holds
    std::unordered_set<std::string> titleModifiers;  // "foreign", "deputy"
    std::unordered_map<std::string, std::string> titleExpansions;  // "sen." -> "Senator"
    std::unordered_map<std::string, Gender> honorifics;
    std::unordered_map<std::string, PronounClass> pronouns;
    std::unordered_set<std::string> definiteDeterminers;
    std::unordered_set<std::string> indefiniteDeterminers;
    std::unordered_set<std::string> groupNouns;
    std::unordered_set<std::string> collectiveNouns;  // "groups", "dozens": the group follows "of"
    std::unordered_set<std::string> orgNameWords;     // inside proper names
    std::unordered_set<std::string> orgHeadNouns;     // heads of descriptions ("the company")
    // Heads naming a kind of institution that "the <head>" refers back to
    // only by a name holding the word ("the navy": "Lumeran Navy").
    std::unordered_set<std::string> institutionHeads;
    // Heads naming a news outlet ("the newspaper"): failing one named
    // nearby, the document's own outlet.
    std::unordered_set<std::string> outletHeads;
    std::unordered_set<std::string> documentNouns;    // "a report", "the study"
    std::unordered_map<std::string, PlaceClass> places;  // may hold several words ("south korea")
    std::unordered_map<std::string, Gender> givenNames;
    std::unordered_map<std::string, Gender> personNouns;  // "woman", "widow", "spokesman"
    std::unordered_map<std::string, std::string> nameVariants;  // token key -> token key
    std::unordered_set<std::string> abbreviations;    // without the full stop

    bool isTitle(const std::string& lower) const { return titles.count(lower) > 0; }
    bool isTitleWord(const std::string& lower) const {
        return titles.count(lower) > 0 || titleModifiers.count(lower) > 0;
    }
    bool isDeterminer(const std::string& lower) const {
        return definiteDeterminers.count(lower) > 0 || indefiniteDeterminers.count(lower) > 0;
    }
    const PlaceClass* place(const std::string& lower) const {
        auto it = places.find(lower);
        return it == places.end() ? nullptr : &it->second;
    }

    // The tables, built on first use.
    static const SpeakerLexicon& instance();
};

}  // namespace claimdesk::extract::speakers
