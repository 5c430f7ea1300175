#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/store/projectstore.h"
#include "core/timeline/timelineentry.h"
#include "core/timeline/timelinejs.h"

#include <nlohmann/json.hpp>

namespace claimdesk::timeline {
namespace {

// A small article of our own, with every kind of date a claim can carry.
const std::string kText =
    "The port authority said on Tuesday that the storm on March 1 flooded the docks. "
    "The authority added that repairs would cost millions. "
    "In early February the old pier was closed to traffic.";

Span spanOf(const std::string& part) {
    const auto at = static_cast<std::int64_t>(kText.find(part));
    return {at, at + static_cast<std::int64_t>(part.size())};
}

TextSpan textSpan(const std::string& part) { return {spanOf(part), part}; }

Document article(const std::string& name, const std::string& outlet, std::optional<std::string> published) {
    Document d;
    d.fileName = name;
    d.filePath = "/articles/" + name;
    d.original = kText + name;  // a distinct hash per article
    d.text = kText;
    d.sha256 = std::string(64 - name.size(), '0') + name;
    d.source.outlet = outlet;
    d.source.published = std::move(published);
    d.body = {0, static_cast<std::int64_t>(kText.size())};
    d.ingestedAt = "2025-03-05T10:00:00Z";
    return d;
}

Analysis analysis() {
    Analysis a;
    Speaker s;
    s.name = "Port Authority";
    s.kind = SpeakerKind::Organization;
    s.mentions.push_back(textSpan("The port authority"));
    a.speakers.push_back(s);
    Claim storm;
    storm.speakerIndex = 0;
    storm.content = textSpan("the storm on March 1 flooded the docks");
    storm.statedOn = "2025-03-04";
    a.claims.push_back(storm);
    Claim cost;
    cost.speakerIndex = 0;
    cost.content = textSpan("that repairs would cost millions");  // the label drops the "that"
    cost.statedOn = "2025-03-04";
    a.claims.push_back(cost);
    a.timexes.push_back({textSpan("Tuesday"), "DATE", "2025-03-04", ""});
    a.timexes.push_back({textSpan("March 1"), "DATE", "2025-03-01", ""});
    a.timexes.push_back({textSpan("early February"), "DATE", "2025-02", "START"});
    Event pier;
    pier.date = "2025-02";
    pier.what = "old pier closed";
    pier.evidence = textSpan("In early February the old pier was closed to traffic");
    a.events.push_back(pier);
    Event undated;
    undated.what = "something undated";
    undated.evidence = textSpan("repairs would cost millions");
    a.events.push_back(undated);
    return a;
}

const TimelineEntry* find(const std::vector<TimelineEntry>& entries, EntryKind kind, const std::string& label,
                          const std::string& outlet = "Harbour Ledger") {
    for (const auto& e : entries)
        if (e.kind == kind && e.label == label && e.outlet == outlet)
            return &e;
    return nullptr;
}

class BuildEntries : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = store::ProjectStore::open(":memory:");
        ASSERT_TRUE(opened) << opened.error();
        m_store.emplace(std::move(*opened));
        ASSERT_TRUE(m_store->addDocument(article("a.txt", "Harbour Ledger", "2025-03-05"), analysis()));
        ASSERT_TRUE(m_store->addDocument(article("b.txt", "Coast Courier", std::nullopt), analysis()));
    }
    std::optional<store::ProjectStore> m_store;
};

TEST_F(BuildEntries, ClaimsCarryTheirThreeDates) {
    auto entries = buildEntries(*m_store);
    ASSERT_TRUE(entries) << entries.error();
    // Two articles: two claims each and one dated event each (the undated left out).
    EXPECT_EQ(std::count_if(entries->begin(), entries->end(), [](auto& e) { return e.kind == EntryKind::Claim; }), 4);
    EXPECT_EQ(std::count_if(entries->begin(), entries->end(), [](auto& e) { return e.kind == EntryKind::Event; }), 2);

    const TimelineEntry* storm = find(*entries, EntryKind::Claim, "the storm on March 1 flooded the docks");
    ASSERT_TRUE(storm);
    ASSERT_TRUE(storm->happened);
    EXPECT_EQ(isoDate(storm->happened->first), "2025-03-01");
    EXPECT_EQ(storm->happenedSource, HappenedSource::DateInClaim);
    ASSERT_TRUE(storm->stated);
    EXPECT_EQ(isoDate(storm->stated->first), "2025-03-04");
    ASSERT_TRUE(storm->published);
    EXPECT_EQ(isoDate(storm->published->first), "2025-03-05");
    EXPECT_EQ(storm->speaker, "Port Authority");
    EXPECT_EQ(storm->outlet, "Harbour Ledger");
    EXPECT_EQ(storm->evidence, spanOf("the storm on March 1 flooded the docks"));

    const TimelineEntry* cost = find(*entries, EntryKind::Claim, "repairs would cost millions");
    ASSERT_TRUE(cost);
    EXPECT_FALSE(cost->happened);  // nothing says when; the undated event gives no date either
    EXPECT_TRUE(cost->stated);
}

TEST_F(BuildEntries, EventsTakeTheModOfTheirDate) {
    auto entries = buildEntries(*m_store);
    ASSERT_TRUE(entries);
    const TimelineEntry* pier = find(*entries, EntryKind::Event, "old pier closed");
    ASSERT_TRUE(pier);
    ASSERT_TRUE(pier->happened);
    EXPECT_EQ(isoDate(pier->happened->first), "2025-02-01");
    EXPECT_EQ(isoDate(pier->happened->last), "2025-02-10");  // "early February"
    EXPECT_EQ(pier->happened->precision, Precision::Vague);
}

TEST_F(BuildEntries, ClustersLendTheirDateAndDisagreement) {
    auto claims = m_store->claims({});
    ASSERT_TRUE(claims);
    std::vector<std::int64_t> storms, costs;
    for (const auto& c : *claims)
        (c.content.find("storm") != std::string::npos ? storms : costs).push_back(c.id);
    ASSERT_EQ(storms.size(), 2u);
    ASSERT_EQ(costs.size(), 2u);
    // A cost claim placed with the storm claims learns when the storm happened.
    store::ClusterRecord stormCluster{0, {storms[0], storms[1], costs[0]}, false, "", 2, 1, "", {}};
    store::ClusterRecord alone{0, {costs[1]}, true, "millions vs thousands", 1, 1, "", {}};
    ASSERT_TRUE(m_store->writeClaimClusters({stormCluster, alone}).ok());

    auto entries = buildEntries(*m_store);
    ASSERT_TRUE(entries);
    int checked = 0;
    for (const auto& e : *entries) {
        if (e.kind != EntryKind::Claim || e.id != costs[0])
            continue;
        ++checked;
        ASSERT_TRUE(e.happened);
        EXPECT_EQ(isoDate(e.happened->first), "2025-03-01");
        EXPECT_EQ(e.happenedSource, HappenedSource::Cluster);
    }
    for (const auto& e : *entries)
        if (e.kind == EntryKind::Claim && e.id == costs[1]) {
            EXPECT_TRUE(e.disagreement);
            EXPECT_EQ(e.disagreementReason, "millions vs thousands");
            ++checked;
        }
    EXPECT_EQ(checked, 2);
}

TEST(HappenedDate, AnEventOverlappingTheClaimComesBeforeADateInIt) {
    Analysis a;
    Event e;
    e.date = "2025-01-31";
    e.evidence = {{10, 40}, ""};
    a.events.push_back(e);
    a.timexes.push_back({{{20, 27}, "Feb. 2"}, "DATE", "2025-02-02", ""});
    auto h = happenedDate({15, 50}, a);
    ASSERT_TRUE(h);
    EXPECT_EQ(h->source, HappenedSource::Event);
    EXPECT_EQ(isoDate(h->interval.first), "2025-01-31");
    // Outside the event's evidence, the date inside the claim.
    h = happenedDate({45, 60}, a);
    EXPECT_FALSE(h);
    a.timexes.push_back({{{50, 55}, "today"}, "DATE", "PRESENT_REF", ""});
    a.timexes.push_back({{{55, 58}, "3 weeks"}, "DURATION", "P3W", ""});
    EXPECT_FALSE(happenedDate({45, 60}, a));
    a.timexes.push_back({{{58, 60}, "Jan"}, "DATE", "2025-01", ""});
    h = happenedDate({45, 60}, a);
    ASSERT_TRUE(h);
    EXPECT_EQ(h->source, HappenedSource::DateInClaim);
    EXPECT_EQ(h->interval.precision, Precision::Vague);
}

TEST(HappenedDate, AnEventDatedTheDayItWasSaidNeedsBacking) {
    // "The minister said on Feb. 2 that the bridge fell." The event took its
    // date from the attribution; the claim says nothing of when it fell.
    Analysis a;
    Event e;
    e.id = 7;
    e.date = "2025-02-02";
    e.evidence = {{0, 60}, ""};
    a.events.push_back(e);
    a.timexes.push_back({{{20, 26}, "Feb. 2"}, "DATE", "2025-02-02", ""});
    const Span content{32, 60};
    EXPECT_FALSE(happenedDate(content, a, std::string("2025-02-02")));
    // Said another day: the event's date stands.
    EXPECT_TRUE(happenedDate(content, a, std::string("2025-02-05")));
    // Another article reports the event: it stands too.
    EXPECT_TRUE(happenedDate(content, a, std::string("2025-02-02"), {7}));
    // The claim names the day itself ("fell today"): it stands.
    a.timexes.push_back({{{50, 55}, "today"}, "DATE", "2025-02-02", ""});
    const auto h = happenedDate(content, a, std::string("2025-02-02"));
    ASSERT_TRUE(h);
    EXPECT_EQ(h->source, HappenedSource::Event);
}

TEST(HappenedDate, OneSentenceOfSeveralDaysIsOneStretch) {
    Analysis a;
    for (const char* date : {"2025-01-04", "2025-01-03"}) {  // "in battles yesterday and today"
        Event e;
        e.date = date;
        e.evidence = {{0, 40}, ""};
        a.events.push_back(e);
    }
    const auto h = happenedDate({5, 30}, a, std::string("2025-01-06"));
    ASSERT_TRUE(h);
    EXPECT_EQ(isoDate(h->interval.first), "2025-01-03");
    EXPECT_EQ(isoDate(h->interval.last), "2025-01-04");
    EXPECT_EQ(h->interval.precision, Precision::Duration);
    // Months apart: two events, not one stretch.
    a.events[1].date = "2024-08-06";
    const auto apart = happenedDate({5, 30}, a, std::string("2025-01-06"));
    ASSERT_TRUE(apart);
    EXPECT_EQ(apart->interval.first, apart->interval.last);
}

// The extractor dates "in battles yesterday and today" by its latest day;
// the earlier day named in its evidence stretches it back.
TEST(HappenedDate, AnEventStretchesBackToTheEarlierDaysItsSentenceNames) {
    Analysis a;
    Event e;
    e.date = "2025-01-04";
    e.evidence = {{0, 40}, ""};
    a.events.push_back(e);
    a.timexes.push_back({{{11, 20}, "yesterday"}, "DATE", "2025-01-03", ""});
    a.timexes.push_back({{{25, 30}, "today"}, "DATE", "2025-01-04", ""});
    const auto h = happenedDate({5, 30}, a, std::string("2025-01-06"));
    ASSERT_TRUE(h);
    EXPECT_EQ(isoDate(h->interval.first), "2025-01-03");
    EXPECT_EQ(isoDate(h->interval.last), "2025-01-04");
    EXPECT_EQ(h->interval.precision, Precision::Duration);
    // A date weeks earlier in the sentence is another matter, not a stretch.
    a.timexes[0].value = "2024-11-20";
    const auto single = happenedDate({5, 30}, a, std::string("2025-01-06"));
    ASSERT_TRUE(single);
    EXPECT_EQ(single->interval.first, single->interval.last);
}

TEST(ShortLabel, CutsAtAWordWithAnEllipsis) {
    EXPECT_EQ(shortLabel("short one"), "short one");
    EXPECT_EQ(shortLabel("  spaces\n and\tlines  "), "spaces and lines");
    EXPECT_EQ(shortLabel("the storm on March 1 flooded the docks", 20), "the storm on March\xE2\x80\xA6");
    // Code points, not bytes: Cyrillic letters are two bytes each.
    EXPECT_EQ(shortLabel("\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2", 4), "\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2");
}

TEST_F(BuildEntries, TimelineJsHasATitleSlideAndOneEventPerEntry) {
    auto entries = buildEntries(*m_store);
    ASSERT_TRUE(entries);
    const auto json = nlohmann::json::parse(toTimelineJs(*entries, {"Storm", "two outlets", LaneMode::Outlet}));
    EXPECT_EQ(json["title"]["text"]["headline"], "Storm");
    ASSERT_EQ(json["events"].size(), entries->size());
    bool sawStorm = false, sawPier = false;
    for (const auto& ev : json["events"]) {
        ASSERT_TRUE(ev.contains("start_date"));
        ASSERT_TRUE(ev["start_date"].contains("year"));
        const std::string id = ev["unique_id"];
        const std::string headline = ev["text"]["headline"];
        if (headline == "Port Authority: the storm on March 1 flooded the docks" && ev["group"] == "Harbour Ledger") {
            sawStorm = true;
            EXPECT_EQ(ev["start_date"], (nlohmann::json{{"year", "2025"}, {"month", "3"}, {"day", "1"}}));
            EXPECT_FALSE(ev.contains("end_date"));
            const std::string text = ev["text"]["text"];
            EXPECT_NE(text.find("Said: 2025-03-04"), std::string::npos);
            EXPECT_NE(text.find("Published: 2025-03-05"), std::string::npos);
            EXPECT_EQ(id.rfind("claim-", 0), 0u);
        }
        if (headline == "old pier closed") {
            sawPier = true;  // "early February": a start and an end
            EXPECT_EQ(ev["start_date"], (nlohmann::json{{"year", "2025"}, {"month", "2"}, {"day", "1"}}));
            EXPECT_EQ(ev["end_date"], (nlohmann::json{{"year", "2025"}, {"month", "2"}, {"day", "10"}}));
        }
    }
    EXPECT_TRUE(sawStorm);
    EXPECT_TRUE(sawPier);
}

TEST(TimelineJs, WholeMonthsAndYearsArePartialDates) {
    TimelineEntry month;
    month.kind = EntryKind::Event;
    month.label = "a month <b>";
    month.happened = intervalOf("2024-08");
    TimelineEntry year = month;
    year.happened = intervalOf("2024");
    TimelineEntry undated = month;
    undated.happened.reset();
    const auto json = nlohmann::json::parse(toTimelineJs({month, year, undated}));
    ASSERT_EQ(json["events"].size(), 2u);
    EXPECT_EQ(json["events"][0]["start_date"], (nlohmann::json{{"year", "2024"}, {"month", "8"}}));
    EXPECT_EQ(json["events"][0]["text"]["headline"], "a month &lt;b&gt;");
    EXPECT_EQ(json["events"][1]["start_date"], (nlohmann::json{{"year", "2024"}}));
}

}  // namespace
}  // namespace claimdesk::timeline
