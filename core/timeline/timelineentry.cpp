#include "core/timeline/timelineentry.h"

#include <algorithm>
#include <map>

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

std::optional<HappenedDate> happenedDate(const Span& content, const Analysis& analysis) {
    const Event* best = nullptr;
    std::optional<DayInterval> bestInterval;
    std::int64_t bestOverlap = 0;
    for (const auto& e : analysis.events) {
        const std::int64_t o = overlap(e.evidence.span, content);
        if (o <= bestOverlap)
            continue;
        if (auto interval = intervalOf(e.date, modOf(e, analysis))) {
            best = &e;
            bestInterval = interval;
            bestOverlap = o;
        }
    }
    if (best)
        return HappenedDate{*bestInterval, HappenedSource::Event, best->date};
    for (const auto& t : analysis.timexes) {
        if (!inside(t.text.span, content) || t.type == "DURATION" || t.type == "SET")
            continue;
        if (auto interval = intervalOf(t.value, t.mod))
            return HappenedDate{*interval, HappenedSource::DateInClaim, t.value};
    }
    return std::nullopt;
}

Result<std::vector<TimelineEntry>> buildEntries(store::ProjectStore& store) {
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
    for (std::size_t g = 0; g < eventGroups->size(); ++g)
        for (auto id : (*eventGroups)[g])
            eventCluster[id] = static_cast<std::int64_t>(g + 1);
    std::map<std::int64_t, std::vector<const store::ClaimRow*>> claimsOf;
    for (const auto& c : *claims)
        claimsOf[c.documentId].push_back(&c);

    std::vector<TimelineEntry> out;
    for (const auto& doc : *documents) {
        auto analysis = store.analysis(doc.id);
        if (!analysis)
            return makeError(analysis.error());
        const std::optional<DayInterval> published = doc.published ? intervalOf(*doc.published) : std::nullopt;
        for (const auto& e : analysis->events) {
            TimelineEntry entry;
            entry.kind = EntryKind::Event;
            entry.happened = intervalOf(e.date, modOf(e, *analysis));
            if (!entry.happened)
                continue;
            entry.id = e.id;
            entry.documentId = doc.id;
            entry.evidence = e.evidence.span;
            entry.label = shortLabel(e.what.empty() ? e.evidence.text : e.what);
            entry.text = e.evidence.text;
            entry.outlet = doc.outlet;
            entry.place = e.place;
            entry.happenedSource = HappenedSource::Event;
            entry.happenedValue = e.date;
            if (const auto it = eventCluster.find(e.id); it != eventCluster.end())
                entry.clusterId = it->second;
            out.push_back(std::move(entry));
        }
        for (const store::ClaimRow* c : claimsOf[doc.id]) {
            TimelineEntry entry;
            entry.kind = EntryKind::Claim;
            entry.id = c->id;
            entry.documentId = doc.id;
            entry.evidence = c->contentSpan;
            entry.label = shortLabel(c->content);
            entry.text = c->content;
            entry.speaker = c->speakerName;
            entry.outlet = c->outlet;
            entry.clusterId = c->clusterId;
            entry.disagreement = c->disagreement;
            entry.disagreementReason = c->disagreementReason;
            entry.status = c->status;
            if (auto h = happenedDate(c->contentSpan, *analysis)) {
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
