#pragma once

// The attribution word lists (data/lexicons/attribution_*.txt), loaded once
// per process into lookup tables. Loading throws std::runtime_error when a
// file is missing (an installation error).

#include <string>
#include <string_view>
#include <unordered_map>

#include "core/extract/attribution/tokens.h"

namespace claimdesk::extract::attribution {

enum class CueFrame : std::uint8_t { Say, Tell, Object, Want, That, Quote };
enum class NominalFrame : std::uint8_t { According, That };
enum class Abbreviation : std::uint8_t { None, Title, End };

// The classes of attribution_words.txt, as bits.
enum WordClass : std::uint16_t {
    Stop = 1, Det = 2, Pronoun = 4, ObjectPronoun = 8, Opener = 16, Lead = 32,
    CueMod = 64, Day = 128, Time = 256, Prep = 512, Label = 1024, Noun = 2048,
    NominalThat = 4096  // from attribution_nominal_cues.txt: "claim (that)"
};

class Lexicons {
public:
    Lexicons();

    // Fills a word token's lexicon fields (classes, cue, abbreviation).
    void annotate(Token& token) const;
    const CueFrame* cue(const std::string& word) const;
    const NominalFrame* nominal(const std::string& word) const;
    Abbreviation abbreviation(const std::string& word) const;
    MarkRole markRole(char32_t c) const;
    // Whether a (lower-case) word is in a class of attribution_words.txt.
    bool is(WordClass wordClass, const std::string& word) const;

private:
    std::unordered_map<std::string, CueFrame> m_cues;
    std::unordered_map<std::string, NominalFrame> m_nominals;
    std::unordered_map<std::string, Abbreviation> m_abbreviations;
    std::unordered_map<char32_t, MarkRole> m_marks;
    std::unordered_map<std::string, std::uint16_t> m_words;
    struct Entry {
        std::uint16_t classes = 0;
        std::int8_t cue = -1;
        std::uint8_t abbreviation = 0;
    };
    std::unordered_map<std::string, Entry> m_entries;  // all of the above by word, for annotate()
};

const Lexicons& lexicons();

}  // namespace claimdesk::extract::attribution
