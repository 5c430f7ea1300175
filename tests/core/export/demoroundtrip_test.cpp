// The W3C round trip on real ingestion: the demo corpus ingested, reviewed
// and annotated, exported, ingested again into a fresh project and
// imported there.
#include <gtest/gtest.h>

#include "core/export/webannotation.h"
#include "core/export/webannotationimport.h"
#include "core/pipeline/ingestion.h"
#include "exportfixtures.h"
#include "testsupport.h"

namespace claimdesk::exporting {
namespace {

const pipeline::Clock kClock = [] { return claimdesk::testing::fixedTime(); };

store::ProjectStore ingestedDemo() {
    auto opened = store::ProjectStore::open(":memory:");
    EXPECT_TRUE(opened.ok());
    store::ProjectStore s = std::move(*opened);
    const auto report = pipeline::ingestPaths(s, {claimdesk::testing::demoCorpusDir().string()}, {}, kClock);
    EXPECT_FALSE(report.anyFailed());
    return s;
}

TEST(DemoRoundTrip, AnExportImportedIntoAFreshProjectRecreatesEveryDecisionAndNote) {
    store::ProjectStore original = ingestedDemo();
    const auto claims = *original.claims({});
    ASSERT_GT(claims.size(), 20u);
    // Decisions on every fourth claim, grades on every sixth.
    std::vector<store::ReviewDecision> reviews;
    for (std::size_t i = 0; i < claims.size(); i += 4)
        reviews.push_back({claims[i].id, i % 8 == 0 ? ClaimStatus::Confirmed : ClaimStatus::Rejected,
                           i % 8 == 0 ? "" : "reason " + std::to_string(i) + ", with a comma",
                           i % 3 == 0 ? "ana" : "bo", "2025-03-20T10:" + std::to_string(10 + i % 50) + ":00Z"});
    ASSERT_TRUE(original.review(reviews).ok());
    for (std::size_t i = 0; i < claims.size(); i += 6)
        ASSERT_TRUE(original.setCredibility(claims[i].id, static_cast<int>(1 + i % 6)).ok());
    // A note and a highlight inside some claims, and a claim made by hand.
    for (std::size_t i = 1; i < claims.size(); i += 7) {
        store::Annotation note;
        note.documentId = claims[i].documentId;
        note.span = {claims[i].contentSpan.start, claims[i].contentSpan.start + 5};
        note.kind = store::AnnotationKind::Note;
        note.note = i % 2 ? "check this figure" : "";
        note.author = "cy";
        note.createdAt = "2025-03-21T09:00:00Z";
        ASSERT_TRUE(original.addAnnotation(note).ok());
    }
    const auto& last = claims.back();
    Claim own;
    const std::string text = original.document(last.documentId)->text;
    const Span ownSpan{last.contentSpan.start, last.contentSpan.start + 8};
    own.content = {ownSpan, text::sliceCodePoints(text, text::OffsetMap(text), ownSpan.start, ownSpan.end)};
    auto ownId = original.addAnalystClaim(last.documentId, own, last.speakerId);
    ASSERT_TRUE(ownId.ok()) << ownId.error();
    store::Annotation made;
    made.documentId = last.documentId;
    made.span = own.content.span;
    made.kind = store::AnnotationKind::Claim;
    made.claimId = *ownId;
    made.author = "cy";
    made.createdAt = "2025-03-21T09:30:00Z";
    ASSERT_TRUE(original.addAnnotation(made).ok());
    ASSERT_TRUE(original.review({{*ownId, ClaimStatus::Confirmed, "seen in the minutes", "cy", "2025-03-21T09:31:00Z"}})
                    .ok());

    auto project = readProject(original, {});
    ASSERT_TRUE(project.ok());
    const std::string exported = writeWebAnnotations(*project);

    store::ProjectStore fresh = ingestedDemo();
    auto items = readWebAnnotations(exported);
    ASSERT_TRUE(items.ok()) << items.error();
    auto report = importWebAnnotations(fresh, *items);
    ASSERT_TRUE(report.ok()) << report.error();
    EXPECT_TRUE(report->missingDocuments.empty());
    EXPECT_EQ(report->orphaned, 0);
    EXPECT_EQ(report->skipped, 0);
    EXPECT_EQ(report->claimsCreated, 1);
    EXPECT_TRUE(report->warnings.empty()) << report->warnings.front();
    EXPECT_EQ(testing::decisions(fresh), testing::decisions(original));
    // Exported again, the fresh project gives the same file.
    auto again = readProject(fresh, {});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(writeWebAnnotations(*again), exported);
}

}  // namespace
}  // namespace claimdesk::exporting
