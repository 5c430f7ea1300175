#pragma once

// The rules that recognise one temporal expression at a token and resolve
// it to a TIMEX3 value: calendar dates ("Feb. 2", "31 January 2025"),
// relative days and periods ("yesterday", "last fall", "six months ago"),
// times, durations, recurrences and vague references. Each rule is a small
// hand-written token pattern; the longest match at a token wins.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/extract/timex/timexlexicons.h"
#include "core/domain/calendar.h"
#include "core/text/tokens.h"

namespace claimdesk::extract::timex {

struct TimexMatch {
    std::size_t begin = 0;  // piece indices, [begin, end)
    std::size_t end = 0;
    std::string type;   // DATE, TIME, DURATION, SET
    std::string value;
    std::string mod;
    // An editorial insert ("Yesterday (31 January)") dates the speech
    // around it: the day it was said.
    std::optional<CalendarDate> spokenOn;
    // "a year earlier", "the year-ago quarter": in company reports the
    // period under discussion a year before, which the finder knows from
    // the quarter last named.
    bool yearBack = false;
    // "the 1988 period": the quarter under discussion, in this year.
    int quarterOfYear = 0;
};

class TimexGrammar {
public:
    explicit TimexGrammar(const std::vector<Token>& tokens);

    // Whether an expression can start at token `i` at all: a cheap filter
    // run before matchAt on every token.
    bool mayStart(std::size_t i) const;

    // The longest expression starting at token `i`, resolved against
    // `anchor` (without one, relative parts stay unknown: "XXXX-01-31").
    std::optional<TimexMatch> matchAt(std::size_t i, const std::optional<CalendarDate>& anchor) const;

    // The grammar word lists token `i` is in (bits of GrammarWords). Each
    // token's word is looked up once, on first use: the rules ask about the
    // same few tokens around every candidate start.
    std::uint64_t grammarWordsOf(std::size_t i) const;

private:
    static constexpr std::uint64_t kNotLookedUp = std::uint64_t{1} << 63;

    const std::vector<Token>& m_tokens;
    const TimexLexicons& m_lex;
    mutable std::vector<std::uint64_t> m_grammarWords;  // per token; kNotLookedUp until asked
};

}  // namespace claimdesk::extract::timex
