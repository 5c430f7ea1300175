#include "core/extract/quantity/quantitylexicon.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "core/text/lexicon.h"
#include "core/text/tokens.h"

namespace claimdesk::extract::quantity {
namespace {

std::vector<std::string> phraseWords(const std::string& phrase) {
    std::vector<std::string> words;
    const text::TokenStream stream(phrase);
    for (const text::Piece& piece : stream.pieces())
        words.emplace_back(piece.lower);
    return words;
}

double parseValue(const std::string& text, const std::string& lexiconName) {
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        throw std::runtime_error("lexicon " + lexiconName + ": bad number '" + text + "'");
    return value;
}

const std::string& field(const text::LexiconEntry& entry, std::size_t index, const std::string& lexiconName) {
    if (index >= entry.fields.size())
        throw std::runtime_error("lexicon " + lexiconName + ": entry '" + entry.key + "' lacks a field");
    return entry.fields[index];
}

template <typename T>
void longestFirst(text::WordMap<std::vector<T>>& index) {
    for (auto& [first, phrases] : index)
        std::stable_sort(phrases.begin(), phrases.end(),
                         [](const T& a, const T& b) { return a.words.size() > b.words.size(); });
}

QuantityLexicon load() {
    QuantityLexicon lex;

    const std::string numbers = "quantity-numbers";
    for (const auto& entry : text::lexicon(numbers)) {
        static const std::unordered_map<std::string, NumberWordKind> kinds{
            {"unit", NumberWordKind::Unit},     {"ten", NumberWordKind::Ten},
            {"hundred", NumberWordKind::Hundred}, {"scale", NumberWordKind::Scale},
            {"dozen", NumberWordKind::Dozen},   {"abbrev", NumberWordKind::Abbrev},
            {"money-abbrev", NumberWordKind::MoneyAbbrev}, {"fraction", NumberWordKind::Fraction}};
        const auto kind = kinds.find(field(entry, 1, numbers));
        if (kind == kinds.end())
            throw std::runtime_error("lexicon " + numbers + ": unknown kind for '" + entry.key + "'");
        lex.numbers[entry.key] = NumberWord{parseValue(field(entry, 0, numbers), numbers), kind->second};
    }

    const std::string hedges = "quantity-hedges";
    for (const auto& entry : text::lexicon(hedges)) {
        const std::string& kindName = field(entry, 0, hedges);
        Hedge hedge;
        hedge.words = phraseWords(entry.key);
        hedge.kind = kindName == "lower"   ? HedgeKind::Lower
                     : kindName == "upper" ? HedgeKind::Upper
                                           : HedgeKind::Approximate;
        auto& index = field(entry, 1, hedges) == "after" ? lex.hedgesAfter : lex.hedgesBefore;
        if (!hedge.words.empty())
            index[hedge.words.front()].push_back(std::move(hedge));
    }
    longestFirst(lex.hedgesBefore);
    longestFirst(lex.hedgesAfter);

    const std::string vague = "quantity-vague";
    for (const auto& entry : text::lexicon(vague)) {
        const std::string& kindName = field(entry, 1, vague);
        Vague v;
        v.words = phraseWords(entry.key);
        v.base = parseValue(field(entry, 0, vague), vague);
        v.kind = kindName == "plural"      ? VagueKind::Plural
                 : kindName == "plural-of" ? VagueKind::PluralOf
                                           : VagueKind::Multiplier;
        if (!v.words.empty())
            lex.vague[v.words.front()].push_back(std::move(v));
    }
    longestFirst(lex.vague);

    const std::string units = "quantity-units";
    for (const auto& entry : text::lexicon(units)) {
        static const std::unordered_map<std::string, UnitClass> classes{
            {"count", UnitClass::Count},         {"measure", UnitClass::Measure},
            {"time", UnitClass::Time},           {"partitive", UnitClass::Partitive},
            {"percent", UnitClass::Percent},     {"currency", UnitClass::Currency},
            {"collective", UnitClass::Collective}};
        const auto unitClass = classes.find(field(entry, 0, units));
        if (unitClass == classes.end())
            throw std::runtime_error("lexicon " + units + ": unknown class for '" + entry.key + "'");
        UnitWord word{unitClass->second, entry.fields.size() > 1 ? entry.fields[1] : std::string()};
        auto words = phraseWords(entry.key);
        if (words.size() == 1)
            lex.units[words.front()] = std::move(word);
        else if (!words.empty())
            lex.unitPhrases.emplace_back(std::move(words), std::move(word));
    }

    const std::string context = "quantity-context";
    for (const auto& entry : text::lexicon(context)) {
        static const std::unordered_map<std::string, ContextRole> roles{
            {"stop", Stop}, {"month", Month}, {"label", Label}, {"clock", Clock}, {"change", Change}, {"ordinal", Ordinal}, {"link", Link},
            {"partitive", Partitive}, {"governs", Governs}};
        const auto role = roles.find(field(entry, 0, context));
        if (role == roles.end())
            throw std::runtime_error("lexicon " + context + ": unknown role for '" + entry.key + "'");
        lex.context[entry.key] |= role->second;
    }
    for (const auto& [word, number] : lex.numbers)
        lex.starters.insert(word);
    for (const auto& [first, hedges] : lex.hedgesBefore)
        lex.starters.insert(first);
    for (const auto& [first, vague] : lex.vague)
        lex.starters.insert(first);
    for (const char* word : {"a", "an", "between", "from"})
        lex.starters.insert(word);
    return lex;
}

}  // namespace

const NumberWord* QuantityLexicon::number(std::string_view word) const {
    const auto it = numbers.find(word);
    return it == numbers.end() ? nullptr : &it->second;
}

const UnitWord* QuantityLexicon::unit(std::string_view word) const {
    const auto it = units.find(word);
    return it == units.end() ? nullptr : &it->second;
}

bool QuantityLexicon::has(std::string_view word, ContextRole role) const {
    const auto it = context.find(word);
    return it != context.end() && (it->second & role) != 0;
}

const QuantityLexicon& quantityLexicon() {
    static const QuantityLexicon lexicon = load();
    return lexicon;
}

}  // namespace claimdesk::extract::quantity
