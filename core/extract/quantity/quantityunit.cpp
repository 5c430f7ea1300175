#include "core/extract/quantity/quantityunit.h"

namespace claimdesk::extract::quantity {
namespace {

bool endsWith(std::string_view word, std::string_view suffix) { return word.ends_with(suffix); }

bool looksPlural(std::string_view word) {
    if (word.size() < 3 || word.find('\'') != std::string_view::npos)
        return false;
    if (endsWith(word, "men") && word.size() > 4)   // servicemen, women
        return true;
    return endsWith(word, "s") && !endsWith(word, "ss") && !endsWith(word, "us") && !endsWith(word, "is") &&
           !endsWith(word, "ous");
}

bool allCaps(std::string_view text, const Token& token) {
    if (token.byteEnd - token.byteStart < 2)
        return false;
    for (std::size_t i = token.byteStart; i < token.byteEnd; ++i)
        if (text[i] >= 'a' && text[i] <= 'z')
            return false;
    return true;
}

bool isWord(Tokens tokens, std::size_t i) {
    return i < tokens.size() && tokens[i].kind == text::PieceKind::Letters;
}

bool isGluedHyphen(Tokens tokens, std::size_t i) {
    return i + 1 < tokens.size() && tokens[i].kind == text::PieceKind::Punct && !tokens[i].spaceBefore &&
           (tokens[i].first == U'-' || tokens[i].first == 0x2010) && !tokens[i + 1].spaceBefore;
}

// A word that may head the counted phrase.
const UnitWord* headWord(const QuantityLexicon& lex, const Token& token, bool& isHead) {
    const UnitWord* unit = lex.unit(token.lower);
    isHead = unit != nullptr || (!token.capitalised && looksPlural(token.lower) && !lex.has(token.lower, Stop));
    return unit;
}

std::string slice(std::string_view text, Tokens tokens, std::size_t first, std::size_t last) {
    return std::string(text.substr(tokens[first].byteStart, tokens[last].byteEnd - tokens[first].byteStart));
}

}  // namespace

std::size_t measureAt(Tokens tokens, std::size_t at, UnitFinding& finding, std::string_view text) {
    const QuantityLexicon& lex = quantityLexicon();
    for (const auto& [words, unit] : lex.unitPhrases) {
        if (at + words.size() > tokens.size())
            continue;
        bool match = true;
        for (std::size_t k = 0; k < words.size() && match; ++k)
            match = tokens[at + k].lower == words[k];
        if (match) {
            finding = UnitFinding{true, unit.group.empty() ? slice(text, tokens, at, at + words.size() - 1) : unit.group,
                                  unit.unitClass, at, at + words.size()};
            return at + words.size();
        }
    }
    if (at < tokens.size() && tokens[at].lower == "%") {
        finding = UnitFinding{true, "%", UnitClass::Percent, at, at + 1};
        return at + 1;
    }
    return at;
}

UnitFinding findUnit(std::string_view text, Tokens tokens, std::size_t at) {
    const QuantityLexicon& lex = quantityLexicon();
    UnitFinding finding;
    if (measureAt(tokens, at, finding, text) != at)
        return finding;
    std::size_t i = at;
    // "10-km", "25-year-old"
    if (isGluedHyphen(tokens, i) && isWord(tokens, i + 1))
        ++i;
    // "4,000 – soldiers": a spaced dash or colon before a counted noun.
    if (i + 1 < tokens.size() && tokens[i].kind == text::PieceKind::Punct && tokens[i].spaceBefore &&
        (tokens[i].first == 0x2013 || tokens[i].first == 0x2014 || tokens[i].first == U'-') &&
        isWord(tokens, i + 1)) {
        bool isHead = false;
        headWord(lex, tokens[i + 1], isHead);
        if (isHead)
            ++i;
    }
    if (isWord(tokens, i) && tokens[i].lower == "of") {
        ++i;
        // "nine of its sailors": the sailors are what the figure counts.
        if (isWord(tokens, i) && lex.has(tokens[i].lower, Partitive) && isWord(tokens, i + 1)) {
            bool isHead = false;
            headWord(lex, tokens[i + 1], isHead);
            if (isHead)
                ++i;
        }
    }

    std::size_t firstCapital = tokens.size();  // start of the trailing run of capitalized words
    std::size_t lastCollected = tokens.size();
    bool lastWasProper = false;                // the word before "and" was a proper adjective
    for (std::size_t n = 0; n < 10 && i < tokens.size(); ++n) {
        const Token& token = tokens[i];
        if (token.kind == text::PieceKind::Letters) {
            if (token.lower == "and" || token.lower == "or") {
                if (lastWasProper && isWord(tokens, i + 1) && !lex.has(tokens[i + 1].lower, Stop)) {
                    ++i;
                    continue;
                }
                break;
            }
            bool isHead = false;
            const UnitWord* unit = headWord(lex, token, isHead);
            if (isHead) {
                std::size_t head = i;
                // Compound heads take their last noun: "infantry soldiers".
                while (isWord(tokens, head + 1)) {
                    bool next = false;
                    headWord(lex, tokens[head + 1], next);
                    if (!next)
                        break;
                    ++head;
                    unit = lex.unit(tokens[head].lower);
                }
                finding.found = true;
                finding.unitClass = unit ? unit->unitClass : UnitClass::Count;
                finding.headBegin = head;
                finding.headEnd = head + 1;
                // "percent" is written "%", "dollars" stays as written.
                finding.unit = unit && unit->unitClass == UnitClass::Percent ? unit->group : slice(text, tokens, head, head);
                // "pieces of equipment": the unit runs on through "of".
                if (finding.unitClass == UnitClass::Partitive && isWord(tokens, head + 1) &&
                    tokens[head + 1].lower == "of") {
                    const UnitFinding inner = findUnit(text, tokens, head + 1);
                    std::size_t innerEnd = inner.found ? inner.headEnd : head + 2;
                    if (!inner.found) {
                        // A mass noun: "pieces of artillery", "tons of ammunition".
                        while (innerEnd < tokens.size() && innerEnd < head + 5 && isWord(tokens, innerEnd) &&
                               !tokens[innerEnd].capitalised && !lex.has(tokens[innerEnd].lower, Stop))
                            ++innerEnd;
                    }
                    if (innerEnd > head + 2) {
                        finding.unit = slice(text, tokens, head, innerEnd - 1);
                        finding.headEnd = innerEnd;
                        finding.unitClass = UnitClass::Count;
                    }
                }
                return finding;
            }
            // Capitalized words are names and nationalities ("North Korean"),
            // unless they are function words; acronyms ("US") are names.
            const bool proper = token.capitalised && (!lex.has(token.lower, Stop) || allCaps(text, token));
            if (!proper && lex.has(token.lower, Stop))
                break;
            if (proper) {
                if (!lastWasProper)
                    firstCapital = i;
            } else {
                firstCapital = tokens.size();
            }
            lastWasProper = proper;
            lastCollected = i;
            ++i;
            continue;
        }
        if (isGluedHyphen(tokens, i) && isWord(tokens, i + 1)) {   // "North-Korean", "Russian-led"
            ++i;
            continue;
        }
        if (token.lower == "," && lastWasProper && isWord(tokens, i + 1) && tokens[i + 1].capitalised) {
            ++i;
            continue;
        }
        break;
    }
    // "300 North Koreans": a proper plural noun ends the phrase.
    if (lastCollected < tokens.size() && firstCapital <= lastCollected && tokens[lastCollected].capitalised &&
        looksPlural(tokens[lastCollected].lower)) {
        finding.found = true;
        finding.unit = slice(text, tokens, firstCapital, lastCollected);
        finding.headBegin = firstCapital;
        finding.headEnd = lastCollected + 1;
    }
    return finding;
}

}  // namespace claimdesk::extract::quantity

namespace claimdesk::extract::quantity {

UnitFinding findUnitBefore(std::string_view text, Tokens tokens, std::size_t at) {
    const QuantityLexicon& lex = quantityLexicon();
    constexpr std::size_t kWindow = 4;
    // Only across linking words ("were", "stand at", "reached"): "Trump
    // tells 3,000" and "that takes us up to 314" name no counted noun.
    for (std::size_t i = at; i-- > 0 && at - i <= kWindow;) {
        const Token& token = tokens[i];
        if (token.kind != text::PieceKind::Letters)
            break;                                     // the clause ends
        if (lex.has(token.lower, Link))
            continue;
        if (i + 1 == at)
            break;                                     // no link between noun and figure
        bool isHead = false;
        const UnitWord* unit = headWord(lex, token, isHead);
        if (!isHead || (unit && unit->unitClass != UnitClass::Count))
            break;
        {
            UnitFinding finding;
            finding.found = true;
            finding.unit = slice(text, tokens, i, i);
            finding.headBegin = i;
            finding.headEnd = i + 1;
            return finding;
        }
    }
    return {};
}

}  // namespace claimdesk::extract::quantity
