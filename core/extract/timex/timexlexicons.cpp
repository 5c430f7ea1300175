#include "core/extract/timex/timexlexicons.h"

#include <cstdlib>
#include <stdexcept>

#include "core/text/lexicon.h"

namespace claimdesk::extract::timex {
namespace {

int toInt(const std::vector<std::string>& fields, std::size_t index, int fallback) {
    return index < fields.size() ? std::atoi(fields[index].c_str()) : fallback;
}

text::WordMap<int> numberTable(const std::string& name) {
    text::WordMap<int> table;
    for (const auto& entry : text::lexicon(name))
        table[entry.key] = toInt(entry.fields, 0, 0);
    return table;
}

text::WordMap<std::string> codeTable(const std::string& name) {
    text::WordMap<std::string> table;
    for (const auto& entry : text::lexicon(name))
        table[entry.key] = entry.fields.empty() ? std::string() : entry.fields[0];
    return table;
}

PhraseTable phraseTable(const std::string& name) {
    PhraseTable table;
    for (const auto& entry : text::lexicon(name))
        table.add(entry.key, entry.fields);
    return table;
}

text::WordMap<std::uint64_t> grammarWordTable() {
    static const text::WordMap<GrammarWords> lists = {
        {"future-cue", GrammarWords::FutureCue},
        {"month-context", GrammarWords::MonthContext},
        {"ordinal-suffix", GrammarWords::OrdinalSuffix},
        {"clock-half", GrammarWords::ClockHalf},
        {"clock-half-initial", GrammarWords::ClockHalfInitial},
        {"time-zone", GrammarWords::TimeZone},
        {"date-year-link", GrammarWords::DateYearLink},
        {"relative-period", GrammarWords::RelativePeriod},
        {"full-short-month", GrammarWords::FullShortMonth},
        {"clock-noon", GrammarWords::ClockNoon},
        {"clock-preposition", GrammarWords::ClockPreposition},
        {"clock-day-link", GrammarWords::ClockDayLink},
        {"day-relation", GrammarWords::DayRelation},
        {"day-neighbour", GrammarWords::DayNeighbour},
        {"insert-separator", GrammarWords::InsertSeparator},
        {"editor-mark", GrammarWords::EditorMark},
        {"editor-note", GrammarWords::EditorNote},
        {"weekday-past", GrammarWords::WeekdayPast},
        {"weekday-next", GrammarWords::WeekdayNext},
        {"part-of-day-start", GrammarWords::PartOfDayStart},
        {"part-of-day-determiner", GrammarWords::PartOfDayDeterminer},
        {"period-shift", GrammarWords::PeriodShift},
        {"period-direction", GrammarWords::PeriodDirection},
        {"period-current", GrammarWords::PeriodCurrent},
        {"quarter-determiner", GrammarWords::QuarterDeterminer},
        {"quarter-period", GrammarWords::QuarterPeriod},
        {"quarter-recent", GrammarWords::QuarterRecent},
        {"quarter-of-determiner", GrammarWords::QuarterOfDeterminer},
        {"year-ago-determiner", GrammarWords::YearAgoDeterminer},
        {"year-ago", GrammarWords::YearAgo},
        {"early-year-preposition", GrammarWords::EarlyYearPreposition},
        {"year-prefix", GrammarWords::YearPrefix},
        {"duration-determiner", GrammarWords::DurationDeterminer},
        {"fiscal-end", GrammarWords::FiscalEnd},
        {"fraction-unit", GrammarWords::FractionUnit},
        {"duration-count-modifier", GrammarWords::DurationCountModifier},
        {"duration-governor", GrammarWords::DurationGovernor},
        {"weekend-count", GrammarWords::WeekendCount},
        {"year-back", GrammarWords::YearBack},
        {"recurrence", GrammarWords::Recurrence},
        {"expression-start", GrammarWords::ExpressionStart},
    };
    text::WordMap<std::uint64_t> table;
    for (const auto& entry : text::lexicon("timex-grammar-words")) {
        const auto it = entry.fields.empty() ? lists.end() : lists.find(entry.fields[0]);
        if (it == lists.end())
            throw std::runtime_error("lexicon timex-grammar-words: no known list for '" + entry.key + "'");
        table[entry.key] |= std::uint64_t{1} << static_cast<unsigned>(it->second);
    }
    return table;
}

// Adds each lexicon's entries to the grammar-word table under their own
// bit (GrammarWords::InMonths and after).
void markMembers(TimexLexicons& lex) {
    auto mark = [&](const auto& table, GrammarWords bit) {
        for (const auto& [word, value] : table)
            lex.grammarWords[word] |= std::uint64_t{1} << static_cast<unsigned>(bit);
    };
    mark(lex.months, GrammarWords::InMonths);
    mark(lex.weekdays, GrammarWords::InWeekdays);
    mark(lex.numbers, GrammarWords::InNumbers);
    mark(lex.ordinals, GrammarWords::InOrdinals);
    mark(lex.seasons, GrammarWords::InSeasons);
    mark(lex.partsOfDay, GrammarWords::InPartsOfDay);
    mark(lex.units, GrammarWords::InUnits);
    mark(lex.recurrenceAdverbs, GrammarWords::InRecurrenceAdverbs);
    auto markFirstWords = [&](const PhraseTable& table, GrammarWords bit) {
        table.forEachFirstWord(
            [&](const std::string& word) { lex.grammarWords[word] |= std::uint64_t{1} << static_cast<unsigned>(bit); });
    };
    markFirstWords(lex.modifiers, GrammarWords::StartsModifier);
    markFirstWords(lex.references, GrammarWords::StartsReference);
    markFirstWords(lex.holidays, GrammarWords::StartsHoliday);
}

TimexLexicons load() {
    TimexLexicons lex;
    lex.months = numberTable("months");
    lex.weekdays = numberTable("timex-weekdays");
    lex.numbers = numberTable("timex-numbers");
    lex.ordinals = numberTable("timex-ordinals");
    lex.seasons = codeTable("timex-seasons");
    lex.partsOfDay = codeTable("timex-parts-of-day");
    for (const auto& entry : text::lexicon("timex-units"))
        if (!entry.fields.empty())
            lex.units[entry.key] = TimeUnit{entry.fields[0], toInt(entry.fields, 1, 1)};
    lex.countedNouns = numberTable("timex-counted-nouns");
    lex.modifiers = phraseTable("timex-modifiers");
    lex.references = phraseTable("timex-references");
    lex.holidays = phraseTable("timex-holidays");
    lex.grammarWords = grammarWordTable();
    lex.recurrenceAdverbs = codeTable("timex-recurrence-adverbs");
    markMembers(lex);
    // Words the grammar's rules start on besides the lexicons' own entries.
    for (const auto& [word, lists] : lex.grammarWords)
        if (lists >> static_cast<unsigned>(GrammarWords::ExpressionStart) & 1u)
            lex.triggers.insert(word);
    for (const auto& [word, value] : lex.recurrenceAdverbs)
        lex.triggers.insert(word);
    for (const auto* table : {&lex.months, &lex.weekdays, &lex.numbers, &lex.ordinals})
        for (const auto& [word, value] : *table)
            lex.triggers.insert(word);
    for (const auto& [word, value] : lex.weekdays)
        lex.triggers.insert(word + "s");
    for (const auto* table : {&lex.seasons, &lex.partsOfDay})
        for (const auto& [word, value] : *table)
            lex.triggers.insert(word);
    for (const auto& [word, value] : lex.units)
        lex.triggers.insert(word);
    for (const auto* table : {&lex.modifiers, &lex.references, &lex.holidays})
        table->forEachFirstWord([&](const std::string& word) { lex.triggers.insert(word); });
    for (const std::string& word : lex.triggers)
        if (!word.empty()) {
            const std::size_t shape = TimexLexicons::shapeOf(word);
            lex.triggerShapes[shape >> 6] |= std::uint64_t{1} << (shape & 63);
        }
    return lex;
}

}  // namespace

void PhraseTable::add(const std::string& key, std::vector<std::string> fields) {
    Phrase phrase;
    const text::TokenStream stream(key);
    for (const Token& piece : stream.pieces())
        phrase.words.emplace_back(piece.lower);
    if (phrase.words.empty())
        return;
    phrase.fields = std::move(fields);
    m_byFirstWord[phrase.words.front()].push_back(std::move(phrase));
}

const Phrase* PhraseTable::longestAt(const std::vector<Token>& tokens, std::size_t i, std::size_t& end) const {
    if (i >= tokens.size())
        return nullptr;
    const auto it = m_byFirstWord.find(tokens[i].lower);
    if (it == m_byFirstWord.end())
        return nullptr;
    const Phrase* best = nullptr;
    for (const Phrase& phrase : it->second) {
        if (i + phrase.words.size() > tokens.size() || (best && phrase.words.size() <= best->words.size()))
            continue;
        bool same = true;
        for (std::size_t k = 1; k < phrase.words.size() && same; ++k)
            same = tokens[i + k].lower == phrase.words[k];
        if (same)
            best = &phrase;
    }
    if (best)
        end = i + best->words.size();
    return best;
}

std::size_t TimexLexicons::shapeOf(std::string_view word) {
    const auto at = [&](std::size_t k) { return static_cast<std::size_t>(static_cast<unsigned char>(word[k])); };
    return (word.size() * 0x9E37u + at(0) * 0x2F1u + at(word.size() > 1 ? 1 : 0) * 0x61u + at(word.size() - 1)) &
           0xFFFFu;
}

bool TimexLexicons::mayTrigger(std::string_view word) const {
    if (word.empty())
        return false;
    const std::size_t shape = shapeOf(word);
    return (triggerShapes[shape >> 6] >> (shape & 63) & 1u) && triggers.count(word) > 0;
}

bool TimexLexicons::inList(std::string_view word, GrammarWords list) const {
    const auto it = grammarWords.find(word);
    return it != grammarWords.end() && (it->second >> static_cast<unsigned>(list) & 1u) != 0;
}

const TimexLexicons& timexLexicons() {
    static const TimexLexicons lexicons = load();
    return lexicons;
}

}  // namespace claimdesk::extract::timex
