#pragma once

// The attribution word lists (data/lexicons/attribution-*.txt), loaded once
// per process into lookup tables. Loading throws std::runtime_error when a
// file is missing (an installation error).

#include <cstdint>
#include <string>
#include <string_view>

#include "core/text/lexicon.h"

namespace claimdesk::extract::attribution {

enum class CueFrame : std::uint8_t { Say, Tell, Object, Want, That, Quote };
enum class NominalFrame : std::uint8_t { According, That };

// The classes of attribution-words.txt, as bits.
enum WordClass : std::uint16_t {
    Stop = 1, Det = 2, Pronoun = 4, ObjectPronoun = 8, Lead = 32,
    CueMod = 64, Day = 128, Time = 256, Prep = 512, Label = 1024, Noun = 2048,
    NominalThat = 4096  // from attribution-nominal-cues.txt: "claim (that)"
};

// What the lexicons say about one word, looked up once per token so the
// rules never hash.
struct WordInfo {
    std::uint16_t classes = 0;  // WordClass bits
    std::int8_t cue = -1;       // CueFrame of a cue verb, or -1
};

class Lexicons {
public:
    Lexicons();

    WordInfo info(std::string_view word) const;
    const CueFrame* cue(std::string_view word) const;
    const NominalFrame* nominal(std::string_view word) const;
    // Whether a (lower-case) word is in a class of attribution-words.txt.
    bool is(WordClass wordClass, std::string_view word) const;

private:
    text::WordMap<CueFrame> m_cues;
    text::WordMap<NominalFrame> m_nominals;
    text::WordMap<std::uint16_t> m_words;
    text::WordMap<WordInfo> m_entries;  // all of the above by word, for info()
};

const Lexicons& lexicons();

}  // namespace claimdesk::extract::attribution
