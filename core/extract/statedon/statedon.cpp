#include "core/extract/statedon/statedon.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <limits>

#include "core/domain/calendar.h"

namespace claimdesk::extract {

namespace {

std::int64_t distance(const Span& a, const Span& b) {
    if (a.overlaps(b))
        return 0;
    return a.end <= b.start ? b.start - a.end : a.start - b.end;
}

// Rule 1: a date in the attribution's sentence, outside the content.
std::optional<std::string> ownDate(const text::AnnotatedText& body, const Analysis& analysis, const Claim& claim) {
    const Span anchor = claim.cue ? claim.cue->span : claim.speakerMention ? claim.speakerMention->span
                                                                           : claim.content.span;
    const std::size_t sentence = body.sentenceAt(anchor.start);
    if (sentence == text::AnnotatedText::npos)
        return std::nullopt;
    const Span bounds = body.sentenceSpan(sentence);
    std::optional<std::string> best;
    std::int64_t bestDistance = std::numeric_limits<std::int64_t>::max();
    // Timexes are in text order: visit only those of this sentence.
    auto first = std::lower_bound(analysis.timexes.begin(), analysis.timexes.end(), bounds.start,
                                  [](const Timex& t, std::int64_t at) { return t.text.span.start < at; });
    for (auto it = first; it != analysis.timexes.end() && it->text.span.start < bounds.end; ++it) {
        const Timex& t = *it;
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

void assignStatedOn(const text::AnnotatedText& body, const std::vector<DatedRegion>& speechDates, Analysis& analysis) {
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
    // Rule 3, from the dates found by rules 1 and 2 only: per speaker, in
    // text order, each undated claim takes the last date before it, or
    // else the first after it.
    std::map<std::int64_t, std::vector<std::size_t>> bySpeaker;
    for (std::size_t i = 0; i < analysis.claims.size(); ++i)
        if (analysis.claims[i].speakerIndex >= 0)
            bySpeaker[analysis.claims[i].speakerIndex].push_back(i);
    for (auto& [speaker, claims] : bySpeaker) {
        std::stable_sort(claims.begin(), claims.end(), [&](std::size_t a, std::size_t b) {
            return analysis.claims[a].content.span.start < analysis.claims[b].content.span.start;
        });
        std::optional<std::string> last;
        std::vector<std::size_t> waiting;  // undated claims before the first date
        for (std::size_t i : claims) {
            Claim& claim = analysis.claims[i];
            if (dated[i]) {
                last = claim.statedOn;
                for (std::size_t w : waiting)
                    analysis.claims[w].statedOn = last;
                waiting.clear();
            } else if (!claim.statedOn) {
                if (last)
                    claim.statedOn = last;
                else
                    waiting.push_back(i);
            }
        }
    }
}

}  // namespace claimdesk::extract
