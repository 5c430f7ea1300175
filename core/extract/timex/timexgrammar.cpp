#include "core/extract/timex/timexgrammar.h"

#include "core/extract/timex/timexresolve.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>

namespace claimdesk::extract::timex {
namespace {

constexpr int kMostDigitsOfACount = 9;  // a count of time units up to 999,999,999

// What one rule recognised, before modifiers are put in front of it.
struct Core {
    Core() = default;
    Core(std::size_t end, std::string type, std::string value, std::string mod = {}, bool ago = false)
        : end(end), type(std::move(type)), value(std::move(value)), mod(std::move(mod)), ago(ago) {}

    std::size_t end = 0;
    std::string type;
    std::string value;
    std::string mod;
    bool ago = false;  // "six months ago": a date a modifier may qualify like a duration
    bool yearBack = false;  // "a year earlier": the period under discussion, a year before
    int quarterOfYear = 0;  // "the 1988 period": the quarter under discussion, in that year
    std::optional<CalendarDate> spokenOn;
};

class Rules {
public:
    Rules(const TimexGrammar& grammar, const std::vector<Token>& tokens, const TimexLexicons& lex,
          const Anchor& anchor)
        : grammar(grammar), t(tokens), lex(lex), anchor(anchor) {}

    std::optional<Core> best(std::size_t i) const {
        std::optional<Core> result;
        auto consider = [&](std::optional<Core> candidate) {
            if (candidate && (!result || candidate->end > result->end))
                result = std::move(candidate);
        };
        consider(date(i));
        consider(numericDate(i));
        consider(time(i));
        consider(relativeDay(i));
        consider(weekdayRule(i));
        consider(partOfDay(i));
        consider(period(i));
        consider(season(i));
        consider(quarter(i));
        consider(year(i));
        consider(duration(i));
        consider(recurrence(i));
        consider(reference(i));
        consider(holiday(i));
        return result;
    }

    // "the year", "the month": only after a modifier ("the end of the year").
    std::optional<Core> bareCurrentPeriod(std::size_t i) const {
        std::size_t j = i;
        if (is(j, "the") || is(j, "this"))
            ++j;
        else
            return std::nullopt;
        if (!anchor)
            return std::nullopt;
        if (is(j, "year"))
            return Core{j + 1, "DATE", yearValue(anchor->year)};
        if (is(j, "month"))
            return Core{j + 1, "DATE", monthValue(anchor->year, anchor->month)};
        if (is(j, "week"))
            return Core{j + 1, "DATE", weekValue(*anchor)};
        return std::nullopt;
    }

    // "summer" after "early", "late": the season under way or this year's.
    std::optional<Core> bareSeason(std::size_t i) const {
        if (!isWord(i))
            return std::nullopt;
        if (const std::string* code = entry(i, lex.seasons, GrammarWords::InSeasons))
            return Core{i + 1, "DATE", resolveSeason(anchor, *code, 0)};
        return std::nullopt;
    }

    bool is(std::size_t i, std::string_view word) const { return i < t.size() && t[i].lower == word; }
    bool attached(std::size_t i) const { return i < t.size() && !t[i].spaceBefore; }

private:
    const TimexGrammar& grammar;
    const std::vector<Token>& t;
    const TimexLexicons& lex;
    const Anchor& anchor;

    bool isWord(std::size_t i) const { return i < t.size() && t[i].kind == text::PieceKind::Letters; }
    bool isNumber(std::size_t i) const { return i < t.size() && t[i].kind == text::PieceKind::Number; }
    // Whether token i is in one of the grammar's word lists
    // (data/lexicons/timex-grammar-words.txt).
    bool isAny(std::size_t i, GrammarWords list) const {
        return i < t.size() && (grammar.grammarWordsOf(i) >> static_cast<unsigned>(list) & 1u) != 0;
    }
    // Token k's entry in one of the lexicons, or null. The token's cached
    // bits (grammarWordsOf) rule out most words without hashing them again.
    template <class Map>
    const typename Map::mapped_type* entry(std::size_t k, const Map& map, GrammarWords member) const {
        return isAny(k, member) ? TimexLexicons::find(map, t[k].lower) : nullptr;
    }
    // A multi-word entry starting at token k, when its word starts one.
    const Phrase* phraseAt(std::size_t k, const PhraseTable& table, GrammarWords starts, std::size_t& end) const {
        return isAny(k, starts) ? table.longestAt(t, k, end) : nullptr;
    }
    // Token i's value as an int; callers check its digits, and a longer
    // number stops at a billion rather than overflow the conversion.
    int number(std::size_t i) const { return static_cast<int>(std::min(t[i].value, 1e9)); }

    // Whether the sentence before token i talks about the future ("will
    // meet on Monday"): news dates otherwise lean to the past.
    bool futureHint(std::size_t i) const {
        for (std::size_t k = i, steps = 0; k > 0 && steps < 10; --k, ++steps) {
            const Token& token = t[k - 1];
            if (token.kind == text::PieceKind::Punct && (token.lower == "." || token.lower == "!" || token.lower == "?" ||
                                                   token.lower == ";"))
                break;
            if (isAny(k - 1, GrammarWords::FutureCue) ||
                (isWord(k - 1) && t[k - 1].lower.ends_with("'ll")))  // "we'll"
                return true;
            if (is(k - 1, "until") && !(k > 1 && is(k - 2, "up")))  // a deadline; "up until" looks back
                return true;
            if (t[k - 1].blankLineBefore)
                break;
        }
        return false;
    }

    // ---- pieces -------------------------------------------------------

    // A month name; abbreviations need their period or a number after
    // them, and the words that are also verbs ("may", "march") a context.
    std::optional<int> monthAt(std::size_t i, std::size_t& end) const {
        if (!isWord(i) || !t[i].capitalised)
            return std::nullopt;
        const int* month = entry(i, lex.months, GrammarWords::InMonths);
        if (!month)
            return std::nullopt;
        std::string_view w = t[i].lower;
        end = i + 1;
        const bool full = w.size() > 4 || w == "may" || w == "june" || w == "july";
        if (!full) {
            if (is(i + 1, ".") && attached(i + 1))
                end = i + 2;
            else if (!isNumber(i + 1))
                return std::nullopt;
        }
        if (w == "may" || w == "march") {
            const bool numberAfter = isNumber(end);
            // "10 May", "the 5th of May", "in May", "since March"
            const bool dayBefore = i > 0 && (isNumber(i - 1) || (i > 1 && is(i - 1, "of") && isNumber(i - 2)));
            const bool contextBefore =
                dayBefore || (i > 0 && isAny(i - 1, GrammarWords::MonthContext));
            if (!numberAfter && !contextBefore)
                return std::nullopt;
            if (!numberAfter && i > 0 && is(i - 1, "-") && !(i > 1 && is(i - 2, "mid")))
                return std::nullopt;
        }
        return *month;
    }

    std::optional<int> dayAt(std::size_t i, std::size_t& end) const {
        if (!isNumber(i) || t[i].lower.size() > 2)
            return std::nullopt;
        const int day = number(i);
        if (day < 1 || day > 31)
            return std::nullopt;
        end = i + 1;
        if (isAny(end, GrammarWords::OrdinalSuffix) && attached(end))
            ++end;
        if (attached(end) && (((is(end, ":") || is(end, ".")) && isNumber(end + 1) && attached(end + 1)) ||
                              is(end, "%") || (is(end, ",") && isNumber(end + 1) && attached(end + 1))))
            return std::nullopt;
        return day;
    }

    std::optional<int> yearAt(std::size_t i, std::size_t& end) const {
        if (!isNumber(i) || t[i].lower.size() != 4)
            return std::nullopt;
        const int year = number(i);
        if (year < 1000 || year > 2199)
            return std::nullopt;
        if (attached(i + 1) && (is(i + 1, "%") || (is(i + 1, ",") && isNumber(i + 2) && attached(i + 2))))
            return std::nullopt;
        end = i + 1;
        return year;
    }

    // A count: "three", "24", "twenty-four", "a", "a couple of", "several"
    // (unknown); sets `end` and `unknown`.
    std::optional<double> countAt(std::size_t i, std::size_t& end, bool& unknown) const {
        unknown = false;
        if (isNumber(i)) {
            // Past a billion, digits count no time an article speaks of,
            // and dates made from them would overflow.
            if (t[i].integerDigits > kMostDigitsOfACount)
                return std::nullopt;
            // Thousands separators and a decimal part are inside the piece.
            double value = t[i].value;
            std::size_t j = i + 1;
            if (isNumber(j) && is(j + 1, "/") && attached(j + 1) && isNumber(j + 2) && attached(j + 2) &&
                t[j + 2].integerDigits <= 3 && number(j + 2) > number(j)) {  // "5 1/2 hours"
                value += static_cast<double>(number(j)) / number(j + 2);
                j += 3;
            }
            end = j;
            return value;
        }
        if (!isWord(i))
            return std::nullopt;
        std::string_view w = t[i].lower;
        if (w == "a" || w == "an") {
            if (is(i + 1, "couple") && is(i + 2, "of")) {
                end = i + 3;
                return 2.0;
            }
            if (is(i + 1, "few") || (is(i + 1, "number") && is(i + 2, "of"))) {
                end = is(i + 1, "few") ? i + 2 : i + 3;
                unknown = true;
                return 0.0;
            }
            if (is(i + 1, "dozen")) {
                end = i + 2;
                return 12.0;
            }
            if (is(i + 1, "half")) {
                end = i + 2;
                return 0.5;
            }
            end = i + 1;
            return 1.0;
        }
        if (w == "several" || w == "few" || w == "many" || w == "some" || w == "numerous") {
            end = i + 1;
            unknown = true;
            return 0.0;
        }
        if (w == "couple" && is(i + 1, "of")) {
            end = i + 2;
            return 2.0;
        }
        if (w == "half") {
            end = i + 1;
            if (is(end, "a") || is(end, "an"))
                ++end;
            return 0.5;
        }
        const int* first = entry(i, lex.numbers, GrammarWords::InNumbers);
        if (!first)
            return std::nullopt;
        double value = *first;
        std::size_t j = i + 1;
        if (*first >= 20 && *first < 100 && *first % 10 == 0) {  // "twenty four", "twenty-four"
            std::size_t k = is(j, "-") && attached(j) ? j + 1 : j;
            if (isWord(k)) {
                const int* unit = entry(k, lex.numbers, GrammarWords::InNumbers);
                if (unit && *unit < 10) {
                    value += *unit;
                    j = k + 1;
                }
            }
        }
        if (is(j, "hundred") && value < 100) {
            value *= 100;
            ++j;
        }
        end = j;
        return value;
    }

    const TimeUnit* unitAt(std::size_t i) const {
        if (!isWord(i))
            return nullptr;
        return entry(i, lex.units, GrammarWords::InUnits);
    }
    bool pluralUnit(std::size_t i) const { return isWord(i) && t[i].lower.back() == 's'; }

    // A clock time: "8:54 AM", "5 p.m.", "noon"; sets `end`, hour and minute.
    bool clockAt(std::size_t i, std::size_t& end, int& hour, int& minute) const {
        if (is(i, "noon") || is(i, "midday")) {
            hour = 12, minute = 0, end = i + 1;
            return true;
        }
        if (is(i, "midnight")) {
            hour = 0, minute = 0, end = i + 1;
            return true;
        }
        if (!isNumber(i) || t[i].lower.size() > 2)
            return false;
        hour = number(i);
        minute = 0;
        std::size_t j = i + 1;
        bool hasMinutes = false;
        if (is(j, ":") && attached(j) && isNumber(j + 1) && attached(j + 1) && t[j + 1].lower.size() == 2) {
            minute = number(j + 1);
            j += 2;
            hasMinutes = true;
            if (is(j, ":") && attached(j) && isNumber(j + 1) && attached(j + 1))
                j += 2;  // seconds: kept out of the value
        }
        int half = 0;  // 1: a.m., 2: p.m.
        if (isAny(j, GrammarWords::ClockHalf)) {
            half = t[j].lower == "am" ? 1 : 2;
            ++j;
        } else if (isAny(j, GrammarWords::ClockHalfInitial) && is(j + 1, ".") && attached(j + 1) && is(j + 2, "m") && attached(j + 2)) {
            half = t[j].lower == "a" ? 1 : 2;
            j += 3;
            if (is(j, ".") && attached(j))
                ++j;
        }
        if (!hasMinutes && half == 0)
            return false;
        if (hour > 24 || minute > 59 || (half != 0 && (hour < 1 || hour > 12)))
            return false;
        if (half == 2 && hour < 12)
            hour += 12;
        if (half == 1 && hour == 12)
            hour = 0;
        if (isAny(j, GrammarWords::TimeZone) && t[j].lower.size() > 1 && t[j].capitalised)
            ++j;
        end = j;
        return true;
    }

    std::string clockValue(const std::string& day, int hour, int minute) const {
        return day + "T" + pad(hour, 2) + ":" + pad(minute, 2);
    }

    // ---- rules --------------------------------------------------------

    // "Feb. 2", "February 3, 2025 8:54 AM", "31 January", "Monday, Jan. 6",
    // "January 2025", "October".
    std::optional<Core> date(std::size_t i) const {
        std::size_t j = i;
        int wd = 0;
        if (isWord(i) && t[i].capitalised) {
            if (const int* d = entry(i, lex.weekdays, GrammarWords::InWeekdays)) {
                wd = *d;
                j = is(i + 1, ",") ? i + 2 : i + 1;
            }
        }
        std::optional<Core> core = dateAfterWeekday(j);
        if (!core && wd != 0)
            return std::nullopt;
        if (core && wd != 0 && core->value.size() != 10)
            return std::nullopt;  // "Monday, January 2025" is not one expression
        return core;
    }

    std::optional<Core> dateAfterWeekday(std::size_t i) const {
        std::size_t k = 0;
        if (const auto month = monthAt(i, k)) {
            std::size_t k2 = 0;
            if (const auto day = dayAt(k, k2)) {
                if (*day > daysInMonth(2000, *month))
                    return std::nullopt;
                std::size_t k3 = 0;
                std::optional<int> year;
                if (is(k2, ",") && isNumber(k2 + 1))
                    year = yearAt(k2 + 1, k3);
                if (!year)
                    year = yearAt(k2, k3);
                if (!year && isAny(k2, GrammarWords::DateYearLink) && isNumber(k2 + 1) && !isNumber(k2 + 2))
                    year = yearAt(k2 + 1, k3);
                if (!year)
                    k3 = k2;
                std::string value = year ? pad(*year, 4) + "-" + pad(*month, 2) + "-" + pad(*day, 2)
                                         : resolveMonthDay(anchor, *month, *day, futureHint(i));
                if (year && *day > daysInMonth(*year, *month))
                    return std::nullopt;
                return withClock(Core{k3, "DATE", value}, k3);
            }
            std::size_t k3 = 0;
            if (auto year = yearAt(k, k3))
                return Core{k3, "DATE", monthValue(*year, *month)};
            if (auto spelled = spelledYear(k))  // "January nineteen ninety-seven"
                return Core{spelled->end, "DATE", spelled->value + "-" + pad(*month, 2)};
            if ((is(k, ",") || is(k, "of")) && yearAt(k + 1, k3) && !isNumber(k3))
                return Core{k3, "DATE", monthValue(*yearAt(k + 1, k3), *month)};
            if (isAny(k, GrammarWords::RelativePeriod) && is(k + 1, "year") && anchor)  // "June last year"
                return Core{k + 2, "DATE",
                            monthValue(anchor->year + (is(k, "last") ? -1 : is(k, "next") ? 1 : 0), *month)};
            if (t[i].lower.size() <= 4 && !isAny(i, GrammarWords::FullShortMonth))
                return std::nullopt;  // "Jan." alone is too often a name's part
            return Core{k, "DATE", resolveMonth(anchor, *month, futureHint(i))};
        }
        // "31 January [2025]", "the 5th of May"
        std::size_t j = is(i, "the") ? i + 1 : i;
        std::size_t k2 = 0;
        if (const auto day = dayAt(j, k2)) {
            std::size_t m = is(k2, "of") ? k2 + 1 : k2;
            std::size_t k3 = 0;
            if (const auto month = monthAt(m, k3)) {
                if (*day > daysInMonth(2000, *month))
                    return std::nullopt;
                std::size_t k4 = 0;
                std::optional<int> year = yearAt(k3, k4);
                if (!year && is(k3, ","))
                    year = yearAt(k3 + 1, k4);
                if (!year)
                    k4 = k3;
                std::string value = year ? pad(*year, 4) + "-" + pad(*month, 2) + "-" + pad(*day, 2)
                                         : resolveMonthDay(anchor, *month, *day, futureHint(i));
                return withClock(Core{k4, "DATE", value}, k4);
            }
        }
        return std::nullopt;
    }

    // A clock time right after a day ("February 3, 2025 8:54 AM").
    Core withClock(Core day, std::size_t k) const {
        std::size_t from = is(k, ",") || is(k, "at") ? k + 1 : k;
        std::size_t end = 0;
        int hour = 0, minute = 0;
        if (day.value.size() == 10 && clockAt(from, end, hour, minute)) {
            day.end = end;
            day.type = "TIME";
            day.value = clockValue(day.value, hour, minute);
        }
        return day;
    }

    // "2025-02-03", "2/3/2025"
    std::optional<Core> numericDate(std::size_t i) const {
        if (!isNumber(i))
            return std::nullopt;
        auto tight = [&](std::size_t a, std::size_t b) {
            for (std::size_t k = a + 1; k <= b; ++k)
                if (!attached(k))
                    return false;
            return b < t.size();
        };
        if (t[i].lower.size() == 4 && is(i + 1, "-") && isNumber(i + 2) && is(i + 3, "-") && isNumber(i + 4) &&
            tight(i, i + 4) && t[i + 2].lower.size() == 2 && t[i + 4].lower.size() == 2) {
            const std::string value = std::string(t[i].lower) + "-" + std::string(t[i + 2].lower) + "-" + std::string(t[i + 4].lower);
            if (parseCalendarDate(value))
                return withClock(Core{i + 5, "DATE", value}, i + 5);
        }
        if (t[i].lower.size() <= 2 && is(i + 1, "/") && isNumber(i + 2) && is(i + 3, "/") && isNumber(i + 4) &&
            tight(i, i + 4) && t[i + 4].lower.size() == 4) {
            const std::string value = std::string(t[i + 4].lower) + "-" + pad(number(i), 2) + "-" + pad(number(i + 2), 2);
            if (parseCalendarDate(value))
                return withClock(Core{i + 5, "DATE", value}, i + 5);
        }
        return std::nullopt;
    }

    // "8:54 AM", "10 p.m. Wednesday", "noon Thursday"
    std::optional<Core> time(std::size_t i) const {
        std::size_t end = 0;
        int hour = 0, minute = 0;
        if (!clockAt(i, end, hour, minute))
            return std::nullopt;
        if (isAny(i, GrammarWords::ClockNoon) && !(i > 0 && isAny(i - 1, GrammarWords::ClockPreposition)))
            return std::nullopt;
        std::size_t from = isAny(end, GrammarWords::ClockDayLink) ? end + 1 : end;
        std::optional<Core> day = relativeDay(from);
        if (!day || day->type != "DATE")
            day = weekdayRule(from);
        if (!day || day->type != "DATE")
            day = date(from);
        if (day && day->type == "DATE" && day->value.size() == 10)
            return Core{day->end, "TIME", clockValue(day->value, hour, minute)};
        return Core{end, "TIME", clockValue(anchor ? dayValue(*anchor) : "XXXX-XX-XX", hour, minute)};
    }

    // "yesterday", "the day before yesterday", "tonight", "yesterday
    // morning", and the editorial insert "Yesterday (31 January)".
    std::optional<Core> relativeDay(std::size_t i) const {
        std::size_t j = i;
        int offset = 0;
        if (is(i, "the") && is(i + 1, "day") && isAny(i + 2, GrammarWords::DayRelation) &&
            isAny(i + 3, GrammarWords::DayNeighbour)) {
            offset = (is(i + 2, "before") ? -1 : 1) + (is(i + 3, "yesterday") ? -1 : 1);
            j = i + 4;
        } else if (is(i, "yesterday")) {
            offset = -1, j = i + 1;
        } else if (is(i, "today")) {
            offset = 0, j = i + 1;
        } else if (is(i, "tomorrow")) {
            offset = 1, j = i + 1;
        } else if (is(i, "tonight")) {
            j = i + 1;
            const std::string day = anchor ? dayValue(*anchor) : "XXXX-XX-XX";
            return Core{j, "TIME", day + "TNI"};
        } else {
            return std::nullopt;
        }
        const std::string day = anchor ? dayValue(shiftDays(*anchor, offset)) : "XXXX-XX-XX";
        if (isWord(j)) {
            if (const std::string* part = entry(j, lex.partsOfDay, GrammarWords::InPartsOfDay); part && !pluralUnit(j))
                return Core{j + 1, "TIME", day + "T" + *part};
        }
        if (auto insert = editorialInsert(j)) {
            insert->spokenOn = parseCalendarDate(insert->value);
            if (insert->spokenOn)
                insert->spokenOn = shiftDays(*insert->spokenOn, -offset);
            return insert;
        }
        return Core{j, "DATE", day};
    }

    // "(31 January)", "(February 6 - ed.)", "[Feb. 6, 2025, ed.]": the day
    // an editor put after a relative day word.
    std::optional<Core> editorialInsert(std::size_t i) const {
        if (!is(i, "(") && !is(i, "["))
            return std::nullopt;
        const std::string_view close = is(i, "(") ? ")" : "]";
        std::optional<Core> inner = date(i + 1);
        if (!inner)
            inner = numericDate(i + 1);
        if (!inner)
            inner = weekdayRule(i + 1);  // "today (Thursday)": the latest such day
        if (!inner || inner->type != "DATE" || inner->value.size() != 10)
            return std::nullopt;
        std::size_t k = inner->end;
        if (isAny(k, GrammarWords::InsertSeparator))
            ++k;
        if (isAny(k, GrammarWords::EditorMark)) {
            ++k;
            if (is(k, "."))
                ++k;
            if (is(k, "'") || is(k, "s") || is(k, "'s"))
                while (k < t.size() && !is(k, close) && (isWord(k) || is(k, "'") || is(k, ".")))
                    ++k;
            if (isAny(k, GrammarWords::EditorNote)) {
                ++k;
                if (is(k, "."))
                    ++k;
            }
        }
        if (!is(k, close))
            return std::nullopt;
        return Core{k + 1, "DATE", inner->value};
    }

    // "Monday", "last Friday", "next Tuesday", "Friday night", "Mondays".
    std::optional<Core> weekdayRule(std::size_t i) const {
        std::size_t j = i;
        int which = 2;
        if (isAny(i, GrammarWords::WeekdayPast))
            which = -1, ++j;
        else if (isAny(i, GrammarWords::WeekdayNext))
            which = 1, ++j;
        else if (is(i, "this"))
            which = 0, ++j;
        if (!isWord(j) || (!t[j].capitalised && which == 2))
            return std::nullopt;
        std::string_view w = t[j].lower;
        bool plural = false;
        const int* wd = entry(j, lex.weekdays, GrammarWords::InWeekdays);
        if (!wd && w.size() > 1 && w.back() == 's') {
            w.remove_suffix(1);
            wd = TimexLexicons::find(lex.weekdays, w);
            plural = wd != nullptr;
        }
        if (!wd)
            return std::nullopt;
        std::size_t end = j + 1;
        std::string part;
        if (isWord(end))
            if (const std::string* p = entry(end, lex.partsOfDay, GrammarWords::InPartsOfDay)) {
                part = *p;
                plural = plural || pluralUnit(end);  // "Tuesday nights"
                ++end;
            }
        if (plural)
            return Core{end, "SET", "XXXX-WXX-" + std::to_string(*wd) + (part.empty() ? "" : "T" + part)};
        // "Friday night": TimeBank keeps such a phrase one DATE valued as the day.
        return Core{end, "DATE", resolveWeekday(anchor, *wd, which, futureHint(i))};
    }

    // "this morning", "last night", "at night", "this night"
    std::optional<Core> partOfDay(std::size_t i) const {
        if (!isAny(i, GrammarWords::PartOfDayStart))
            return std::nullopt;
        const std::string day0 = anchor ? dayValue(*anchor) : "XXXX-XX-XX";
        if (isAny(i, GrammarWords::PartOfDayDeterminer) && isWord(i + 1)) {
            const std::string* part = entry(i + 1, lex.partsOfDay, GrammarWords::InPartsOfDay);
            if (!part || pluralUnit(i + 1))
                return std::nullopt;
            std::string day = day0;
            if (is(i, "last") && *part == "NI" && anchor)
                day = dayValue(shiftDays(*anchor, -1));
            else if (is(i, "last"))
                return std::nullopt;
            return Core{i + 2, "TIME", day + "T" + *part};
        }
        if (is(i, "night") && i > 0 && is(i - 1, "at") && !is(i + 1, "-"))
            return Core{i + 1, "TIME", day0 + "TNI"};
        return std::nullopt;
    }

    // "the summer", "fall 2024", "the spring of 1998"
    std::optional<Core> season(std::size_t i) const {
        std::size_t j = is(i, "the") ? i + 1 : i;
        if (!isWord(j))
            return std::nullopt;
        const std::string* code = entry(j, lex.seasons, GrammarWords::InSeasons);
        if (!code)
            return std::nullopt;
        std::size_t k = 0;
        const std::size_t y = is(j + 1, "of") ? j + 2 : j + 1;
        if (const auto yr = yearAt(y, k))
            return Core{k, "DATE", yearValue(*yr) + "-" + *code};
        if (const auto spelled = spelledYear(y))
            return Core{spelled->end, "DATE", spelled->value + "-" + *code};
        if (j == i || t[j].lower == "fall" || t[j].lower == "spring")  // "fall" and "spring" are verbs too
            return std::nullopt;
        return Core{j + 1, "DATE", resolveSeason(anchor, *code, 0)};
    }

    // "this week", "last month", "next year", "last fall", "last
    // November", "earlier this year", "the past week" (a duration).
    std::optional<Core> period(std::size_t i) const {
        std::size_t j = i;
        bool the = false;
        if (isAny(j, GrammarWords::PeriodShift) && isAny(j + 1, GrammarWords::RelativePeriod))
            ++j;
        else if (is(j, "the") || is(j, "its"))
            the = true, ++j;
        int which = 0;
        bool span = false;  // "the past week": a stretch of time
        if (is(j, "this") && isAny(j + 1, GrammarWords::PeriodDirection) && !the) {  // "this past weekend"
            which = is(j + 1, "past") ? -1 : 1;
            ++j;
        } else if (isAny(j, GrammarWords::PeriodCurrent))
            which = 0;
        else if (is(j, "last") || is(j, "previous") || is(j, "past"))
            which = -1, span = the || is(j, "past");
        else if (is(j, "next") || is(j, "coming") || is(j, "following"))
            which = 1, span = the || is(j, "coming");
        else if (the && is(j, "weekend"))
            return weekend(j + 1, anchor && weekday(*anchor) < 5 ? -1 : 0);
        else
            return std::nullopt;
        if (the && which == 0 && is(j, "this"))
            return std::nullopt;
        ++j;
        if (is(j, "fiscal") && is(j + 1, "year"))  // "the current fiscal year"
            ++j;
        if (!isWord(j))
            return std::nullopt;
        std::string_view w = t[j].lower;
        // "the past decade", "the next hour": a stretch of time; "the past
        // year", like "last year", is the calendar year before (TimeBank).
        if (span && (w == "decade" || w == "century" || w == "hour" || w == "day" || which == 1)) {
            if (const TimeUnit* unit = unitAt(j); unit && !pluralUnit(j))
                return Core{j + 1, "DURATION", durationValue(1, false, *unit)};
        }
        if (w == "weekend")
            return weekend(j + 1, which);
        if (!anchor && (w == "week" || w == "month" || w == "year" || w == "quarter" || w == "decade" ||
                        w == "century"))
            return Core{j + 1, "DATE", which < 0 ? "PAST_REF" : which > 0 ? "FUTURE_REF" : "PRESENT_REF"};
        if (w == "week")
            return Core{j + 1, "DATE", weekValue(shiftDays(*anchor, 7 * which))};
        if (w == "month") {
            const CalendarDate m = addMonths(*anchor, which);
            return Core{j + 1, "DATE", monthValue(m.year, m.month)};
        }
        if (w == "year")
            return Core{j + 1, "DATE", yearValue(anchor->year + which)};
        if (w == "quarter") {
            int index = anchor->year * 4 + quarterOf(anchor->month) - 1 + which;
            return Core{j + 1, "DATE", yearValue(index / 4) + "-Q" + std::to_string(index % 4 + 1)};
        }
        if (w == "decade")
            return Core{j + 1, "DATE", pad(anchor->year / 10 + which, 3) + "X"};
        if (w == "century")
            return Core{j + 1, "DATE", pad(anchor->year / 100 + which, 2)};
        if (const std::string* season = entry(j, lex.seasons, GrammarWords::InSeasons))
            return Core{j + 1, "DATE", resolveSeason(anchor, *season, which)};
        std::size_t k = 0;
        if (const auto month = monthAt(j, k); month && !isNumber(k))
            return Core{k, "DATE", resolveNamedMonth(anchor, *month, which)};
        return std::nullopt;
    }

    std::optional<Core> weekend(std::size_t end, int which) const {
        if (!anchor)
            return Core{end, "DATE", "XXXX-WXX-WE"};
        return Core{end, "DATE", weekValue(shiftDays(*anchor, 7 * which)) + "-WE"};
    }

    // "the third quarter", "third-quarter", "the fourth quarter of 1990",
    // "the first half", "the latest quarter", "fiscal 1990"
    std::optional<Core> quarter(std::size_t i) const {
        std::size_t j = i;
        if (isAny(j, GrammarWords::QuarterDeterminer))
            ++j;
        if (is(j, "fiscal"))
            ++j;
        std::size_t afterYear = 0;
        if (j > i) {  // "the 1988 second quarter", "the 1989 period"
            if (const auto year = yearAt(j, afterYear)) {
                std::size_t k = afterYear;
                int ordinal = 0;
                if (isWord(k))
                    if (const int* o = entry(k, lex.ordinals, GrammarWords::InOrdinals); o && *o >= 1 && *o <= 4)
                        ordinal = *o, ++k;
                if (is(k, "quarter") && ordinal)
                    return Core{k + 1, "DATE", yearValue(*year) + "-Q" + std::to_string(ordinal)};
                if (isAny(k, GrammarWords::QuarterPeriod) && !ordinal) {
                    Core core{k + 1, "DATE", yearValue(*year)};
                    core.quarterOfYear = *year;
                    return core;
                }
            }
        }
        int ordinal = 0;
        bool latest = false;
        if (isWord(j)) {
            if (const int* o = entry(j, lex.ordinals, GrammarWords::InOrdinals); o && *o >= 1 && *o <= 4)
                ordinal = *o, ++j;
            else if (isAny(j, GrammarWords::QuarterRecent) && j > i)
                latest = !is(j, "current"), ++j;
        } else if (isNumber(j) && isAny(j + 1, GrammarWords::OrdinalSuffix) && attached(j + 1)) {
            ordinal = number(j), j += 2;
        }
        if (ordinal > 4)
            return std::nullopt;
        if (ordinal && is(j, "-") && attached(j))
            ++j;
        const bool isQuarter = is(j, "quarter") || (latest && is(j, "period"));  // "the latest period"
        const bool isHalf = is(j, "half");
        if (!isQuarter && !isHalf)
            return std::nullopt;
        if (isHalf && (ordinal < 1 || ordinal > 2))
            return std::nullopt;
        if (ordinal == 0 && j == i + (is(i, "fiscal") ? 1 : 0))
            return std::nullopt;  // a bare "quarter"
        if (is(j + 1, "of") && isAny(j + 2, GrammarWords::QuarterOfDeterminer))
            return std::nullopt;  // "the quarter of the budget"
        std::size_t end = j + 1;
        std::optional<int> year;
        std::size_t k = 0;
        std::size_t y = is(end, "of") ? end + 1 : end;
        if (is(y, "fiscal"))
            ++y;
        if ((year = yearAt(y, k)))
            end = k;
        if (!year && !anchor)
            return Core{end, "DATE",
                        std::string("XXXX-") + (isHalf ? "H" : "Q") + (ordinal ? std::to_string(ordinal) : "X")};
        const int current = anchor ? quarterOf(anchor->month) : 1;
        int yy = year ? *year : anchor->year;
        int q = ordinal;
        if (isQuarter && ordinal == 0) {
            q = current;
            if (latest || (is(i, "the") && j == i + 1)) {  // "the quarter": the one just reported
                q = current - 1;
                if (q == 0)
                    q = 4, --yy;
            }
        } else if (!year && isQuarter && ordinal > current) {
            --yy;
        } else if (!year && isHalf && anchor && ordinal == 2 && anchor->month <= 6) {
            --yy;
        }
        return Core{end, "DATE", yearValue(yy) + (isHalf ? "-H" : "-Q") + std::to_string(q)};
    }

    // "2024", "fiscal 1990", "the year 2000", "the 1990s", "the '90s",
    // "nineteen ninety-six", "year-earlier"
    std::optional<Core> year(std::size_t i) const {
        std::size_t j = i;
        const bool the = is(j, "the");
        if (the)
            ++j;
        if (is(j, "fiscal") || (is(j, "year") && the))
            ++j;
        if (is(i, "year") && is(i + 1, "-") && attached(i + 1) && is(i + 2, "end") && attached(i + 2) && anchor)
            return Core{i + 3, "DATE", yearValue(anchor->year) + "-12-31"};  // "by year-end"
        // "year-earlier", "the year-ago quarter", "the comparable year-earlier period"
        std::size_t back = the ? i + 1 : i;
        if (isAny(back, GrammarWords::YearAgoDeterminer))
            ++back;
        if (is(back, "year") && is(back + 1, "-") && attached(back + 1) && isAny(back + 2, GrammarWords::YearAgo) &&
            anchor) {
            std::size_t end = back + 3;
            if (isAny(end, GrammarWords::QuarterPeriod))
                ++end;
            else if (back != i)
                return std::nullopt;
            Core core{end, "DATE", yearValue(anchor->year - 1)};
            core.yearBack = true;
            return core;
        }
        if (std::optional<Core> spelled = spelledYear(j))
            return spelled;
        if (isNumber(j) && t[j].lower.size() <= 2 && isAny(j + 1, GrammarWords::OrdinalSuffix) && attached(j + 1) &&
            is(j + 2, "century") && number(j) >= 1)  // "the 20th century": 19
            return Core{j + 3, "DATE", pad(number(j) - 1, 2)};
        if (the && isWord(j) && t[j].lower.size() > 5 && t[j].lower.compare(t[j].lower.size() - 3, 3, "ies") == 0) {
            // "the nineties"
            const std::string tens = std::string(t[j].lower.substr(0, t[j].lower.size() - 3)) + "y";
            if (const int* n = TimexLexicons::find(lex.numbers, tens); n && *n >= 20 && *n <= 90 && anchor)
                return Core{j + 1, "DATE",
                            pad((anchor->year / 100 - (*n > anchor->year % 100 ? 1 : 0)) * 10 + *n / 10, 3)};
        }
        if (is(j, "'") && isNumber(j + 1) && attached(j + 1) && t[j + 1].lower.size() == 2 && is(j + 2, "s") &&
            attached(j + 2)) {
            const int yy = number(j + 1);
            return Core{j + 3, "DATE", std::to_string(yy >= 30 ? 19 : 20) + std::string(t[j + 1].lower.substr(0, 1)) + "X"};
        }
        std::size_t k = 0;
        const auto y = yearAt(j, k);
        if (!y)
            return std::nullopt;
        if (is(k, "s") && attached(k) && *y % 10 == 0)  // TimeBank writes "the 1990s" as 199, "1990s" as 199X
            return Core{k + 1, "DATE", std::string(t[j].lower.substr(0, 3)) + (the ? "" : "X")};
        if (the && j == i + 1)
            return std::nullopt;  // "the 1990 budget"
        if (*y < 1900 && !(i > 0 && isAny(i - 1, GrammarWords::EarlyYearPreposition)))
            return std::nullopt;
        if (i > 0 && (is(i - 1, "$") || is(i - 1, "#") || (isWord(i - 1) && lex.countedNouns.count(t[i - 1].lower))))
            return std::nullopt;  // "Room 1984", "Flight 2024"
        if (i > 0 && attached(i) && (is(i - 1, "-") || is(i - 1, "/") || is(i - 1, ".")) &&
            !(i > 1 && is(i - 1, "-") && isAny(i - 2, GrammarWords::YearPrefix)))
            return std::nullopt;
        if (isWord(k) && !t[k].capitalised && t[k].spaceBefore) {
            std::string_view next = t[k].lower;
            if (unitAt(k) || (next.size() > 3 && next.back() == 's' && next != "was" && next != "has" &&
                              next != "is" && next != "sales" && next != "levels" && next != "results" &&
                              next != "earnings" && next != "profits"))
                return std::nullopt;  // "2000 troops"
        }
        return Core{k, "DATE", yearValue(*y)};
    }

    // "nineteen ninety-six", "two thousand"
    std::optional<Core> spelledYear(std::size_t i) const {
        if (!isWord(i))
            return std::nullopt;
        const int* century = entry(i, lex.numbers, GrammarWords::InNumbers);
        if (is(i, "two") && is(i + 1, "thousand") && (!isWord(i + 2) || (i > 0 && is(i - 1, "year"))))
            return Core{i + 2, "DATE", "2000"};
        if (!century || (*century != 19 && *century != 18 && *century != 20) || !isWord(i + 1))
            return std::nullopt;
        const int* tens = entry(i + 1, lex.numbers, GrammarWords::InNumbers);
        if (!tens || *tens < 10 || *tens > 90)
            return std::nullopt;
        int value = *century * 100 + *tens;
        std::size_t end = i + 2;
        if (*tens >= 20 && *tens % 10 == 0) {
            std::size_t k = is(end, "-") && attached(end) ? end + 1 : end;
            if (isWord(k))
                if (const int* unit = entry(k, lex.numbers, GrammarWords::InNumbers); unit && *unit < 10)
                    value += *unit, end = k + 1;
        }
        return Core{end, "DATE", yearValue(value)};
    }

    // "three weeks", "a day", "the past three months", "four-year",
    // "quarter-century", "six months ago" (a date), "years".
    std::optional<Core> duration(std::size_t i) const {
        std::size_t j = i;
        bool the = false;
        if (is(j, "the")) {
            the = true, ++j;
        }
        std::string det;
        if (isAny(j, GrammarWords::DurationDeterminer)) {
            det = t[j].lower;
            ++j;
        }
        if (the && det.empty() && is(j, "fiscal") && is(j + 1, "year") && isAny(j + 2, GrammarWords::FiscalEnd))
            return Core{j + 2, "DURATION", "P1Y"};
        if (the && det.empty() && is(j, "year") && isAny(j + 1, GrammarWords::FiscalEnd))
            return Core{j + 1, "DURATION", "P1Y"};  // "for the year ended March 31": a fiscal year
        if (the && is(j, "full") && is(j + 1, "year") && anchor)
            return Core{j + 2, "DATE", yearValue(anchor->year)};
        if (is(j, "quarter") && is(j + 1, "-") && attached(j + 1) && isAny(j + 2, GrammarWords::FractionUnit) &&
            attached(j + 2))
            return Core{j + 3, "DURATION", is(j + 2, "century") ? "P25Y" : "PT15M"};
        if (is(j, "half") && is(j + 1, "-") && attached(j + 1) && isAny(j + 2, GrammarWords::FractionUnit) &&
            attached(j + 2))
            return Core{j + 3, "DURATION", is(j + 2, "century") ? "P50Y" : "PT30M"};
        std::size_t k = 0;
        bool unknown = false;
        std::optional<double> count = countAt(j, k, unknown);
        bool hyphen = false;
        if (count && isNumber(j) && t[j].lower.size() == 4 && k == j + 1 && !pluralUnit(k))
            return std::nullopt;  // "the 1988 second quarter"
        if (count) {
            if (is(k, "-") && attached(k) && attached(k + 1) && unitAt(k + 1)) {
                if (the && det.empty())
                    return std::nullopt;  // "the 24-hour ceasefire": the duration is "24-hour"
                hyphen = true, ++k;
            }
            else if (isAny(k, GrammarWords::DurationCountModifier) &&
                     unitAt(k + 1))
                ++k;  // "20 more years", "three full days"
        } else if (const TimeUnit* unit = unitAt(j); unit && !pluralUnit(j) && is(j + 1, "-") && attached(j + 1) &&
                   is(j + 2, "long") && attached(j + 2)) {
            return Core{j + 3, "DURATION", durationValue(1, false, *unit)};  // "day-long"
        } else {
            // "years", "recent weeks", "the coming months": an unknown count
            if (!pluralUnit(j) || !unitAt(j))
                return std::nullopt;
            const bool governed = i > 0 && j == i && isAny(i - 1, GrammarWords::DurationGovernor) && !is(j + 1, "of");
            const bool context = !det.empty() || governed || (the && is(j + 1, "ahead"));
            if (!context || is(j, "seconds") || is(j, "quarters") || is(j, "weekends"))
                return std::nullopt;
            k = j;
            unknown = true;
            count = 0.0;
        }
        const TimeUnit* unit = unitAt(k);
        if (!unit)
            return std::nullopt;
        std::string_view w = t[k].lower;
        const bool article = j < t.size() && (is(j, "a") || is(j, "an"));
        if (article && pluralUnit(k) && *count == 1.0 && !unknown)
            return std::nullopt;
        if ((w == "second" || w == "quarter" || w == "quarters") && (article || !isNumber(j)) && !hyphen)
            return std::nullopt;
        if ((w == "weekend" || w == "weekends") && !isNumber(j) && !isAny(j, GrammarWords::WeekendCount))
            return std::nullopt;
        if (det == "first" && j == k)
            return std::nullopt;
        std::size_t end = k + 1;
        if (is(end, "-") && attached(end) && is(end + 1, "old"))
            return std::nullopt;
        if (is(end, "old") || (is(end, "of") && is(end + 1, "age")))
            return std::nullopt;
        if (is(end, "-") && attached(end) && is(end + 1, "long") && attached(end + 1))
            end += 2;  // "a decade-long war", "day-long talks"
        if (det == "recent" && unknown && unit->code == "Y")  // "in recent years": TimeBank's vague past
            return Core{end, "DATE", "PAST_REF"};
        if (isAny(end, GrammarWords::YearBack) && !the && det.empty() && unit->code == "Y" && *count == 1.0 &&
            unit->factor == 1 && !hyphen && anchor)
        {
            Core core{end + 1, "DATE", yearValue(anchor->year - 1)};  // "a year earlier": the year before
            core.yearBack = true;
            return core;
        }
        if (is(end, "ago") && !the) {
            if (unknown)
                return Core{end + 1, "DATE", "PAST_REF", "", true};
        {
            Core core{end + 1, "DATE", shiftedPeriod(anchor, *unit, *count, -1), "", true};
            core.yearBack = unit->code == "Y" && unit->factor == 1 && *count == 1.0;
            return core;
        }
        }
        if (is(end, "or") && is(end + 1, "so"))
            end += 2;
        if (unknown && the && is(end, "ahead"))  // "the weeks ahead"
            ++end;
        return Core{end, "DURATION", durationValue(*count, unknown, *unit)};
    }

    // "every Thursday", "each year", "daily", "twice a week"
    std::optional<Core> recurrence(std::size_t i) const {
        if (isWord(i))
            if (const std::string* value = entry(i, lex.recurrenceAdverbs, GrammarWords::InRecurrenceAdverbs))
                return Core{i + 1, "SET", *value};
        if (!isAny(i, GrammarWords::Recurrence))
            return std::nullopt;
        std::size_t j = i + 1;
        if (is(j, "other"))
            ++j;
        std::string part;
        if (isWord(j)) {
            if (const int* wd = entry(j, lex.weekdays, GrammarWords::InWeekdays)) {
                std::size_t end = j + 1;
                if (isWord(end))
                    if (const std::string* p = entry(end, lex.partsOfDay, GrammarWords::InPartsOfDay))
                        part = *p, ++end;
                return Core{end, "SET", "XXXX-WXX-" + std::to_string(*wd) + (part.empty() ? "" : "T" + part)};
            }
            if (const std::string* p = entry(j, lex.partsOfDay, GrammarWords::InPartsOfDay))
                return Core{j + 1, "SET", "XXXX-XX-XXT" + *p};
            std::size_t monthEnd = 0;
            if (const auto month = monthAt(j, monthEnd); month && !isNumber(monthEnd))
                return Core{monthEnd, "SET", "XXXX-" + pad(*month, 2)};
        }
        std::size_t k = j;
        bool unknown = false;
        double count = 1;
        if (isNumber(j) || (isWord(j) && entry(j, lex.numbers, GrammarWords::InNumbers))) {
            const auto c = countAt(j, k, unknown);
            if (!c)
                return std::nullopt;
            count = *c;
        }
        const TimeUnit* unit = unitAt(k);
        if (!unit || t[k].lower == "weekend")
            return std::nullopt;
        if (is(i + 1, "other"))
            count *= 2;
        return Core{k + 1, "SET", durationValue(count, unknown, *unit)};
    }

    // "now", "currently", "recently", "the future", "recent"
    std::optional<Core> reference(std::size_t i) const {
        std::size_t end = 0;
        if (const Phrase* phrase = phraseAt(i, lex.references, GrammarWords::StartsReference, end)) {
            if (phrase->fields.empty())
                return std::nullopt;
            if (is(i, "soon") && i > 0 && is(i - 1, "as"))
                return std::nullopt;
            if (is(i, "now") && is(i + 1, "-"))
                return std::nullopt;
            if (t[i].capitalised && i > 0 && isWord(i - 1) && t[i - 1].capitalised && !t[i].lineBefore)
                return std::nullopt;  // "Shop Now", "Watch Now": a button's title case, not the present
            return Core{end, "DATE", phrase->fields[0]};
        }
        if (is(i, "recent"))
            return Core{i + 1, "DATE", "PAST_REF"};
        return std::nullopt;
    }

    // "Christmas", "Thanksgiving Day", "New Year's Eve 2024"
    std::optional<Core> holiday(std::size_t i) const {
        if (!isWord(i) || !t[i].capitalised)
            return std::nullopt;
        std::size_t end = 0;
        const Phrase* phrase = phraseAt(i, lex.holidays, GrammarWords::StartsHoliday, end);
        if (!phrase || phrase->fields.size() < 2)
            return std::nullopt;
        const int month = std::atoi(phrase->fields[0].c_str());
        std::size_t k = 0;
        std::optional<int> year = yearAt(end, k);
        if (year)
            end = k;
        int y = year ? *year : anchor ? anchor->year : 0;
        auto dayIn = [&](int yy) {
            if (phrase->fields.size() < 3)
                return CalendarDate{yy, month, std::atoi(phrase->fields[1].c_str())};
            const int wd = std::atoi(phrase->fields[1].c_str());
            const int n = std::atoi(phrase->fields[2].c_str());
            if (n > 0) {
                const CalendarDate first{yy, month, 1};
                const int shift = (wd - weekday(first) + 7) % 7 + 7 * (n - 1);
                return shiftDays(first, shift);
            }
            const CalendarDate last{yy, month, daysInMonth(yy, month)};
            return shiftDays(last, -((weekday(last) - wd + 7) % 7));
        };
        if (!year && !anchor) {
            if (phrase->fields.size() >= 3)
                return Core{end, "DATE", "XXXX-" + pad(month, 2) + "-XX"};
            return Core{end, "DATE", "XXXX-" + pad(month, 2) + "-" + pad(std::atoi(phrase->fields[1].c_str()), 2)};
        }
        if (!year) {  // the nearest one, leaning to the past
            const CalendarDate candidate = dayIn(y);
            if (dayNumber(candidate) - dayNumber(*anchor) > 60)
                --y;
        }
        return Core{end, "DATE", dayValue(dayIn(y))};
    }
};

}  // namespace

TimexGrammar::TimexGrammar(const std::vector<Token>& tokens)
    : m_tokens(tokens), m_lex(timexLexicons()), m_grammarWords(tokens.size(), kNotLookedUp) {}

std::uint64_t TimexGrammar::grammarWordsOf(std::size_t i) const {
    std::uint64_t& bits = m_grammarWords[i];
    if (bits == kNotLookedUp) {
        const auto it = m_lex.grammarWords.find(m_tokens[i].lower);
        bits = it == m_lex.grammarWords.end() ? 0 : it->second;
    }
    return bits;
}

bool TimexGrammar::mayStart(std::size_t i) const {
    const Token& token = m_tokens[i];
    if (token.kind == text::PieceKind::Number)
        return true;
    if (token.kind == text::PieceKind::Punct)
        return token.lower == "'";
    return m_lex.mayTrigger(token.lower);
}

std::optional<TimexMatch> TimexGrammar::matchAt(std::size_t i, const std::optional<CalendarDate>& anchor) const {
    const Rules rules(*this, m_tokens, m_lex, anchor);
    std::optional<TimexMatch> result;
    auto keep = [&](std::size_t end, const Core& core, const std::string& mod) {
        if (result && end <= result->end)
            return;
        result = TimexMatch{i, end, core.type, core.value, mod.empty() ? core.mod : mod, core.spokenOn,
                            core.yearBack, core.quarterOfYear};
        // TimeBank writes "the 1990s" as 199 and a bare "1990s" as 199X.
        const std::string& v = result->value;
        if (rules.is(i, "the") && v.size() == 4 && v[3] == 'X' && v[0] != 'X')
            result->value.pop_back();
    };
    // A modifier in front: "early February", "mid-January", "at least 11
    // years", "the end of 1998".
    std::size_t after = 0;
    auto modifierAt = [&](std::size_t k) -> const Phrase* {
        return k < m_tokens.size() && (grammarWordsOf(k) >> static_cast<unsigned>(GrammarWords::StartsModifier) & 1u)
                   ? m_lex.modifiers.longestAt(m_tokens, k, after)
                   : nullptr;
    };
    const Phrase* phrase = modifierAt(i);
    const bool the = !phrase && rules.is(i, "the");
    if (the)  // "the late 1970s", "the early summer"
        phrase = modifierAt(i + 1);
    if (phrase && the && !phrase->fields.empty() && phrase->fields[0] != "START" && phrase->fields[0] != "END" &&
        phrase->fields[0] != "MID")
        phrase = nullptr;
    if (phrase && !phrase->fields.empty()) {
        const std::string& mod = phrase->fields[0];
        if (rules.is(after, "-") && rules.attached(after) && rules.attached(after + 1))
            ++after;
        const bool point = mod == "START" || mod == "END" || mod == "MID";
        std::optional<Core> core = rules.best(after);
        if (!core && point)
            core = rules.bareCurrentPeriod(after);
        if (!core && point)
            core = rules.bareSeason(after);
        if (core) {
            const bool refers = core->value.find("_REF") != std::string::npos;
            if (point && (core->type == "DATE" || core->type == "TIME") && !refers)
                keep(core->end, *core, mod);
            else if (!point && (core->type == "DURATION" || core->ago) && !rules.is(after, "the"))
                keep(core->end, *core, mod);
        }
    }
    if (std::optional<Core> core = rules.best(i))
        keep(core->end, *core, std::string());
    return result;
}

}  // namespace claimdesk::extract::timex
