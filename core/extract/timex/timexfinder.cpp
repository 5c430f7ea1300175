#include "core/extract/timex/timexfinder.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "core/extract/timex/speechdates.h"
#include "core/extract/timex/timexgrammar.h"
#include "core/domain/calendar.h"

namespace claimdesk::extract {
namespace {

bool isQuarter(const std::string& value) {
    return value.size() == 7 && value.compare(4, 2, "-Q") == 0 && std::isdigit(static_cast<unsigned char>(value[0]));
}

bool relativeDayWord(const timex::Token& token) {
    return token.lower == "yesterday" || token.lower == "today" || token.lower == "tomorrow";
}


// Without a publication date, the text's own dates bound it: an article
// is written on or after the latest day it states with a year, and a bare
// "Feb. 7" after that day is the next one to come, if it comes soon.
std::optional<CalendarDate> estimateAnchor(const std::vector<Timex>& timexes) {
    std::optional<CalendarDate> latest;
    for (const Timex& timex : timexes)
        if (const auto day = parseCalendarDate(timex.value); day && (!latest || dayNumber(*day) > dayNumber(*latest)))
            latest = day;
    if (!latest)
        return std::nullopt;
    const CalendarDate stated = *latest;
    for (const Timex& timex : timexes) {
        if (timex.value.size() != 10 || timex.value.compare(0, 5, "XXXX-") != 0)
            continue;
        const auto day = parseCalendarDate(std::to_string(stated.year) + timex.value.substr(4));
        if (!day)
            continue;
        CalendarDate next = *day;
        if (dayNumber(next) < dayNumber(stated))
            next.year += 1;
        // Beyond half a year or so the day is more likely a plan than the
        // article's own week.
        if (daysInMonth(next.year, next.month) >= next.day && dayNumber(next) > dayNumber(*latest) &&
            dayNumber(next) - dayNumber(stated) <= 200)
            latest = next;
    }
    return latest;
}

TimexFindings scan(const text::TokenStream& stream, const timex::TimexGrammar& grammar,
                   const std::optional<CalendarDate>& published) {
    const std::vector<timex::Token>& tokens = stream.pieces();
    TimexFindings findings;

    // Editorial inserts first: they decide which anchor the speech around
    // them resolves against.
    std::vector<timex::SpeechInsert> inserts;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if ((tokens[i + 1].lower != "(" && tokens[i + 1].lower != "[") || !relativeDayWord(tokens[i]))
            continue;
        std::size_t start = i >= 3 && tokens[i - 3].lower == "the" && tokens[i - 2].lower == "day" ? i - 3 : i;
        for (std::size_t s : {start, i})
            if (auto match = grammar.matchAt(s, published); match && match->spokenOn) {
                inserts.push_back({s, *match->spokenOn});
                break;
            }
    }
    const std::vector<timex::SpeechStretch> stretches = timex::speechStretches(tokens, inserts);

    std::string lastQuarter;  // "1989-Q3": what "a year earlier" refers back to
    std::size_t next = 0;  // the stretch at or after the current token
    for (std::size_t i = 0; i < tokens.size();) {
        if (!grammar.mayStart(i)) {
            ++i;
            continue;
        }
        while (next < stretches.size() && stretches[next].endToken <= i)
            ++next;
        const bool inSpeech = next < stretches.size() && stretches[next].beginToken <= i;
        const std::optional<CalendarDate> here = inSpeech ? std::optional(stretches[next].spokenOn) : published;
        const auto match = grammar.matchAt(i, here);
        if (!match) {
            ++i;
            continue;
        }
        Timex timex;
        std::string value = match->value;
        if (isQuarter(value))
            lastQuarter = value;
        else if (match->yearBack && !lastQuarter.empty())
            value = std::to_string(std::atoi(lastQuarter.c_str()) - 1) + lastQuarter.substr(4);
        else if (match->quarterOfYear && !lastQuarter.empty())
            value = std::to_string(match->quarterOfYear) + lastQuarter.substr(4);
        const timex::Token& first = tokens[match->begin];
        const timex::Token& last = tokens[match->end - 1];
        timex.text.span = Span{first.start, last.end};
        timex.text.text.assign(stream.document().substr(first.byteStart, last.byteEnd - first.byteStart));
        timex.type = match->type;
        timex.value = std::move(value);
        timex.mod = match->mod;
        findings.timexes.push_back(std::move(timex));
        i = match->end;
    }
    for (const auto& stretch : stretches) {
        findings.speechDates.push_back({Span{tokens[stretch.beginToken].start, tokens[stretch.endToken - 1].end},
                                        formatCalendarDate(stretch.spokenOn)});
    }
    return findings;
}

}  // namespace

TimexFindings findTimexes(const text::TokenStream& stream, const std::optional<std::string>& anchor) {
    if (stream.pieces().empty())
        return {};
    const timex::TimexGrammar grammar(stream.pieces());
    if (anchor)
        if (const auto published = parseCalendarDate(*anchor))
            return scan(stream, grammar, published);
    TimexFindings findings = scan(stream, grammar, std::nullopt);
    if (const auto estimated = estimateAnchor(findings.timexes))
        return scan(stream, grammar, estimated);
    return findings;
}

TimexFindings findTimexes(std::string_view text, const text::OffsetMap& map, Span region,
                          const std::optional<std::string>& anchor) {
    const std::int64_t start = std::clamp<std::int64_t>(region.start, 0, map.codePointCount());
    const std::int64_t end = std::clamp<std::int64_t>(region.end, start, map.codePointCount());
    return findTimexes(text::TokenStream(text, map.toByte(start), map.toByte(end), start), anchor);
}

std::optional<std::string> resolveDateExpression(std::string_view phrase, const std::string& anchor) {
    const std::optional<std::string> anchorDate =
        parseCalendarDate(anchor) ? std::optional<std::string>(anchor.substr(0, 10)) : std::nullopt;
    const TimexFindings found = findTimexes(text::TokenStream(phrase), anchorDate);
    const Timex* best = nullptr;
    for (const Timex& timex : found.timexes)
        if (!best || timex.text.span.length() > best->text.span.length())
            best = &timex;
    if (!best)
        return std::nullopt;
    return best->value;
}

}  // namespace claimdesk::extract
