#include "core/timeline/timelineentry.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/store/projectstore.h"

namespace claimdesk::timeline {
namespace {

std::int64_t overlap(const Span& a, const Span& b) {
    return std::max<std::int64_t>(0, std::min(a.end, b.end) - std::max(a.start, b.start));
}

bool inside(const Span& inner, const Span& outer) { return outer.start <= inner.start && inner.end <= outer.end; }

// The mod of the timex that dated an event, found inside its evidence.
std::string modOf(const Event& event, const Analysis& analysis) {
    for (const auto& t : analysis.timexes)
        if (t.value == event.date && inside(t.text.span, event.evidence.span))
            return t.mod;
    return {};
}

bool intersects(const DayInterval& a, const DayInterval& b) { return a.first <= b.last && b.first <= a.last; }

// A sentence that tells of several days ("in battles yesterday and
// today") is one event that lasted, when the days lie within a week of
// each other: the extractor dates it by its latest day, and the earlier
// days named in its evidence stretch it back; events of one evidence with
// nearby dates are merged the same way.
struct DatedEvent {
    const Event* event = nullptr;  // the first of them
    DayInterval when;
    std::vector<std::int64_t> ids;
};

std::vector<DatedEvent> datedEvents(const Analysis& analysis) {
    std::map<std::pair<std::int64_t, std::int64_t>, std::vector<DatedEvent>> bySpan;
    for (const auto& e : analysis.events) {
        auto when = intervalOf(e.date, modOf(e, analysis));
        if (!when)
            continue;
        if (when->precision == Precision::Day)
            for (const auto& t : analysis.timexes) {
                if (!e.evidence.span.contains(t.text.span))
                    continue;
                const auto day = intervalOf(t.value, t.mod);
                if (day && day->precision == Precision::Day && day->last < when->first &&
                    when->first - day->last <= 7)
                    *when = {day->first, when->last, Precision::Duration};
            }
        bySpan[{e.evidence.span.start, e.evidence.span.end}].push_back({&e, *when, {e.id}});
    }
    std::vector<DatedEvent> out;
    for (auto& [span, group] : bySpan) {
        std::stable_sort(group.begin(), group.end(),
                         [](const DatedEvent& a, const DatedEvent& b) { return a.when.first < b.when.first; });
        std::size_t start = out.size();
        for (auto& d : group) {
            if (out.size() > start && d.when.first - out.back().when.last <= 7) {
                DatedEvent& last = out.back();
                last.when = {std::min(last.when.first, d.when.first), std::max(last.when.last, d.when.last),
                             Precision::Duration};
                last.ids.push_back(d.event->id);
                if (d.event->id < last.event->id)
                    last.event = d.event;
                continue;
            }
            out.push_back(std::move(d));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const DatedEvent& a, const DatedEvent& b) {
        return a.event->evidence.span.start < b.event->evidence.span.start;
    });
    return out;
}

void widen(std::optional<DayInterval>& out, const std::optional<DayInterval>& d) {
    if (!d)
        return;
    if (!out) {
        out = DayInterval{d->first, d->last, Precision::Vague};
        return;
    }
    out->first = std::min(out->first, d->first);
    out->last = std::max(out->last, d->last);
}

// Claims that say nothing of when their subject happened take the date
// most of their cluster's members agree on (the same claim reported
// elsewhere, with the date in it).
void datesFromClusters(std::vector<TimelineEntry>& entries) {
    std::map<std::int64_t, std::vector<const TimelineEntry*>> dated;
    for (const auto& e : entries)
        if (e.kind == EntryKind::Claim && e.clusterId && e.happened && e.happenedSource != HappenedSource::Cluster)
            dated[*e.clusterId].push_back(&e);
    for (auto& e : entries) {
        if (e.kind != EntryKind::Claim || e.happened || !e.clusterId)
            continue;
        const auto it = dated.find(*e.clusterId);
        if (it == dated.end())
            continue;
        const TimelineEntry* best = nullptr;
        int bestVotes = 0;
        for (const TimelineEntry* candidate : it->second) {
            const int votes = static_cast<int>(std::count_if(it->second.begin(), it->second.end(),
                                                             [&](const TimelineEntry* o) { return o->happened == candidate->happened; }));
            if (votes > bestVotes) {
                best = candidate;
                bestVotes = votes;
            }
        }
        e.happened = best->happened;
        e.happenedValue = best->happenedValue;
        e.happenedSource = HappenedSource::Cluster;
    }
}

// Reported speech starts with "that": a label does better without it.
std::string withoutThat(const std::string& content) {
    if (content.size() > 5 && (content.compare(0, 5, "that ") == 0 || content.compare(0, 5, "That ") == 0))
        return content.substr(5);
    return content;
}

}  // namespace

std::optional<DayInterval> TimelineEntry::extent() const {
    std::optional<DayInterval> out;
    widen(out, happened);
    widen(out, stated);
    widen(out, published);
    if (out && out->first == out->last)
        out->precision = Precision::Day;
    return out;
}

std::string shortLabel(const std::string& text, std::size_t maxChars) {
    std::string clean;
    clean.reserve(text.size());
    for (char c : text) {
        const bool space = c == '\n' || c == '\r' || c == '\t' || c == ' ';
        if (space && (clean.empty() || clean.back() == ' '))
            continue;
        clean.push_back(space ? ' ' : c);
    }
    while (!clean.empty() && clean.back() == ' ')
        clean.pop_back();
    std::size_t chars = 0, cut = std::string::npos, lastSpace = std::string::npos;
    for (std::size_t i = 0; i < clean.size(); ++i) {
        if ((static_cast<unsigned char>(clean[i]) & 0xC0) == 0x80)
            continue;  // a continuation byte: same code point
        if (chars == maxChars) {
            cut = i;
            break;
        }
        if (clean[i] == ' ')
            lastSpace = i;
        ++chars;
    }
    if (cut == std::string::npos)
        return clean;
    // Cut at the last word boundary unless that loses most of the label.
    const std::size_t end = lastSpace != std::string::npos && lastSpace > cut / 2 ? lastSpace : cut;
    std::string out = clean.substr(0, end);
    while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == ';' || out.back() == ':'))
        out.pop_back();
    return out + "\xE2\x80\xA6";  // …
}

std::optional<HappenedDate> happenedDate(const Span& content, const Analysis& analysis,
                                        const std::optional<std::string>& statedOn,
                                        const std::set<std::int64_t>& corroborated) {
    std::vector<DayInterval> inContent;  // the dates written inside the claim
    for (const auto& t : analysis.timexes) {
        if (!inside(t.text.span, content) || t.type == "DURATION" || t.type == "SET")
            continue;
        if (auto interval = intervalOf(t.value, t.mod))
            inContent.push_back(*interval);
    }
    const std::optional<DayInterval> stated = statedOn ? intervalOf(*statedOn) : std::nullopt;
    // An event dated by the words that introduce the claim ("told the AP on
    // Feb. 2") is dated when it was said, not when it happened: an event on
    // the day of the statement counts only when the claim itself names the
    // date or other articles report the event too.
    auto trusted = [&](const DatedEvent& d) {
        if (!stated || !intersects(d.when, *stated))
            return true;
        if (std::any_of(inContent.begin(), inContent.end(), [&](const DayInterval& t) { return intersects(t, d.when); }))
            return true;
        return std::any_of(d.ids.begin(), d.ids.end(), [&](std::int64_t id) { return corroborated.count(id) > 0; });
    };
    const DatedEvent* best = nullptr;
    std::int64_t bestOverlap = 0;
    const std::vector<DatedEvent> events = datedEvents(analysis);
    for (const auto& d : events) {
        const std::int64_t o = overlap(d.event->evidence.span, content);
        if (o > bestOverlap && trusted(d)) {
            best = &d;
            bestOverlap = o;
        }
    }
    if (best)
        return HappenedDate{best->when, HappenedSource::Event, best->event->date};
    for (const auto& t : analysis.timexes) {
        if (!inside(t.text.span, content) || t.type == "DURATION" || t.type == "SET")
            continue;
        if (auto interval = intervalOf(t.value, t.mod))
            return HappenedDate{*interval, HappenedSource::DateInClaim, t.value};
    }
    return std::nullopt;
}

Result<std::vector<TimelineEntry>> buildEntries(store::ProjectStore& store) {
    const store::ReadSnapshot snapshot = store.readSnapshot();  // one consistent project
    auto documents = store.documents();
    if (!documents)
        return makeError(documents.error());
    auto claims = store.claims({});
    if (!claims)
        return makeError(claims.error());
    auto eventGroups = store.eventClusters();
    if (!eventGroups)
        return makeError(eventGroups.error());
    std::map<std::int64_t, std::int64_t> eventCluster;
    std::set<std::int64_t> corroborated;  // events other articles report too
    for (std::size_t g = 0; g < eventGroups->size(); ++g)
        for (auto id : (*eventGroups)[g]) {
            eventCluster[id] = static_cast<std::int64_t>(g + 1);
            if ((*eventGroups)[g].size() > 1)
                corroborated.insert(id);
        }
    std::map<std::int64_t, std::vector<const store::ClaimRow*>> claimsOf;
    for (const auto& c : *claims)
        claimsOf[c.documentId].push_back(&c);

    std::vector<TimelineEntry> out;
    for (const auto& doc : *documents) {
        auto analysis = store.analysis(doc.id);
        if (!analysis)
            return makeError(analysis.error());
        const std::optional<DayInterval> published = doc.published ? intervalOf(*doc.published) : std::nullopt;
        for (const DatedEvent& d : datedEvents(*analysis)) {
            const Event& e = *d.event;
            TimelineEntry entry;
            entry.kind = EntryKind::Event;
            entry.happened = d.when;
            entry.id = e.id;
            entry.documentId = doc.id;
            entry.evidence = e.evidence.span;
            entry.label = shortLabel(e.what.empty() ? e.evidence.text : e.what);
            entry.text = e.evidence.text;
            entry.outlet = doc.outlet;
            entry.place = e.place;
            entry.happenedSource = HappenedSource::Event;
            entry.happenedValue = e.date;
            for (auto id : d.ids)
                if (const auto it = eventCluster.find(id); it != eventCluster.end() && !entry.clusterId)
                    entry.clusterId = it->second;
            out.push_back(std::move(entry));
        }
        for (const store::ClaimRow* c : claimsOf[doc.id]) {
            TimelineEntry entry;
            entry.kind = EntryKind::Claim;
            entry.id = c->id;
            entry.documentId = doc.id;
            entry.evidence = c->contentSpan;
            entry.label = shortLabel(withoutThat(c->content));
            entry.text = c->content;
            entry.speaker = c->speakerName;
            for (const Speaker& s : analysis->speakers)
                if (c->speakerId && s.id == *c->speakerId)
                    entry.speakerIsPerson = s.kind == SpeakerKind::Person;
            entry.outlet = c->outlet;
            entry.clusterId = c->clusterId;
            entry.disagreement = c->disagreement;
            entry.disagreementReason = c->disagreementReason;
            entry.status = c->status;
            if (auto h = happenedDate(c->contentSpan, *analysis, c->statedOn, corroborated)) {
                entry.happened = h->interval;
                entry.happenedSource = h->source;
                entry.happenedValue = h->value;
            }
            if (c->statedOn)
                entry.stated = intervalOf(*c->statedOn);
            entry.published = published;
            out.push_back(std::move(entry));
        }
    }
    datesFromClusters(out);
    std::erase_if(out, [](const TimelineEntry& e) { return !e.extent(); });
    return out;
}

}  // namespace claimdesk::timeline
