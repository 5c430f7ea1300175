#include "core/extract/quantity/quantityfinder.h"

#include <algorithm>
#include <optional>

#include "core/extract/quantity/quantitylexicon.h"
#include "core/extract/quantity/quantityunit.h"

namespace claimdesk::extract {
namespace {

using quantity::ContextRole;
using quantity::HedgeKind;
using quantity::NumberWordKind;
using quantity::QuantityLexicon;
using quantity::Token;
using quantity::Tokens;
using quantity::UnitClass;
using quantity::UnitFinding;
using quantity::VagueKind;
using text::PieceKind;

// One number as written: "12,000", "2.5", "12 thousand", "$5bn",
// "twenty-five", "a million".
struct NumberExpr {
    double value = 0;
    std::size_t begin = 0;       // tokens [begin, end)
    std::size_t end = 0;
    std::size_t digitsAt = 0;    // the token holding the digits, or the first number word
    bool spelled = false;        // written in words
    bool compound = false;       // more than one number word ("twenty-five", "one hundred")
    double scale = 1;            // the scale word applied ("thousand" -> 1000)
    bool yearShaped = false;     // four plain digits between 1800 and 2100
};

struct Context {
    std::string_view text;  // the document the pieces index into
    Tokens tokens;
    const QuantityLexicon& lex;

    const Token* at(std::size_t i) const { return i < tokens.size() ? &tokens[i] : nullptr; }
    bool isWord(std::size_t i, std::string_view lower) const {
        return i < tokens.size() && tokens[i].kind == PieceKind::Letters && tokens[i].lower == lower;
    }
    bool isPunct(std::size_t i, std::string_view mark) const {
        return i < tokens.size() && tokens[i].kind == PieceKind::Punct && tokens[i].lower == mark;
    }
    bool glued(std::size_t i) const { return i < tokens.size() && !tokens[i].spaceBefore; }
    const quantity::NumberWord* numberWord(std::size_t i) const {
        return i < tokens.size() && tokens[i].kind == PieceKind::Letters ? lex.number(tokens[i].lower) : nullptr;
    }
    template <typename Phrase>
    bool matches(std::size_t i, const Phrase& phrase) const {
        if (i + phrase.words.size() > tokens.size())
            return false;
        for (std::size_t k = 0; k < phrase.words.size(); ++k)
            if (tokens[i + k].lower != phrase.words[k] || (k > 0 && phrase.words[k - 1] == "-" && !glued(i + k)))
                return false;
        return true;
    }
};

// A hyphen, en dash or minus between two numbers or number words (the
// em dash separates clauses instead).
bool isDash(const Token& mark) {
    return mark.kind == PieceKind::Punct &&
           (mark.first == U'-' || mark.first == 0x2013 || mark.first == 0x2212 || mark.first == 0x2010);
}

std::optional<NumberExpr> parseSpelled(const Context& c, std::size_t i) {
    NumberExpr expr;
    expr.begin = i;
    expr.digitsAt = i;
    expr.spelled = true;
    std::size_t j = i;
    double total = 0;
    double current = 0;
    std::optional<NumberWordKind> last;
    int words = 0;
    // "a hundred", "a million", "a dozen"
    if ((c.isWord(j, "a") || c.isWord(j, "an")) && c.numberWord(j + 1)) {
        const auto kind = c.numberWord(j + 1)->kind;
        if (kind != NumberWordKind::Hundred && kind != NumberWordKind::Scale && kind != NumberWordKind::Dozen)
            return std::nullopt;
        current = 1;
        ++j;
    }
    // "half a million"
    if (c.isWord(j, "half") && (c.isWord(j + 1, "a") || c.isWord(j + 1, "an")) && c.numberWord(j + 2) &&
        c.numberWord(j + 2)->kind == NumberWordKind::Scale) {
        expr.value = 0.5 * c.numberWord(j + 2)->value;
        expr.scale = c.numberWord(j + 2)->value;
        expr.end = j + 3;
        expr.compound = true;
        return expr;
    }
    while (j < c.tokens.size()) {
        const Token& t = c.tokens[j];
        if (t.kind == PieceKind::Punct && isDash(t) && !t.spaceBefore && last == NumberWordKind::Ten &&
            c.glued(j + 1) && c.numberWord(j + 1) && c.numberWord(j + 1)->kind == NumberWordKind::Unit) {
            ++j;
            continue;
        }
        // "six-million"
        if (t.kind == PieceKind::Punct && isDash(t) && !t.spaceBefore && last && c.glued(j + 1) &&
            c.numberWord(j + 1) &&
            (c.numberWord(j + 1)->kind == NumberWordKind::Scale || c.numberWord(j + 1)->kind == NumberWordKind::Hundred)) {
            ++j;
            continue;
        }
        if (c.isWord(j, "and") && (last == NumberWordKind::Hundred || last == NumberWordKind::Scale) &&
            c.numberWord(j + 1) &&
            (c.numberWord(j + 1)->kind == NumberWordKind::Unit || c.numberWord(j + 1)->kind == NumberWordKind::Ten)) {
            ++j;
            continue;
        }
        const quantity::NumberWord* word = c.numberWord(j);
        if (!word)
            break;
        bool taken = true;
        switch (word->kind) {
        case NumberWordKind::Unit:
            if (last == NumberWordKind::Unit || (last == NumberWordKind::Ten && word->value >= 10) ||
                last == NumberWordKind::Dozen)
                taken = false;
            else
                current += word->value;
            break;
        case NumberWordKind::Ten:
            if (last == NumberWordKind::Unit || last == NumberWordKind::Ten || last == NumberWordKind::Dozen)
                taken = false;
            else
                current += word->value;
            break;
        case NumberWordKind::Hundred:
            if (last == NumberWordKind::Hundred)
                taken = false;
            else
                current = (current == 0 ? 1 : current) * word->value;
            break;
        case NumberWordKind::Scale:
            if (expr.scale > 1 && word->value >= expr.scale && current == 0)
                taken = false;
            else {
                total += (current == 0 ? 1 : current) * word->value;
                current = 0;
                expr.scale = word->value;
            }
            break;
        case NumberWordKind::Dozen:
            current = (current == 0 ? 1 : current) * word->value;
            break;
        default:
            taken = false;
        }
        if (!taken)
            break;
        last = word->kind;
        ++words;
        ++j;
    }
    if (words == 0)
        return std::nullopt;
    expr.value = total + current;
    expr.end = j;
    expr.compound = j - i > 1;
    return expr;
}

std::optional<NumberExpr> parseNumber(const Context& c, std::size_t i) {
    const Token* t = c.at(i);
    if (!t)
        return std::nullopt;
    NumberExpr expr;
    expr.begin = i;
    bool currency = false;
    if (t->kind == PieceKind::Punct) {
        const quantity::UnitWord* unit = c.lex.unit(t->lower);
        if (!unit || unit->unitClass != UnitClass::Currency || !c.at(i + 1) || c.at(i + 1)->kind != PieceKind::Number)
            return std::nullopt;
        currency = true;
        t = c.at(++i);
    }
    if (t->kind == PieceKind::Letters)
        return parseSpelled(c, i);
    if (t->kind != PieceKind::Number)
        return std::nullopt;
    expr.digitsAt = i;
    expr.value = t->value;
    expr.yearShaped = !t->grouped && !t->decimal && t->integerDigits == 4 && t->value >= 1800 && t->value <= 2100;
    std::size_t j = i + 1;
    if (const quantity::NumberWord* word = c.numberWord(j)) {
        switch (word->kind) {
        case NumberWordKind::Scale:
        case NumberWordKind::Dozen:
            expr.scale = word->value;
            ++j;
            break;
        case NumberWordKind::Hundred:
            if (!t->decimal) {
                expr.scale = word->value;
                ++j;
                // "5 hundred thousand"
                if (c.numberWord(j) && c.numberWord(j)->kind == NumberWordKind::Scale) {
                    expr.scale *= c.numberWord(j)->value;
                    ++j;
                }
            }
            break;
        case NumberWordKind::Abbrev:
            // "12k" only glued; "5 bn" either way.
            if (c.glued(j) || c.tokens[j].lower.size() > 1) {
                expr.scale = word->value;
                ++j;
            }
            break;
        case NumberWordKind::MoneyAbbrev:
            // "$5m", and "2m people" (but "5m tall", "2m deep" are metres).
            if (c.glued(j) && (currency || [&] {
                    const UnitFinding counted = quantity::findUnit(c.text, c.tokens, j + 1);
                    return counted.found && counted.unitClass == UnitClass::Count && counted.headBegin == j + 1;
                }())) {
                expr.scale = word->value;
                ++j;
            }
            break;
        default:
            break;
        }
    }
    expr.value *= expr.scale;
    if (expr.scale > 1)
        expr.yearShaped = false;
    expr.end = j;
    return expr;
}

bool capitalizedMonth(const Context& c, std::size_t i) {
    const Token* t = c.at(i);
    return t && t->kind == PieceKind::Letters && t->capitalised && c.lex.has(t->lower, ContextRole::Month);
}

// No count a report states runs past a quintillion: the world's GDP in
// dollars has 15 digits. A longer number, even grouped by thousands
// ("1,234,567,..."), is a string of digits, and past 308 digits its value
// no longer fits the double it is held in.
constexpr int kMostDigitsOfAFigure = 18;

// Whether the digits of `expr` name something other than an amount: a
// model ("F-16"), a date ("Feb. 3", "31 January"), a time ("10:30",
// "10 a.m."), a label ("No. 5"), an ordinal ("3rd").
bool isNotAnAmount(const Context& c, const NumberExpr& expr, bool secondOfRange = false) {
    const std::size_t d = expr.digitsAt;
    const Token& t = c.tokens[d];
    if (t.kind != PieceKind::Number)
        return false;
    if ((t.integerDigits > 12 && !t.grouped) || (t.integerDigits > 1 && c.text[t.byteStart] == '0'))
        return true;                                           // an identifier, a clock time ("0300")
    if (t.integerDigits > kMostDigitsOfAFigure)
        return true;                                           // a digit string, however grouped
    const bool plain = !t.grouped && !t.decimal && expr.scale == 1;
    if (d > 0 && !t.spaceBefore) {
        const Token& prev = c.tokens[d - 1];
        if (prev.kind == PieceKind::Letters)
            return true;                                       // "G7", "F16"
        if ((prev.lower == "'" || prev.lower == "\xE2\x80\x99") && t.integerDigits == 2)
            return true;                                       // "'08": a year
        if (prev.lower == "_" || prev.lower == "@" || prev.lower == "=" ||
            (prev.lower == "\"" && d > 1 && c.isPunct(d - 2, "=")))
            return true;                                       // handles, markup attributes
        const bool chained = (isDash(prev) && !secondOfRange) || prev.lower == "/" || prev.lower == "." ||
                             prev.lower == ":";
        if (chained && d > 1 && !prev.spaceBefore &&
            (c.tokens[d - 2].kind == PieceKind::Letters || c.tokens[d - 2].kind == PieceKind::Number))
            return true;                                       // "Su-34", "2025-01-31", "24/7"
        if (prev.lower == "#")
            return true;
    }
    // "Scott, 43, a father": an age in apposition to a name.
    if (plain && t.value <= 120 && d > 1 && c.isPunct(d - 1, ",") && c.tokens[d - 2].kind == PieceKind::Letters &&
        c.tokens[d - 2].capitalised && !c.lex.has(c.tokens[d - 2].lower, ContextRole::Stop)) {
        const Token* next = c.at(expr.end);
        if (!next || (next->kind == PieceKind::Punct && next->lower != "%" && !c.lex.unit(next->lower)) ||
            (next->kind == PieceKind::Letters && next->lower == "and"))
            return true;
    }
    // "the 90's", "1990's": a decade.
    if (c.glued(d + 1) && c.at(d + 1) && (c.at(d + 1)->lower == "'" || c.at(d + 1)->lower == "\xE2\x80\x99") &&
        c.glued(d + 2) && c.isWord(d + 2, "s"))
        return true;
    // Labels and dates before: "No. 5", "Article 5", "Feb. 3", "January 31".
    std::size_t p = d;
    if (p > 1 && c.isPunct(p - 1, ".") && !c.tokens[p - 1].spaceBefore)
        --p;
    if (p > 0 && c.tokens[p - 1].kind == PieceKind::Letters) {
        const Token& prev = c.tokens[p - 1];
        if (capitalizedMonth(c, p - 1))
            return true;
        if (c.lex.has(prev.lower, ContextRole::Label)) {
            // "no" and "p" are labels only as "No." / "p." or "No 5" in a title.
            const bool shortLabel = prev.lower.size() <= 2 || prev.lower == "nos" || prev.lower == "art" ||
                                    prev.lower == "vol";
            if (!shortLabel || p != d || prev.capitalised)
                return true;
        }
    }
    // After the digits (before any scale word): month, clock, ordinal, fraction.
    const std::size_t n = d + 1;
    if (capitalizedMonth(c, n))
        return true;
    if (const Token* next = c.at(n)) {
        if (next->kind == PieceKind::Punct && (next->lower == ":" || next->lower == "/") && c.glued(n) && c.glued(n + 1) &&
            c.at(n + 1) && c.at(n + 1)->kind == PieceKind::Number)
            return true;                                       // "10:30", "1/2"
        if (next->kind == PieceKind::Letters) {
            if (c.lex.has(next->lower, ContextRole::Clock))
                return true;
            if ((next->lower == "a" || next->lower == "p") && c.isPunct(n + 1, ".") && c.isWord(n + 2, "m"))
                return true;                                   // "10 a.m."
            if (!next->spaceBefore) {
                // Letters glued to digits must be a scale or a unit ("12k",
                // "2.5km"); anything else is an ordinal, decade or code.
                const quantity::NumberWord* word = c.lex.number(next->lower);
                const bool scale = word && (word->kind == NumberWordKind::Abbrev ||
                                            word->kind == NumberWordKind::MoneyAbbrev ||
                                            word->kind == NumberWordKind::Scale);
                if (!scale && !c.lex.unit(next->lower))
                    return true;
            }
        }
    }
    return false;
}

struct HedgeMatch {
    std::size_t length = 0;
    HedgeKind kind = HedgeKind::Approximate;
};

template <typename Phrase>
const std::vector<Phrase>* phrasesAt(const Context& c, std::size_t i,
                                     const text::WordMap<std::vector<Phrase>>& index) {
    if (i >= c.tokens.size())
        return nullptr;
    const auto it = index.find(c.tokens[i].lower);
    return it == index.end() ? nullptr : &it->second;
}

std::optional<HedgeMatch> hedgeAt(const Context& c, std::size_t i,
                                  const text::WordMap<std::vector<quantity::Hedge>>& index) {
    if (const auto* hedges = phrasesAt(c, i, index))
        for (const auto& hedge : *hedges)
            if (c.matches(i, hedge))
                return HedgeMatch{hedge.words.size(), hedge.kind};
    return std::nullopt;
}

// A single-word vague plural at i ("thousands"), or null.
const quantity::Vague* pluralAt(const Context& c, std::size_t i) {
    if (const auto* phrases = phrasesAt(c, i, c.lex.vague))
        for (const auto& v : *phrases)
            if (v.kind == VagueKind::Plural && v.words.size() == 1)
                return &v;
    return nullptr;
}

struct Found {
    Quantity quantity;
    std::size_t beginByte = 0;
    std::size_t endByte = 0;
    bool unitFromText = false;
    std::size_t firstToken = 0;
    // What stands before the figure decides whether it may share a unit:
    // "of whom more than 4,000" refers back; "a population under 500" has
    // its own noun, unwritten as a unit.
    enum class Before { Link, Function, Noun } before = Before::Function;
};

// A figure being read at one token: its hedges, its number or range, what
// it counts.
struct Candidate {
    std::size_t start = 0;      // where it starts: a hedge, "between", the number
    std::size_t j = 0;          // past the hedges (and "between" / "from")
    std::size_t spanStart = 0;  // where its text starts
    std::optional<HedgeKind> bound;
    bool approximate = false;
    bool hedged = false;
    bool between = false;       // "between 5 and 10"
    bool change = false;        // "rose from 5 to 10": no range
    NumberExpr first;           // the number as read
    NumberExpr low;             // the number, or the range's first
    std::optional<NumberExpr> high;
    bool orRange = false;       // "five or six"
    std::size_t end = 0;        // past the figure and its postfix hedge
    std::size_t last = 0;       // the figure's last token
    UnitFinding unit;
};

class Finder {
public:
    Finder(std::string_view text, Tokens tokens) : m_c{text, tokens, quantity::quantityLexicon()} {}

    std::vector<Found> run();

private:
    // Tries a figure starting at token i; returns the token to go on from.
    // Its steps, in order, follow.
    std::size_t tryAt(std::size_t i);
    void readHedgesBefore(Candidate& f) const;
    std::optional<std::size_t> tryVague(std::size_t start, std::size_t j);
    std::optional<std::size_t> tryFormation(const Candidate& f);
    void readRangeOpening(Candidate& f) const;
    std::optional<std::size_t> readRange(Candidate& f) const;
    void readHedgeAfter(Candidate& f) const;
    bool readUnit(Candidate& f) const;
    bool notAFigure(const Candidate& f) const;
    void emitFigure(const Candidate& f);
    void emit(std::size_t firstToken, std::size_t lastToken, Quantity q, const UnitFinding& unit);

    Context m_c;
    std::vector<Found> m_found;
};

void Finder::emit(std::size_t firstToken, std::size_t lastToken, Quantity q, const UnitFinding& unit) {
    Found f;
    f.beginByte = m_c.tokens[firstToken].byteStart;
    f.endByte = m_c.tokens[lastToken].byteEnd;
    q.text.text = std::string(m_c.text.substr(f.beginByte, f.endByte - f.beginByte));
    q.text.span = Span{m_c.tokens[firstToken].start, m_c.tokens[lastToken].end};
    q.unit = unit.found ? unit.unit : std::string();
    f.unitFromText = unit.found;
    f.firstToken = firstToken;
    if (firstToken > 0) {
        // "Clinton's 696.57": the possessor, not its "'s", stands before the figure.
        std::size_t before = firstToken - 1;
        if (before > 0 && m_c.tokens[before].lower == "'s" && !m_c.tokens[before].spaceBefore)
            --before;
        const Token& prev = m_c.tokens[before];
        if (prev.kind == PieceKind::Letters) {
            if (prev.lower == "whom" || prev.lower == "which" || prev.lower == "them")
                f.before = Found::Before::Link;
            else if (!m_c.lex.has(prev.lower, ContextRole::Stop) && !prev.capitalised)
                f.before = Found::Before::Noun;
        }
    }
    f.quantity = std::move(q);
    m_found.push_back(std::move(f));
}

std::optional<std::size_t> Finder::tryVague(std::size_t start, std::size_t j) {
    const auto& c = m_c;
    const auto* candidates = phrasesAt(c, j, c.lex.vague);
    if (!candidates)
        return std::nullopt;
    for (const auto& vague : *candidates) {
        if (!c.matches(j, vague))
            continue;
        std::size_t end = j + vague.words.size();
        double low = 0;
        bool needsHead = false;
        if (vague.kind == VagueKind::Multiplier) {
            low = vague.base;
            const quantity::NumberWord* word = c.numberWord(end);
            bool scaled = false;
            while (word && (word->kind == NumberWordKind::Hundred || word->kind == NumberWordKind::Scale ||
                            word->kind == NumberWordKind::Dozen)) {
                low *= word->value;           // "several hundred", "a few thousand"
                scaled = true;
                word = c.numberWord(++end);
            }
            if (!scaled) {
                // "several dozens", "a few thousands"
                if (const quantity::Vague* plural = pluralAt(c, end)) {
                    low *= plural->base;
                    scaled = true;
                    ++end;
                }
            }
            needsHead = !scaled;
        } else {
            if (vague.kind == VagueKind::PluralOf && !c.isWord(end, "of"))
                continue;
            low = 2 * vague.base;
            // "tens of thousands", "hundreds of thousands"
            if (c.isWord(end, "of"))
                if (const quantity::Vague* plural = pluralAt(c, end + 1)) {
                    low *= plural->base;
                    end += 2;
                }
        }
        const UnitFinding unit = quantity::findUnit(c.text, c.tokens, end);
        if (unit.found && unit.unitClass == UnitClass::Time)
            return end;                       // "a few days", "hundreds of years": durations
        if (needsHead && !unit.found)
            return std::nullopt;              // "several" alone is not a figure
        Quantity q;
        q.low = low;
        q.approximate = true;
        emit(start, end - 1, std::move(q), unit);
        return end;
    }
    return std::nullopt;
}

std::size_t Finder::tryAt(std::size_t i) {
    const auto& c = m_c;
    if (c.tokens[i].kind == PieceKind::Letters && !c.lex.starters.count(c.tokens[i].lower))
        return i + 1;
    Candidate f;
    f.start = f.j = i;
    readHedgesBefore(f);
    if (const auto next = tryVague(f.start, f.j))
        return *next;
    if (const auto next = tryFormation(f))
        return *next;
    readRangeOpening(f);
    const auto first = parseNumber(c, f.j);
    if (!first)
        return f.start + 1;
    if (isNotAnAmount(c, *first))
        return first->end;
    f.first = f.low = *first;
    f.end = first->end;
    if (const auto tally = readRange(f))
        return *tally;
    readHedgeAfter(f);
    if (!readUnit(f) || notAFigure(f))
        return f.end;
    emitFigure(f);
    return f.end;
}

// "more than", "about", "up to": at most two hedges before the number.
void Finder::readHedgesBefore(Candidate& f) const {
    for (int k = 0; k < 2; ++k) {
        const auto hedge = hedgeAt(m_c, f.j, m_c.lex.hedgesBefore);
        if (!hedge)
            break;
        // "control over some 40 kilometres": a preposition, not "more than".
        if (m_c.isWord(f.j, "over") && f.j > 0 && m_c.tokens[f.j - 1].kind == PieceKind::Letters &&
            m_c.lex.has(m_c.tokens[f.j - 1].lower, ContextRole::Governs)) {
            ++f.j;
            f.start = f.j;
            continue;
        }
        f.hedged = true;
        if (hedge->kind == HedgeKind::Approximate)
            f.approximate = true;
        else if (!f.bound)
            f.bound = hedge->kind;
        f.j += hedge->length;
    }
}

// "up to a battalion of ... soldiers": a formation of unstated size.
std::optional<std::size_t> Finder::tryFormation(const Candidate& f) {
    const auto& c = m_c;
    const std::size_t j = f.j;
    if (!f.hedged || !(c.isWord(j, "a") || c.isWord(j, "an") || c.isWord(j, "one")) || !c.at(j + 1) ||
        c.at(j + 1)->kind != PieceKind::Letters)
        return std::nullopt;
    const quantity::UnitWord* unit = c.lex.unit(c.tokens[j + 1].lower);
    if (!unit || unit->unitClass != UnitClass::Collective)
        return std::nullopt;
    UnitFinding counted = quantity::findUnit(c.text, c.tokens, j + 2);
    if (!counted.found || counted.unitClass == UnitClass::Time)
        counted = UnitFinding{true, std::string(c.tokens[j + 1].lower), UnitClass::Collective, j + 1, j + 2};
    Quantity q;
    q.approximate = true;
    emit(f.start, j + 1, std::move(q), counted);
    return j + 2;
}

// "between 5 and 10", "from 5 to 10"; but "rose from 5 to 10" is two
// figures, not a range.
void Finder::readRangeOpening(Candidate& f) const {
    const auto& c = m_c;
    if (c.isWord(f.j, "between") || c.isWord(f.j, "from")) {
        f.between = c.isWord(f.j, "between");
        if (parseNumber(c, f.j + 1))
            ++f.j;
    }
    if (f.j >= 2 && c.isWord(f.j - 1, "from") && c.tokens[f.j - 2].kind == PieceKind::Letters &&
        c.lex.has(c.tokens[f.j - 2].lower, ContextRole::Change))
        f.change = true;
    f.spanStart = f.change ? f.j : f.start;
}

// A second number after a dash, "to", "or" (or "and" after "between"): a
// range ("20,000 to 25,000", "30-35 thousand"), or a score or tally
// ("80-19", "split 4 to 1"), whose end is returned to skip it.
std::optional<std::size_t> Finder::readRange(Candidate& f) const {
    const auto& c = m_c;
    const Token* connector = f.change ? nullptr : c.at(f.end);
    if (!connector)
        return std::nullopt;
    const bool dash = connector->kind == PieceKind::Punct && isDash(*connector);
    const bool word = connector->kind == PieceKind::Letters &&
                      (connector->lower == "to" || connector->lower == "or" || (f.between && connector->lower == "and"));
    if (!dash && !word)
        return std::nullopt;
    const auto second = parseNumber(c, f.end + 1);
    if (!second || (dash && second->spelled != f.first.spelled))
        return std::nullopt;
    NumberExpr a = f.first;
    // "30-35 thousand": the scale of the second covers the first.
    if (second->scale > 1 && a.scale == 1 && !a.spelled && a.value * second->scale <= second->value)
        a.value *= second->scale;
    if (second->spelled && a.spelled && second->scale > 1 && a.scale == 1 && a.value * second->scale <= second->value)
        a.value *= second->scale;
    const bool years = a.yearShaped || second->yearShaped;
    if (second->value > a.value && !years && !isNotAnAmount(c, *second, true)) {
        f.low = a;
        f.high = *second;
        f.end = second->end;
        f.orRange = connector->lower == "or";
    } else if (!years && second->value <= a.value && !a.spelled && a.scale == 1 && second->scale == 1 &&
               connector->lower != "or" && (!dash || (!connector->spaceBefore && c.glued(f.end + 1)))) {
        return second->end;
    }
    return std::nullopt;
}

// Postfix hedges: "4,000-plus", "40-odd", "300 or more".
void Finder::readHedgeAfter(Candidate& f) const {
    f.last = f.end - 1;
    const auto hedge = hedgeAt(m_c, f.end, m_c.lex.hedgesAfter);
    if (!hedge)
        return;
    if (hedge->kind == HedgeKind::Approximate)
        f.approximate = true;
    else if (!f.bound)
        f.bound = hedge->kind;
    f.end += hedge->length;
    f.last = f.end - 1;
}

// What the figure counts; false for a duration (the timex finder's).
bool Finder::readUnit(Candidate& f) const {
    const auto& c = m_c;
    const std::size_t afterUnit = quantity::measureAt(c.tokens, f.end, f.unit, c.text);
    if (afterUnit == f.end)
        f.unit = quantity::findUnit(c.text, c.tokens, f.end);
    if (f.unit.found && f.unit.unitClass == UnitClass::Time)
        return false;
    if (const Token* cur = c.at(f.first.begin); cur && cur->kind == PieceKind::Punct) {
        const quantity::UnitWord* money = c.lex.unit(cur->lower);
        if (money && !f.unit.found)
            f.unit = UnitFinding{true, money->group, UnitClass::Currency, f.first.begin, f.first.begin + 1};
    }
    return true;
}

// A number that names rather than counts: "Round 2", "a 100-page report",
// "One was wiped out", a year.
bool Finder::notAFigure(const Candidate& f) const {
    const auto& c = m_c;
    const NumberExpr& low = f.low;
    const bool directHead = f.unit.found;
    // "Round 2", "School 285", "Boeing 737": a name ending in a number,
    // unless the number counts something ("Fortune 500 companies").
    if (!directHead && !f.hedged && !f.high && !low.spelled && low.scale == 1 && f.first.digitsAt > 0 &&
        f.first.digitsAt == f.first.begin) {
        const Token& digits = c.tokens[f.first.digitsAt];
        const Token& prev = c.tokens[f.first.digitsAt - 1];
        if (!digits.grouped && !digits.decimal && prev.kind == PieceKind::Letters && prev.capitalised &&
            !c.lex.has(prev.lower, ContextRole::Stop))
            return true;
    }
    // "a 100-page report", "a 28-nation bloc": the number is part of an adjective.
    if (!directHead && c.at(f.end) && c.at(f.end)->kind == PieceKind::Punct && isDash(*c.at(f.end)) && c.glued(f.end) &&
        c.glued(f.end + 1) && c.at(f.end + 1) && c.at(f.end + 1)->kind == PieceKind::Letters &&
        c.at(f.end + 1)->lower != "strong")
        return true;
    if (low.spelled && !f.high) {
        // "One was wiped out", "the other two have": a number word is a
        // figure only when it counts something or carries a large scale.
        if (!low.compound && low.value == 1)
            return true;
        if (!directHead && low.scale < 1000)
            return true;
        // "one of the steps", "two of them"; but "nine of its sailors" counts sailors.
        if (c.isWord(low.end, "of") && !(directHead && c.at(low.end + 1) && c.at(low.end + 1)->kind == PieceKind::Letters &&
                                         c.lex.has(c.at(low.end + 1)->lower, ContextRole::Partitive)))
            return true;
    }
    if (low.yearShaped && !f.high) {
        const bool afterPreposition = !f.hedged && f.first.begin > 0 &&
                                      c.tokens[f.first.begin - 1].kind == PieceKind::Letters &&
                                      c.lex.has(c.tokens[f.first.begin - 1].lower, ContextRole::Stop);
        // A bare four-digit number is a year unless it is hedged or counts
        // a known kind of thing ("1500 soldiers", not "Trump's 1995 filings").
        const bool knownThing = directHead && f.unit.unitClass == UnitClass::Count &&
                                (f.hedged || c.lex.unit(c.tokens[f.unit.headBegin].lower));
        if (!knownThing || afterPreposition)
            return true;  // a year
    }
    return false;
}

void Finder::emitFigure(const Candidate& f) {
    Quantity q;
    q.approximate = f.approximate || f.orRange;
    if (f.high) {
        q.low = f.low.value;
        q.high = f.high->value;
    } else {
        q.value = f.low.value;
        if (f.bound == HedgeKind::Lower)
            q.low = f.low.value;
        else if (f.bound == HedgeKind::Upper)
            q.high = f.low.value;
    }
    // "from two groups": without a range, "from" / "between" is not part of the figure.
    std::size_t spanStart = f.spanStart;
    if (!f.high && !f.hedged && (m_c.isWord(spanStart, "from") || m_c.isWord(spanStart, "between")))
        spanStart = f.first.begin;
    emit(spanStart, f.last, std::move(q), f.unit);
}

std::vector<Found> Finder::run() {
    std::size_t i = 0;
    while (i < m_c.tokens.size()) {
        const std::size_t next = tryAt(i);
        i = next > i ? next : i + 1;
    }
    return std::move(m_found);
}

// How far (bytes) a figure without a unit looks for one to share: far
// enough for "12,000 troops to Kursk Oblast, of whom more than 4,000", not
// so far that "three stops, including a hamlet with a population under
// 500" counts stops.
constexpr std::size_t kInheritBack = 60;
constexpr std::size_t kInheritForward = 25;

// Whether a sentence ends between two byte offsets: ". ", "! ", "? ".
bool sentenceBetween(std::string_view text, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i + 1 < to; ++i)
        if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && (text[i + 1] == ' ' || text[i + 1] == '\n'))
            return true;
    return false;
}

}  // namespace

std::vector<Quantity> findQuantities(const text::TokenStream& stream, Span region) {
    if (region.empty())
        return {};
    const std::size_t first = stream.firstPieceAtOrAfter(region.start);
    const std::size_t last = std::max(first, stream.pieceEndAtOrBefore(region.end));
    const Tokens tokens = Tokens(stream.pieces()).subspan(first, last - first);
    const std::string_view text = stream.document();
    std::vector<Found> found = Finder(text, tokens).run();

    // "12,000 troops ..., of whom more than 4,000": a figure without its
    // own unit counts what the figure before it in the sentence counts.
    // Failing that, "from 5 to 10 dollars": the figure after it.
    for (std::size_t k = 0; k < found.size(); ++k) {
        if (!found[k].quantity.unit.empty() || found[k].before == Found::Before::Noun)
            continue;
        const bool linked = found[k].before == Found::Before::Link;
        for (std::size_t p = k; p-- > 0;) {
            if ((!linked && found[k].beginByte - found[p].endByte > kInheritBack) ||
                sentenceBetween(text, found[p].endByte, found[k].beginByte))
                break;
            if (found[p].unitFromText) {
                found[k].quantity.unit = found[p].quantity.unit;
                break;
            }
        }
        for (std::size_t n = k + 1; n < found.size() && found[k].quantity.unit.empty(); ++n) {
            if (found[n].beginByte - found[k].endByte > kInheritForward ||
                sentenceBetween(text, found[k].endByte, found[n].beginByte))
                break;
            if (found[n].unitFromText)
                found[k].quantity.unit = found[n].quantity.unit;
        }
    }
    // Last, the counted noun just before: "casualties stand at about 40,000".
    for (auto& f : found)
        if (f.quantity.unit.empty())
            f.quantity.unit = quantity::findUnitBefore(text, tokens, f.firstToken).unit;
    std::vector<Quantity> quantities;
    quantities.reserve(found.size());
    for (auto& f : found)
        quantities.push_back(std::move(f.quantity));
    return quantities;
}

std::vector<Quantity> findQuantities(std::string_view text, const text::OffsetMap& map, Span region) {
    const std::int64_t start = std::clamp<std::int64_t>(region.start, 0, map.codePointCount());
    const std::int64_t end = std::clamp<std::int64_t>(region.end, start, map.codePointCount());
    return findQuantities(text::TokenStream(text, map.toByte(start), map.toByte(end), start), {start, end});
}

}  // namespace claimdesk::extract
