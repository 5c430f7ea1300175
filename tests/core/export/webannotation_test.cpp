#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/export/webannotation.h"
#include "core/export/webannotationimport.h"
#include "exportfixtures.h"

namespace claimdesk::exporting {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using testing::kArticle;
using testing::decisions;
using testing::spanOf;

const std::string kSha = std::string(64, 'a');

class WebAnnotationTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_store = testing::articleStore();
        ASSERT_TRUE(m_store);
        auto claims = *m_store->claims({});
        m_bridge = claims[0].id;
        m_scrawl = claims[1].id;
        const auto doc = (*m_store->documents())[0].id;
        ASSERT_TRUE(m_store->review({{m_bridge, ClaimStatus::Confirmed, "council minutes, p. 4", "ana",
                                      "2025-03-06T08:00:00Z"}})
                        .ok());
        ASSERT_TRUE(m_store->setCredibility(m_bridge, 2).ok());
        ASSERT_TRUE(m_store->review({{m_scrawl, ClaimStatus::Rejected, "not a claim", "bo", "2025-03-06T09:00:00Z"},
                                     {m_scrawl, ClaimStatus::Rejected, "graffiti, not speech", "ana",
                                      "2025-03-06T10:00:00Z"}})
                        .ok());
        // A note, a highlight, an event annotation and a claim made by hand.
        addAnnotation(doc, "Łódź", store::AnnotationKind::Note, "which Łódź district?", "2025-03-06T11:00:00Z");
        addAnnotation(doc, "barrier", store::AnnotationKind::Note, "", "2025-03-06T11:05:00Z");
        const auto events = m_store->analysis(doc)->events;
        ASSERT_EQ(events.size(), 1u);
        addAnnotation(doc, "the bridge would reopen on Monday", store::AnnotationKind::Event, "date to watch",
                      "2025-03-06T11:10:00Z", std::nullopt, events[0].id);
        Claim own;
        own.content = testing::textSpan(kArticle, "a prank, not a threat");
        own.kind = ClaimKind::Direct;
        auto ownId = m_store->addAnalystClaim(doc, own, claims[1].speakerId);
        ASSERT_TRUE(ownId.ok());
        addAnnotation(doc, "a prank, not a threat", store::AnnotationKind::Claim, "", "2025-03-06T11:15:00Z", *ownId);
        ASSERT_TRUE(
            m_store->review({{*ownId, ClaimStatus::Confirmed, "", "cy", "2025-03-06T11:20:00Z"}}).ok());
    }

    void addAnnotation(std::int64_t doc, const std::string& quote, store::AnnotationKind kind, const std::string& note,
                       const std::string& at, std::optional<std::int64_t> claimId = std::nullopt,
                       std::optional<std::int64_t> eventId = std::nullopt) {
        store::Annotation a;
        a.documentId = doc;
        a.span = spanOf(kArticle, quote);
        a.kind = kind;
        a.note = note;
        a.claimId = claimId;
        a.eventId = eventId;
        a.author = kind == store::AnnotationKind::Claim ? "cy" : "ana";
        a.createdAt = at;
        ASSERT_TRUE(m_store->addAnnotation(a).ok());
    }

    std::string exported(store::ProjectStore& s) {
        auto project = readProject(s, {});
        EXPECT_TRUE(project.ok()) << project.error();
        return writeWebAnnotations(*project);
    }

    ImportReport import(store::ProjectStore& s, const std::string& text) {
        auto items = readWebAnnotations(text);
        EXPECT_TRUE(items.ok()) << items.error();
        auto report = importWebAnnotations(s, *items, {"importer", "2025-04-01T00:00:00Z", {}});
        EXPECT_TRUE(report.ok()) << report.error();
        return report.ok() ? *report : ImportReport{};
    }

    std::optional<store::ProjectStore> m_store;
    std::int64_t m_bridge = 0, m_scrawl = 0;
};

const json* findItem(const json& items, const std::string& motivation, const std::string& exact) {
    for (const auto& i : items)
        if (i["motivation"] == motivation && i["target"]["selector"][0]["exact"] == exact)
            return &i;
    return nullptr;
}

TEST_F(WebAnnotationTest, IsAnAnnotationCollectionWithItsItemsInline) {
    const json j = json::parse(exported(*m_store));
    EXPECT_EQ(j["@context"][0], "http://www.w3.org/ns/anno.jsonld");
    EXPECT_EQ(j["type"], "AnnotationCollection");
    EXPECT_FALSE(j["id"].get<std::string>().empty());
    EXPECT_EQ(j["first"]["type"], "AnnotationPage");
    const json& items = j["first"]["items"];
    // Three claims, a note, a highlight, an event annotation; the hand-made
    // claim's own annotation is the claim, not a second item.
    EXPECT_EQ(j["total"], 6);
    ASSERT_EQ(items.size(), 6u);
    std::set<std::string> ids;
    for (const auto& i : items) {
        EXPECT_EQ(i["type"], "Annotation");
        ids.insert(i["id"].get<std::string>());
    }
    EXPECT_EQ(ids.size(), items.size()) << "ids are unique";
}

TEST_F(WebAnnotationTest, AClaimIsAssessingWithItsStatusGradeReasonAndAnchors) {
    const json j = json::parse(exported(*m_store));
    const json* claim = findItem(j["first"]["items"], "assessing", "the bridge would reopen on Monday");
    ASSERT_TRUE(claim);
    const json& body = (*claim)["body"];
    EXPECT_EQ(body[0], json({{"type", "TextualBody"}, {"purpose", "assessing"}, {"value", "confirmed"},
                             {"format", "text/plain"}}));
    EXPECT_EQ(body[1]["purpose"], "classifying");
    EXPECT_EQ(body[1]["value"], "credibility 2: Probably true");
    EXPECT_EQ(body[2]["purpose"], "commenting");
    EXPECT_EQ(body[2]["value"], "council minutes, p. 4");
    EXPECT_EQ((*claim)["creator"], json({{"type", "Person"}, {"name", "ana"}}));
    EXPECT_EQ((*claim)["created"], "2025-03-06T08:00:00Z");

    const json& target = (*claim)["target"];
    EXPECT_EQ(target["source"]["id"], "urn:sha256:" + kSha);
    const json& quote = target["selector"][0];
    EXPECT_EQ(quote["type"], "TextQuoteSelector");
    // 32 code points of context each side.
    EXPECT_EQ(quote["prefix"], " March — Mayor Ilona Nowak said ");
    EXPECT_EQ(quote["suffix"], ".\nPolice said =SUM(A1) was scraw");
    const json& position = target["selector"][1];
    EXPECT_EQ(position["type"], "TextPositionSelector");
    EXPECT_EQ(position["start"], 39);  // code points, not bytes
    EXPECT_EQ(position["end"], 72);
    EXPECT_EQ((*claim)["claimdesk"]["credibility"], 2);
    EXPECT_EQ((*claim)["claimdesk"]["speaker"]["name"], "Ilona Nowak");
}

TEST_F(WebAnnotationTest, NotesCommentAndHighlightsAndEventsHighlight) {
    const json items = json::parse(exported(*m_store))["first"]["items"];
    const json* note = findItem(items, "commenting", "Łódź");
    ASSERT_TRUE(note);
    EXPECT_EQ((*note)["body"][0]["value"], "which Łódź district?");
    EXPECT_EQ((*note)["target"]["selector"][1]["start"], 0);
    EXPECT_EQ((*note)["target"]["selector"][1]["end"], 4);
    const json* highlight = findItem(items, "highlighting", "barrier");
    ASSERT_TRUE(highlight);
    EXPECT_FALSE(highlight->contains("body"));
    const json* event = findItem(items, "highlighting", "the bridge would reopen on Monday");
    ASSERT_TRUE(event);
    EXPECT_EQ((*event)["claimdesk"]["event"]["what"], "bridge reopens");
    EXPECT_EQ((*event)["claimdesk"]["kind"], "event");
}

TEST_F(WebAnnotationTest, AnExportImportedIntoAFreshProjectRecreatesTheSameAnnotations) {
    const std::string first = exported(*m_store);
    auto fresh = testing::articleStore();
    ASSERT_TRUE(fresh);
    const ImportReport report = import(*fresh, first);
    EXPECT_EQ(report.claimsUpdated, 2);
    EXPECT_EQ(report.claimsCreated, 1);
    EXPECT_EQ(report.annotationsAdded, 3);
    EXPECT_EQ(report.orphaned, 0);
    EXPECT_TRUE(report.warnings.empty()) << report.warnings.front();
    EXPECT_EQ(decisions(*fresh), decisions(*m_store));
    // And it exports to the very same collection.
    EXPECT_EQ(exported(*fresh), first);
}

TEST_F(WebAnnotationTest, ImportingTwiceAddsNothing) {
    const std::string text = exported(*m_store);
    auto fresh = testing::articleStore();
    import(*fresh, text);
    const std::string once = decisions(*fresh);
    const ImportReport again = import(*fresh, text);
    EXPECT_EQ(decisions(*fresh), once);
    EXPECT_EQ(again.claimsUnchanged, 3);
    EXPECT_EQ(again.duplicates, 3);
    EXPECT_EQ(again.annotationsAdded + again.claimsCreated + again.claimsUpdated, 0);
    // Into the project it came from, too.
    const std::string before = decisions(*m_store);
    import(*m_store, text);
    EXPECT_EQ(decisions(*m_store), before);
}

// Regression (issue 14): an imported decision dated in the future became
// the status and outranked every later review here.
TEST_F(WebAnnotationTest, AnImportNeverOverridesADecisionMadeHereAndListsTheConflict) {
    // A colleague's project: the same article, the bridge claim rejected by
    // a machine whose clock runs decades ahead.
    auto theirs = testing::articleStore();
    ASSERT_TRUE(theirs);
    const std::int64_t theirBridge = (*theirs->claims({}))[0].id;
    ASSERT_TRUE(theirs->review({{theirBridge, ClaimStatus::Rejected, "misquoted", "dee", "2099-01-01T00:00:00Z"}}).ok());
    const std::string text = exported(*theirs);

    const ImportReport report = import(*m_store, text);
    EXPECT_EQ(report.conflicts, 1);
    ASSERT_EQ(report.conflictList.size(), 1u);
    EXPECT_EQ(report.conflictList[0].claimId, m_bridge);
    EXPECT_EQ(report.conflictList[0].current.analyst, "ana");
    EXPECT_EQ(report.conflictList[0].imported.analyst, "dee");
    bool listed = false;
    for (const auto& w : report.warnings)
        listed = listed || (w.find("rejected (by dee, 2099-01-01T00:00:00Z) in the export, but is confirmed (by ana") !=
                            std::string::npos);
    EXPECT_TRUE(listed) << ::testing::PrintToString(report.warnings);
    EXPECT_EQ(m_store->claim(m_bridge)->status, ClaimStatus::Confirmed) << "the decision made here stands";

    // A review here after the import is the status, its time notwithstanding.
    ASSERT_TRUE(m_store->review({{m_bridge, ClaimStatus::Rejected, "", "ana", "2025-03-07T08:00:00Z"}}).ok());
    EXPECT_EQ(m_store->claim(m_bridge)->status, ClaimStatus::Rejected);

    // The conflict travels with the history: exported, it never applies.
    auto fresh = testing::articleStore();
    import(*fresh, exported(*m_store));
    EXPECT_EQ(decisions(*fresh), decisions(*m_store));
}

TEST_F(WebAnnotationTest, AMissingDocumentImportsNothingAndIsNamed) {
    const std::string text = exported(*m_store);
    auto other = store::ProjectStore::open(":memory:");
    ASSERT_TRUE(other->addDocument(testing::articleDocument("bridge.txt", kArticle, 'b'), testing::articleAnalysis()).ok());
    const std::string before = decisions(*other);
    auto items = readWebAnnotations(text);
    auto report = importWebAnnotations(*other, *items);
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->missingDocuments.size(), 1u);
    EXPECT_THAT(report->missingDocuments[0], HasSubstr("\"Bridge to reopen\" (urn:sha256:" + kSha + ")"));
    EXPECT_EQ(decisions(*other), before);
}

TEST_F(WebAnnotationTest, MovedTextReAnchorsByQuoteAndLostTextIsKeptAsAnOrphan) {
    const std::string text = exported(*m_store);
    // The same document read differently: a line before it, and "Łódź" gone.
    const std::string changed =
        "Updated 6 March.\nIn the city, Mayor Ilona Nowak said the bridge would reopen on Monday.\n"
        "Police said =SUM(A1) was scrawled on the barrier, \"a prank, not a threat\".\n";
    auto moved = testing::articleStore(changed);
    ASSERT_TRUE(moved);
    const ImportReport report = import(*moved, text);
    EXPECT_EQ(report.claimsUpdated, 2);
    EXPECT_EQ(report.claimsCreated, 1);
    EXPECT_EQ(report.orphaned, 1);
    ASSERT_EQ(report.warnings.size(), 1u);
    EXPECT_THAT(report.warnings[0], HasSubstr("\"Łódź\" is not in \"Bridge to reopen\""));
    const auto bridge = (*moved->claims({}))[0];
    EXPECT_EQ(bridge.contentSpan, spanOf(changed, "the bridge would reopen on Monday"));
    EXPECT_EQ(bridge.status, ClaimStatus::Confirmed);
    EXPECT_EQ(bridge.credibility, 2);
    const auto annotations = *moved->annotations((*moved->documents())[0].id);
    const auto orphan = std::find_if(annotations.begin(), annotations.end(), [](const auto& a) { return a.orphaned; });
    ASSERT_NE(orphan, annotations.end());
    EXPECT_EQ(orphan->exact, "Łódź");
    EXPECT_EQ(orphan->note, "which Łódź district?");
    // A second import finds the orphan already kept.
    const ImportReport again = import(*moved, text);
    EXPECT_EQ(again.orphaned, 0);
    EXPECT_EQ(again.duplicates, 3);
    EXPECT_EQ(again.claimsUnchanged, 3);
    // Its own export, the orphan included, imports into it without a copy.
    const ImportReport own = import(*moved, exported(*moved));
    EXPECT_EQ(own.orphaned, 0);
    const auto after = *moved->annotations((*moved->documents())[0].id);
    EXPECT_EQ(std::count_if(after.begin(), after.end(), [](const auto& a) { return a.orphaned; }), 1);
}

TEST_F(WebAnnotationTest, AnotherToolsAnnotationsAreRead) {
    const json foreign = {
        {"@context", "http://www.w3.org/ns/anno.jsonld"},
        {"type", "AnnotationPage"},
        {"items",
         {{{"type", "Annotation"},
           {"motivation", "commenting"},
           {"creator", "https://example.org/users/kim"},
           {"body", {{"type", "TextualBody"}, {"value", "Is this the old bridge?"}}},
           {"target",
            {{"source", "urn:sha256:" + kSha},
             {"selector", {{"type", "TextQuoteSelector"}, {"exact", "the bridge"}, {"prefix", "said "}}}}}},
          {{"type", "Annotation"},
           {"motivation", "assessing"},
           {"creator", {{"type", "Person"}, {"nickname", "kim"}}},
           {"modified", "2025-05-01T00:00:00Z"},
           {"body", {{{"type", "TextualBody"}, {"purpose", "assessing"}, {"value", "rejected"}},
                     {{"type", "TextualBody"}, {"purpose", "commenting"}, {"value", "never said"}}}},
           {"target",
            {{"source", "urn:sha256:" + kSha},
             {"selector", {{"type", "TextPositionSelector"}, {"start", 39}, {"end", 72}}}}}}}}};
    auto fresh = testing::articleStore();
    const ImportReport report = import(*fresh, foreign.dump());
    EXPECT_EQ(report.annotationsAdded, 1);
    EXPECT_EQ(report.claimsUpdated, 1);
    const auto bridge = (*fresh->claims({}))[0];
    EXPECT_EQ(bridge.status, ClaimStatus::Rejected);
    const auto history = *fresh->reviewHistory(bridge.id);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].reason, "never said");
    EXPECT_EQ(history[0].analyst, "kim");
    EXPECT_EQ(history[0].at, "2025-05-01T00:00:00Z");
    const auto note = (*fresh->annotations(bridge.documentId))[0];
    EXPECT_EQ(note.note, "Is this the old bridge?");
    EXPECT_EQ(note.author, "https://example.org/users/kim");
    EXPECT_EQ(note.createdAt, "2025-04-01T00:00:00Z");  // none given: the import's time
}

TEST(WebAnnotationRead, RefusesWhatIsNotAnExport) {
    struct Case {
        const char* text;
        const char* error;
    };
    for (const Case& c : {Case{"not json", "not JSON"},
                          Case{"{\"type\": \"Thing\"}", "not a W3C Web Annotation export"},
                          Case{"{\"type\": \"AnnotationCollection\", \"first\": \"https://x/page1\"}", "referenced"},
                          Case{"[{\"type\": \"Annotation\", \"target\": \"https://example.org/a\"}]",
                               "not a document identified as urn:sha256"},
                          Case{"[{\"type\": \"Note\"}]", "not an Annotation"}}) {
        auto r = readWebAnnotations(c.text);
        ASSERT_FALSE(r.ok()) << c.text;
        EXPECT_THAT(r.error(), HasSubstr(c.error)) << c.text;
    }
    auto empty = readWebAnnotations(R"({"type": "AnnotationCollection", "id": "urn:x"})");
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->empty());
}

}  // namespace
}  // namespace claimdesk::exporting
