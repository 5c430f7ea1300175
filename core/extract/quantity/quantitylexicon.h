#pragma once

// The word lists the quantity finder reads, loaded once from
// data/lexicons/quantity-*.txt (see each file's header for its fields).
// A missing file throws std::runtime_error from the first call.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/text/lexicon.h"

namespace claimdesk::extract::quantity {

enum class NumberWordKind { Unit, Ten, Hundred, Scale, Dozen, Abbrev, MoneyAbbrev, Fraction };

struct NumberWord {
    double value = 0;
    NumberWordKind kind = NumberWordKind::Unit;
};

enum class HedgeKind { Lower, Upper, Approximate };

// A phrase as the tokenizer splits it: "approx." -> {"approx", "."}.
struct Hedge {
    std::vector<std::string> words;
    HedgeKind kind = HedgeKind::Approximate;
};

enum class VagueKind { Plural, PluralOf, Multiplier };

struct Vague {
    std::vector<std::string> words;
    double base = 0;
    VagueKind kind = VagueKind::Plural;
};

enum class UnitClass { Count, Measure, Time, Partitive, Percent, Currency, Collective };

struct UnitWord {
    UnitClass unitClass = UnitClass::Count;
    std::string group;     // what it counts for comparison ("personnel", "km"); may be empty
};

// Roles of context words; one word may have several ("may": month, stop).
enum ContextRole : std::uint16_t {
    Stop = 1,
    Month = 2,
    Label = 4,
    Clock = 8,
    Change = 16,
    Ordinal = 32,
    Link = 64,
    Partitive = 128,
    Governs = 256,
};

struct QuantityLexicon {
    text::WordMap<NumberWord> numbers;
    // Phrases by their first word, longest first.
    text::WordMap<std::vector<Hedge>> hedgesBefore;
    text::WordMap<std::vector<Hedge>> hedgesAfter;
    text::WordMap<std::vector<Vague>> vague;
    text::WordMap<UnitWord> units;           // single words
    std::vector<std::pair<std::vector<std::string>, UnitWord>> unitPhrases;  // "per cent", "sq km"
    text::WordMap<std::uint16_t> context;
    // Every word a figure can start with (hedges, vague amounts, number
    // words, "between"): the finder skips any other word at once.
    text::WordSet starters;

    const NumberWord* number(std::string_view word) const;
    const UnitWord* unit(std::string_view word) const;
    bool has(std::string_view word, ContextRole role) const;
};

// The lexicon, loaded on first use; thread-safe.
const QuantityLexicon& quantityLexicon();

}  // namespace claimdesk::extract::quantity
