#pragma once

// The word lists the timex grammar reads (data/lexicons/timex-*.txt and months.txt),
// loaded once per process into lookup tables.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/text/lexicon.h"
#include "core/text/tokens.h"

namespace claimdesk::extract::timex {

// The grammar reads pieces (core/text/tokens.h): "mid-January" is "mid"
// "-" "january", "4,000" one number.
using Token = text::Piece;

struct TimeUnit {
    std::string code;  // "Y", "M", "W", "D", "TH", "TM", "TS"
    int factor = 1;    // a decade is 10 "Y"
};

// A multi-word entry ("at least", "new year's eve"), matched token by token.
struct Phrase {
    std::vector<std::string> words;
    std::vector<std::string> fields;
};

class PhraseTable {
public:
    void add(const std::string& key, std::vector<std::string> fields);
    template <class F>
    void forEachFirstWord(F&& f) const {
        for (const auto& [word, phrases] : m_byFirstWord)
            f(word);
    }
    // The longest entry that starts at tokens[i]; sets `end` past it.
    const Phrase* longestAt(const std::vector<Token>& tokens, std::size_t i, std::size_t& end) const;

private:
    text::WordMap<std::vector<Phrase>> m_byFirstWord;
};

// The word lists the rules look for around a date, one bit each
// (data/lexicons/timex-grammar-words.txt names them in kebab case).
enum class GrammarWords : std::uint8_t {
    FutureCue,
    MonthContext,
    OrdinalSuffix,
    ClockHalf,
    ClockHalfInitial,
    TimeZone,
    DateYearLink,
    RelativePeriod,
    FullShortMonth,
    ClockNoon,
    ClockPreposition,
    ClockDayLink,
    DayRelation,
    DayNeighbour,
    InsertSeparator,
    EditorMark,
    EditorNote,
    WeekdayPast,
    WeekdayNext,
    PartOfDayStart,
    PartOfDayDeterminer,
    PeriodShift,
    PeriodDirection,
    PeriodCurrent,
    QuarterDeterminer,
    QuarterPeriod,
    QuarterRecent,
    QuarterOfDeterminer,
    YearAgoDeterminer,
    YearAgo,
    EarlyYearPreposition,
    YearPrefix,
    DurationDeterminer,
    FiscalEnd,
    FractionUnit,
    DurationCountModifier,
    DurationGovernor,
    WeekendCount,
    YearBack,
    Recurrence,
    ExpressionStart,
    // Not lists of that file: the entries of the lexicons themselves, so
    // that one lookup per token answers every "is it a month, a number, a
    // unit...?" the rules ask about it, and most tokens are ruled out
    // without hashing their word again.
    InMonths,
    InWeekdays,
    InNumbers,
    InOrdinals,
    InSeasons,
    InPartsOfDay,
    InUnits,
    InRecurrenceAdverbs,
    StartsModifier,
    StartsReference,
    StartsHoliday,
};
// Bit 63 marks a token not looked up yet (TimexGrammar::grammarWordsOf).
static_assert(static_cast<unsigned>(GrammarWords::StartsHoliday) < 63);

struct TimexLexicons {
    text::WordMap<int> months;
    text::WordMap<int> weekdays;
    text::WordMap<int> numbers;
    text::WordMap<int> ordinals;
    text::WordMap<std::string> seasons;
    text::WordMap<std::string> partsOfDay;
    text::WordMap<TimeUnit> units;
    text::WordMap<int> countedNouns;  // "room", "flight": a number after them is no year
    PhraseTable modifiers;   // fields: TIMEX3 mod
    PhraseTable references;  // fields: value
    PhraseTable holidays;    // fields: month, day | month, weekday, n
    text::WordMap<std::uint64_t> grammarWords;  // word -> bits of GrammarWords
    text::WordMap<std::string> recurrenceAdverbs;  // "daily" -> "P1D"
    // Every word an expression can start with: the grammar skips the rest
    // with one lookup.
    text::WordSet triggers;
    // A bit per (length, first, second and last byte) of every trigger:
    // most words are ruled out before hashing.
    std::uint64_t triggerShapes[1024] = {};
    static std::size_t shapeOf(std::string_view word);  // word not empty
    bool mayTrigger(std::string_view word) const;
    bool inList(std::string_view word, GrammarWords list) const;

    template <class Map>
    static const typename Map::mapped_type* find(const Map& map, std::string_view key) {
        const auto it = map.find(key);
        return it == map.end() ? nullptr : &it->second;
    }
};

// Throws std::runtime_error (from text::lexicon) when a file is missing.
const TimexLexicons& timexLexicons();

}  // namespace claimdesk::extract::timex
