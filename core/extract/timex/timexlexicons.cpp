#include "core/extract/timex/timexlexicons.h"

#include <cstdlib>

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
    // Words the grammar's rules start on besides the lexicons' own entries.
    for (const char* word :
         {"the", "this", "last", "next", "past", "coming", "previous", "current", "earlier", "later", "yesterday",
          "today", "tomorrow", "tonight", "every", "each", "fiscal", "a", "an", "several", "few", "many", "some",
          "couple", "half", "recent", "noon", "midnight", "midday", "night", "its", "following", "first",
          "remaining", "final", "initial", "latest", "same", "further", "additional", "another", "other",
          "numerous", "daily", "weekly", "monthly", "yearly", "hourly", "biweekly", "nightly", "mid", "year"})
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

const TimexLexicons& timexLexicons() {
    static const TimexLexicons lexicons = load();
    return lexicons;
}

}  // namespace claimdesk::extract::timex
