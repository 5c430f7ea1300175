#include <gtest/gtest.h>

#include "core/report/reportdata.h"
#include "core/store/projectstore.h"
#include "core/text/utf8.h"

namespace claimdesk::report {
namespace {

Span spanOf(const std::string& text, const std::string& needle) {
    const auto at = text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    const auto start = text::codePointCount(std::string_view(text).substr(0, at));
    return {start, start + text::codePointCount(needle)};
}

Claim claim(const std::string& text, std::int64_t speaker, const std::string& content, const std::string& figure = {}) {
    Claim c;
    c.speakerIndex = speaker;
    c.content = {spanOf(text, content), content};
    c.statedOn = "2025-04-01";
    if (!figure.empty()) {
        Quantity q;
        q.text = {spanOf(text, figure), figure};
        c.quantities.push_back(q);
    }
    return c;
}

Document document(const std::string& name, const std::string& outlet, const std::string& text) {
    Document d;
    d.fileName = name;
    d.filePath = "/t/" + name;
    d.text = d.original = text;
    d.sha256 = std::string(64 - name.size(), 'a') + name;
    d.source.outlet = outlet;
    d.source.title = "Title of " + name;
    d.source.authors = {"Ida Marsh"};
    d.source.published = "2025-04-02";
    d.body = {0, text::codePointCount(text)};
    return d;
}

// Two outlets report the same dam repair with different figures; the
// first also says something nobody repeats.
class ReportDataTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = store::ProjectStore::open(":memory:");
        ASSERT_TRUE(opened) << opened.error();
        m_store.emplace(std::move(*opened));
        const std::string a =
            "Valley Times\n"
            "Привіт. Engineer Olga Bren said 40 crews work on the dam. She said the road stays closed.\n"
            "A second paragraph without claims.\n";
        const std::string b = "Hill Courier\nOlga Bren told us 12 crews work on the dam.\n";
        Analysis aa;
        aa.speakers.push_back({0, "Olga Bren", SpeakerKind::Person, "Engineer", {}, ""});
        aa.claims = {claim(a, 0, "40 crews work on the dam", "40 crews"), claim(a, 0, "the road stays closed")};
        Analysis ab;
        ab.speakers.push_back({0, "Olga Bren", SpeakerKind::Person, "Engineer", {}, ""});
        ab.claims = {claim(b, 0, "12 crews work on the dam", "12 crews")};
        m_a = m_store->addDocument(document("valley.txt", "Valley Times", a), aa)->id;
        m_b = m_store->addDocument(document("hill.txt", "Hill Courier", b), ab)->id;

        auto rows = m_store->claims({});
        ASSERT_EQ(rows->size(), 3u);
        for (const auto& r : *rows) {
            if (r.content == "40 crews work on the dam") m_crews40 = r.id;
            if (r.content == "12 crews work on the dam") m_crews12 = r.id;
            if (r.content == "the road stays closed") m_road = r.id;
        }
        store::ClusterRecord dam{0, {m_crews40, m_crews12}, true, "figures differ: 40 vs 12 crews", 2, 2, "", {}};
        store::ClusterRecord road{0, {m_road}, false, "", 1, 1, "", {}};
        ASSERT_TRUE(m_store->writeClaimClusters({dam, road}).ok());
        ASSERT_TRUE(m_store->review({{m_crews40, ClaimStatus::Confirmed, "", "ida", "2025-04-03T10:00:00Z"},
                                     {m_road, ClaimStatus::Rejected, "contradicted by the ministry", "ida",
                                      "2025-04-03T11:00:00Z"}})
                        .ok());
        store::Annotation note;
        note.documentId = m_a;
        note.span = spanOf(a, "the dam");
        note.kind = store::AnnotationKind::Note;
        note.note = "Which dam? Two are under repair.";
        note.author = "ida";
        note.createdAt = "2025-04-03T12:00:00Z";
        ASSERT_TRUE(m_store->addAnnotation(note));
    }

    std::optional<store::ProjectStore> m_store;
    std::int64_t m_a = 0, m_b = 0, m_crews40 = 0, m_crews12 = 0, m_road = 0;
};

TEST_F(ReportDataTest, GathersSummaryDisagreementsAndSources) {
    ReportOptions options;
    options.title = "Dam repair";
    options.analyst = "Ida Marsh";
    options.date = "2025-04-04";
    auto data = buildReport(*m_store, options);
    ASSERT_TRUE(data) << data.error();
    EXPECT_EQ(data->title, "Dam repair");
    EXPECT_EQ(data->outlets, (std::vector<std::string>{"Hill Courier", "Valley Times"}));
    EXPECT_EQ(data->summary.documents, 2);
    EXPECT_EQ(data->summary.claims, 3);
    EXPECT_EQ(data->summary.confirmed, 1);
    EXPECT_EQ(data->summary.rejected, 1);
    EXPECT_EQ(data->summary.extracted, 1);
    EXPECT_EQ(data->summary.notes, 1);
    ASSERT_EQ(data->disagreements.size(), 1u);
    EXPECT_EQ(data->disagreements[0].reason, "figures differ: 40 vs 12 crews");
    ASSERT_EQ(data->disagreements[0].claims.size(), 2u);
    EXPECT_EQ(data->disagreements[0].claims[0].speaker, "Olga Bren");
    ASSERT_EQ(data->sources.size(), 2u);
    // Same date: by outlet.
    EXPECT_EQ(data->sources[0].outlet, "Hill Courier");
    EXPECT_EQ(data->sources[1].sha256.substr(54), "valley.txt");
    EXPECT_EQ(data->sources[1].claimCount, 2);

    // The rejected claim carries the reason and who decided it.
    bool sawRejected = false;
    for (const auto& g : data->groups)
        for (const auto& c : g.claims)
            if (c.id == m_road) {
                sawRejected = true;
                EXPECT_EQ(c.reason, "contradicted by the ministry");
                EXPECT_EQ(c.analyst, "ida");
                EXPECT_EQ(c.speakerRole, "Engineer");
            }
    EXPECT_TRUE(sawRejected);
    // Clustered claims form a group, headed by their disagreement.
    ASSERT_EQ(data->groups.size(), 2u);
    EXPECT_EQ(data->groups[0].claims.size(), 2u);
    EXPECT_NE(data->groups[0].note.find("disagreement"), std::string::npos);
    // Named by what they say (these figures count nothing named), never by a cluster number.
    EXPECT_EQ(data->groups[0].heading.find("Cluster"), std::string::npos);
    EXPECT_NE(data->groups[0].heading.find("crews work on the dam"), std::string::npos);
    EXPECT_EQ(data->groups[1].heading, "Single claims");
    // Claims numbered in the order listed, each citing its numbered source.
    int number = 0;
    for (const auto& g : data->groups)
        for (const auto& c : g.claims) {
            EXPECT_EQ(c.number, ++number);
            ASSERT_GE(c.sourceNumber, 1);
            EXPECT_EQ(data->sources[static_cast<std::size_t>(c.sourceNumber - 1)].documentId, c.documentId);
        }
    for (const auto& c : data->disagreements[0].claims)
        EXPECT_GT(c.number, 0) << "a disagreement cites the numbers the claims section gives";
}

TEST_F(ReportDataTest, ExcerptsMarkClaimsInCodePointsAndNumberNotes) {
    auto data = buildReport(*m_store, {});
    ASSERT_TRUE(data) << data.error();
    ASSERT_EQ(data->excerpts.size(), 2u);
    const DocumentExcerpts& valley = data->excerpts[1];
    EXPECT_EQ(valley.outlet, "Valley Times");
    ASSERT_EQ(valley.excerpts.size(), 1u);  // the paragraph without claims is left out
    const Excerpt& e = valley.excerpts[0];
    EXPECT_EQ(e.text.rfind("Привіт.", 0), 0u);
    ASSERT_EQ(valley.notes.size(), 1u);
    EXPECT_EQ(valley.notes[0].number, 1);
    EXPECT_EQ(valley.notes[0].quote, "the dam");
    const std::u32string cps = text::toUtf32(e.text);
    int claims = 0, notes = 0;
    for (const Mark& m : e.marks) {
        const std::string marked = text::toUtf8(cps.substr(m.span.start, m.span.end - m.span.start));
        if (m.kind == Mark::Kind::Note) {
            ++notes;
            EXPECT_EQ(marked, "the dam");
            EXPECT_EQ(m.noteNumber, 1);
        } else {
            ++claims;
            if (m.status == ClaimStatus::Confirmed) {
                EXPECT_EQ(marked, "40 crews work on the dam");
            }
            if (m.status == ClaimStatus::Rejected) {
                EXPECT_EQ(marked, "the road stays closed");
            }
        }
    }
    EXPECT_EQ(claims, 2);
    EXPECT_EQ(notes, 1);
}

TEST_F(ReportDataTest, NotesAreNumberedAcrossTheReport) {
    store::Annotation note;
    note.documentId = m_b;
    note.span = {13, 22};  // "Olga Bren"
    note.kind = store::AnnotationKind::Note;
    note.note = "Same engineer?";
    note.author = "ida";
    note.createdAt = "2025-04-03T13:00:00Z";
    ASSERT_TRUE(m_store->addAnnotation(note));
    auto data = buildReport(*m_store, {});
    ASSERT_TRUE(data) << data.error();
    // Hill Courier comes first (same date, outlet order), so its note is 1.
    ASSERT_EQ(data->excerpts.size(), 2u);
    ASSERT_EQ(data->excerpts[0].notes.size(), 1u);
    EXPECT_EQ(data->excerpts[0].notes[0].number, 1);
    EXPECT_EQ(data->excerpts[0].notes[0].quote, "Olga Bren");
    EXPECT_EQ(data->excerpts[1].notes[0].number, 2);
    EXPECT_EQ(data->summary.notes, 2);
}

TEST_F(ReportDataTest, OptionsFilterStatusesDocumentsAndExcerpts) {
    ReportOptions options;
    options.statuses = {ClaimStatus::Confirmed, ClaimStatus::Extracted};
    options.documentIds = {m_a};
    options.excerpts = false;
    options.grouping = Grouping::Speaker;
    auto data = buildReport(*m_store, options);
    ASSERT_TRUE(data) << data.error();
    EXPECT_EQ(data->summary.documents, 1);
    EXPECT_EQ(data->summary.claims, 1);
    EXPECT_EQ(data->sources.size(), 1u);
    EXPECT_TRUE(data->excerpts.empty());
    ASSERT_EQ(data->groups.size(), 1u);
    EXPECT_EQ(data->groups[0].heading, "Olga Bren (Engineer)");
    ASSERT_EQ(data->groups[0].claims.size(), 1u);
    EXPECT_EQ(data->groups[0].claims[0].id, m_crews40);
    // The disagreement still shows, with only the member the report covers.
    ASSERT_EQ(data->disagreements.size(), 1u);
    EXPECT_EQ(data->disagreements[0].claims.size(), 1u);
}

TEST_F(ReportDataTest, UnknownDocumentIsAnError) {
    ReportOptions options;
    options.documentIds = {9999};
    auto data = buildReport(*m_store, options);
    ASSERT_FALSE(data);
    EXPECT_NE(data.error().find("9999"), std::string::npos);
}

}  // namespace
}  // namespace claimdesk::report

namespace claimdesk::report {
namespace {

// A belief or an intention is no statement, and a statement not made is
// none at all: the summary counts them apart.
TEST(ReportSummary, CountsBeliefsAndStatementsNotMadeApartFromStatements) {
    auto store = store::ProjectStore::open(":memory:");
    ASSERT_TRUE(store) << store.error();
    const std::string text =
        "Olga Bren said 40 crews work on the dam. She hopes the road reopens. She did not say the dam leaks. "
        "She urged drivers to wait.\n";
    Analysis a;
    a.speakers.push_back({0, "Olga Bren", SpeakerKind::Person, "Engineer", {}, ""});
    a.claims = {claim(text, 0, "40 crews work on the dam"), claim(text, 0, "the road reopens"),
                claim(text, 0, "the dam leaks"), claim(text, 0, "drivers to wait")};
    a.claims[1].type = ClaimType::Belief;
    a.claims[2].polarity = Polarity::Negated;
    a.claims[3].type = ClaimType::Request;
    ASSERT_TRUE(store->addDocument(document("v.txt", "Valley Times", text), a));
    auto data = buildReport(*store, {});
    ASSERT_TRUE(data) << data.error();
    EXPECT_EQ(data->summary.claims, 4);
    EXPECT_EQ(data->summary.statements, 1);
    EXPECT_EQ(data->summary.beliefs, 1);
    EXPECT_EQ(data->summary.notMade, 1);
    EXPECT_EQ(data->summary.requestsAndReferences, 1);
}

}  // namespace
}  // namespace claimdesk::report
