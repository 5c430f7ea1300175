#include "core/timeline/timelinejs.h"

#include <map>

#include <nlohmann/json.hpp>

namespace claimdesk::timeline {
namespace {

using nlohmann::json;

json dateObject(Day day, bool withDay = true, bool withMonth = true) {
    const YearMonthDay d = civilOf(day);
    json out = {{"year", std::to_string(d.year)}};
    if (withMonth)
        out["month"] = std::to_string(d.month);
    if (withMonth && withDay)
        out["day"] = std::to_string(d.day);
    return out;
}

// A whole month or year is a partial date TimelineJS shows as such; any
// other stretch (a season, a week, "early February") a start and an end.
void putDates(json& slide, const DayInterval& when) {
    const YearMonthDay a = civilOf(when.first);
    const YearMonthDay b = civilOf(when.last);
    const YearMonthDay next = civilOf(when.last + 1);
    const bool wholeMonths = a.day == 1 && next.day == 1;
    if (when.first == when.last) {
        slide["start_date"] = dateObject(when.first);
    } else if (wholeMonths && a.year == b.year && a.month == b.month) {
        slide["start_date"] = dateObject(when.first, false);
    } else if (wholeMonths && a.month == 1 && b.month == 12 && a.year == b.year) {
        slide["start_date"] = dateObject(when.first, false, false);
    } else {
        slide["start_date"] = dateObject(when.first);
        slide["end_date"] = dateObject(when.last);
    }
}

std::string describe(const std::optional<DayInterval>& d) {
    if (!d)
        return "unknown";
    if (d->first == d->last)
        return isoDate(d->first);
    return isoDate(d->first) + " to " + isoDate(d->last);
}

std::string escapeHtml(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        default: out.push_back(c);
        }
    }
    return out;
}

}  // namespace

std::string toTimelineJs(const std::vector<TimelineEntry>& entries, const TimelineJsOptions& options) {
    std::map<std::size_t, std::string> groupOf;
    for (const Lane& lane : assignLanes(entries, options.groups))
        for (std::size_t i : lane.entries)
            groupOf[i] = lane.title;

    json events = json::array();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const TimelineEntry& e = entries[i];
        const std::optional<DayInterval> start = e.happened ? e.happened : e.stated ? e.stated : e.published;
        if (!start)
            continue;
        json slide;
        putDates(slide, *start);
        std::string headline = e.label;
        std::string body = "<p>" + escapeHtml(e.text) + "</p>";
        if (e.kind == EntryKind::Claim) {
            if (!e.speaker.empty())
                headline = e.speaker + ": " + headline;
            body += "<p>Happened: " + describe(e.happened) + "<br>Said: " + describe(e.stated) +
                    "<br>Published: " + describe(e.published) + "</p>";
            body += std::string("<p>Status: ") + claimStatusName(e.status) + "</p>";
            if (e.disagreement)
                body += "<p>Sources disagree: " + escapeHtml(e.disagreementReason) + "</p>";
        } else if (!e.place.empty()) {
            body += "<p>Place: " + escapeHtml(e.place) + "</p>";
        }
        if (!e.outlet.empty())
            body += "<p>Outlet: " + escapeHtml(e.outlet) + "</p>";
        slide["text"] = {{"headline", escapeHtml(headline)}, {"text", body}};
        if (const auto g = groupOf.find(i); g != groupOf.end())
            slide["group"] = escapeHtml(g->second);  // TimelineJS shows it as HTML
        slide["unique_id"] = (e.kind == EntryKind::Claim ? "claim-" : "event-") + std::to_string(e.id);
        events.push_back(std::move(slide));
    }
    json out;
    out["title"] = {{"text", {{"headline", escapeHtml(options.title)}, {"text", escapeHtml(options.subtitle)}}}};
    out["events"] = std::move(events);
    return out.dump(2, ' ', false, json::error_handler_t::replace);
}

}  // namespace claimdesk::timeline
