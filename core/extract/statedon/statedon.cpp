#include "core/extract/statedon/statedon.h"

#include <cstdlib>
#include <limits>

#include "core/extract/timex/timexvalue.h"

namespace claimdesk::extract {

std::optional<std::string> calendarValue(const std::string& value) {
    std::string date = value.substr(0, value.find('T'));
    if (date.empty() || !dateRange(date))
        return std::nullopt;
    return date;
}

namespace {

std::int64_t distance(const Span& a, const Span& b) {
    if (a.overlaps(b))
        return 0;
    return a.end <= b.start ? b.start - a.end : a.start - b.end;
}

// Rule 1: a date in the attribution's sentence, outside the content.
std::optional<std::string> ownDate(const BodyText& body, const Analysis& analysis, const Claim& claim) {
    const Span anchor = claim.cue ? claim.cue->span : claim.speakerMention ? claim.speakerMention->span
                                                                           : claim.content.span;
    const std::size_t sentence = body.sentenceAt(anchor.start);
    if (sentence == BodyText::npos)
        return std::nullopt;
    const Span bounds = body.sentenceSpan(sentence);
    std::optional<std::string> best;
    std::int64_t bestDistance = std::numeric_limits<std::int64_t>::max();
    for (const auto& t : analysis.timexes) {
        // A date inside quotation marks is part of what was said, not when.
        if (!bounds.contains(t.text.span) || claim.content.span.overlaps(t.text.span) || body.quoted(t.text.span.start))
            continue;
        if (t.type != "DATE" && t.type != "TIME")
            continue;
        auto value = calendarValue(t.value);
        if (!value)
            continue;
        const std::int64_t d = distance(anchor, t.text.span);
        if (d < bestDistance) {
            bestDistance = d;
            best = value;
        }
    }
    return best;
}

}  // namespace

void assignStatedOn(const BodyText& body, const std::vector<DatedRegion>& speechDates, Analysis& analysis) {
    std::vector<bool> dated(analysis.claims.size(), false);
    for (std::size_t i = 0; i < analysis.claims.size(); ++i) {
        Claim& claim = analysis.claims[i];
        if (claim.statedOn)
            continue;
        claim.statedOn = ownDate(body, analysis, claim);
        if (!claim.statedOn)
            for (const auto& region : speechDates)
                if (region.span.contains(claim.content.span.start))
                    claim.statedOn = region.date;
        dated[i] = claim.statedOn.has_value();
    }
    // Rule 3, from the dates found by rules 1 and 2 only.
    for (std::size_t i = 0; i < analysis.claims.size(); ++i) {
        Claim& claim = analysis.claims[i];
        if (claim.statedOn || claim.speakerIndex < 0)
            continue;
        std::optional<std::size_t> before, after;
        for (std::size_t j = 0; j < analysis.claims.size(); ++j) {
            if (!dated[j] || analysis.claims[j].speakerIndex != claim.speakerIndex)
                continue;
            const std::int64_t at = analysis.claims[j].content.span.start;
            if (at < claim.content.span.start) {
                if (!before || at > analysis.claims[*before].content.span.start)
                    before = j;
            } else if (!after || at < analysis.claims[*after].content.span.start) {
                after = j;
            }
        }
        if (before)
            claim.statedOn = analysis.claims[*before].statedOn;
        else if (after)
            claim.statedOn = analysis.claims[*after].statedOn;
    }
}

}  // namespace claimdesk::extract
