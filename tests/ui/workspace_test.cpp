// Every Workspace edit, done, undone and redone against a temporary store.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include <QSignalSpy>
#include <QUndoStack>

#include "projectfixture.h"
#include "qtapp.h"
#include "testsupport.h"
#include "ui/edit/workspace.h"
#include "storeaccess.h"

namespace claimdesk::ui {
namespace {

class WorkspaceTest : public ::testing::Test {
protected:
    void SetUp() override {
        testing::qtApp();
        auto store = store::ProjectStore::open(m_dir.file("p.claimdesk").string());
        ASSERT_TRUE(store.ok()) << store.error();
        m_project = testing::writeSmallProject(*store);
        m_workspace = std::make_unique<Workspace>(std::move(*store), QStringLiteral("p.claimdesk"));
        m_workspace->setAnalyst(QStringLiteral("Ines Test"));
        m_workspace->setClock([this] { return QStringLiteral("2025-03-07T10:00:%1Z").arg(m_tick++, 2, 10, QLatin1Char('0')); });
        auto claims = m_workspace->claims({});
        ASSERT_TRUE(claims.ok());
        for (const auto& c : *claims)
            m_claims.push_back(c.id);
        ASSERT_EQ(m_claims.size(), 5u);
    }

    ClaimStatus status(qint64 id) { return m_workspace->claim(id)->status; }
    std::vector<store::ReviewDecision> history(qint64 id) { return *m_workspace->reviewHistory(id); }
    QUndoStack& stack() { return *m_workspace->undoStack(); }

    testing::TempDir m_dir;
    testing::SmallProject m_project;
    std::unique_ptr<Workspace> m_workspace;
    std::vector<qint64> m_claims;
    int m_tick = 0;
};

TEST_F(WorkspaceTest, ConfirmUndoRedoAppendsHistoryAndNeverErasesIt) {
    QSignalSpy changed(m_workspace.get(), &Workspace::claimsChanged);
    ASSERT_TRUE(m_workspace->confirmClaims({m_claims[0], m_claims[1]}));
    EXPECT_EQ(status(m_claims[0]), ClaimStatus::Confirmed);
    EXPECT_EQ(status(m_claims[1]), ClaimStatus::Confirmed);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.takeFirst().at(0).value<QList<qint64>>(), (QList<qint64>{m_claims[0], m_claims[1]}));
    EXPECT_EQ(stack().count(), 1);

    stack().undo();
    EXPECT_EQ(status(m_claims[0]), ClaimStatus::Extracted);
    auto h = history(m_claims[0]);
    ASSERT_EQ(h.size(), 2u);
    EXPECT_EQ(h[0].status, ClaimStatus::Confirmed);
    EXPECT_EQ(h[0].analyst, "Ines Test");
    EXPECT_EQ(h[0].at, "2025-03-07T10:00:00Z");
    EXPECT_EQ(h[1].status, ClaimStatus::Extracted);
    EXPECT_EQ(changed.size(), 1);

    stack().redo();
    EXPECT_EQ(status(m_claims[1]), ClaimStatus::Confirmed);
    EXPECT_EQ(history(m_claims[1]).size(), 3u);
}

TEST_F(WorkspaceTest, RejectKeepsTheReasonAndUndoRestoresThePreviousStatus) {
    ASSERT_TRUE(m_workspace->confirmClaims({m_claims[2]}));
    ASSERT_TRUE(m_workspace->rejectClaims({m_claims[2]}, QStringLiteral("the council said no such thing")));
    EXPECT_EQ(status(m_claims[2]), ClaimStatus::Rejected);
    EXPECT_EQ(history(m_claims[2]).back().reason, "the council said no such thing");
    stack().undo();
    EXPECT_EQ(status(m_claims[2]), ClaimStatus::Confirmed) << "undo goes back to what it was, not to extracted";
    stack().redo();
    EXPECT_EQ(status(m_claims[2]), ClaimStatus::Rejected);
    EXPECT_EQ(history(m_claims[2]).size(), 4u);
}

TEST_F(WorkspaceTest, ResetGoesBackToExtracted) {
    ASSERT_TRUE(m_workspace->rejectClaims({m_claims[3]}, QStringLiteral("misread")));
    ASSERT_TRUE(m_workspace->resetClaims({m_claims[3]}));
    EXPECT_EQ(status(m_claims[3]), ClaimStatus::Extracted);
    stack().undo();
    EXPECT_EQ(status(m_claims[3]), ClaimStatus::Rejected);
}

TEST_F(WorkspaceTest, AnUnknownClaimChangesNothingAndPushesNothing) {
    QSignalSpy errors(m_workspace.get(), &Workspace::errorOccurred);
    EXPECT_FALSE(m_workspace->confirmClaims({m_claims[0], 9999}));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(status(m_claims[0]), ClaimStatus::Extracted);
    EXPECT_TRUE(history(m_claims[0]).empty());
}

TEST_F(WorkspaceTest, CredibilityRoundTrip) {
    ASSERT_TRUE(m_workspace->setCredibility({m_claims[0]}, 2));
    ASSERT_TRUE(m_workspace->setCredibility({m_claims[0], m_claims[1]}, 5));
    EXPECT_EQ(m_workspace->claim(m_claims[0])->credibility, 5);
    stack().undo();
    EXPECT_EQ(m_workspace->claim(m_claims[0])->credibility, 2);
    EXPECT_EQ(m_workspace->claim(m_claims[1])->credibility, std::nullopt);
    stack().undo();
    EXPECT_EQ(m_workspace->claim(m_claims[0])->credibility, std::nullopt);
    stack().redo();
    stack().redo();
    EXPECT_EQ(m_workspace->claim(m_claims[1])->credibility, 5);
    EXPECT_FALSE(m_workspace->setCredibility({m_claims[0]}, 7));
    EXPECT_EQ(stack().count(), 2);
}

TEST_F(WorkspaceTest, NoteRoundTrip) {
    QSignalSpy changed(m_workspace.get(), &Workspace::annotationsChanged);
    const Span span{0, 15};
    const qint64 id = m_workspace->annotateNote(m_project.harbour, span, QStringLiteral("outlet banner"));
    ASSERT_GT(id, 0);
    auto notes = *m_workspace->annotations(m_project.harbour);
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes[0].exact, "Harbour Gazette");
    EXPECT_EQ(notes[0].note, "outlet banner");
    EXPECT_EQ(notes[0].author, "Ines Test");
    EXPECT_EQ(notes[0].kind, store::AnnotationKind::Note);
    stack().undo();
    EXPECT_TRUE(m_workspace->annotations(m_project.harbour)->empty());
    stack().redo();
    ASSERT_EQ(m_workspace->annotations(m_project.harbour)->size(), 1u);
    EXPECT_EQ(m_workspace->annotations(m_project.harbour)->front().note, "outlet banner");
    EXPECT_EQ(changed.size(), 3);
    EXPECT_EQ(changed.first().at(0).toLongLong(), m_project.harbour);
}

TEST_F(WorkspaceTest, AnalystClaimAndItsAnnotationComeAndGoTogether) {
    const auto text = m_workspace->document(m_project.river)->text;
    const Span span = testing::spanOf(text, "the repair needs 200 workers");
    // A parser hook supplies the figures until the core parses them itself.
    m_workspace->setQuantityParser([](const std::string& t, Span s) {
        Quantity q;
        q.text = {{s.start + 17, s.start + 28}, t.substr(17, 11)};
        q.value = 200;
        return std::vector<Quantity>{q};
    });
    const qint64 speaker = m_workspace->speakers()->front().id;
    const qint64 claimId = m_workspace->annotateClaim(m_project.river, span, speaker);
    ASSERT_GT(claimId, 0);
    auto claim = *m_workspace->claim(claimId);
    EXPECT_EQ(claim.origin, Origin::Analyst);
    EXPECT_EQ(claim.content, "the repair needs 200 workers");
    EXPECT_EQ(claim.speakerId, speaker);
    EXPECT_EQ(claim.quantities, "200 workers");
    auto annotations = *m_workspace->annotations(m_project.river);
    ASSERT_EQ(annotations.size(), 1u);
    EXPECT_EQ(annotations[0].kind, store::AnnotationKind::Claim);
    EXPECT_EQ(annotations[0].claimId, claimId);

    stack().undo();
    EXPECT_FALSE(m_workspace->claim(claimId).ok());
    EXPECT_TRUE(m_workspace->annotations(m_project.river)->empty());
    EXPECT_EQ(*m_workspace->countClaims({}), 5);
    stack().redo();
    EXPECT_EQ(*m_workspace->countClaims({}), 6);
    annotations = *m_workspace->annotations(m_project.river);
    ASSERT_EQ(annotations.size(), 1u);
    ASSERT_TRUE(annotations[0].claimId);
    EXPECT_EQ(m_workspace->claim(*annotations[0].claimId)->content, "the repair needs 200 workers");
}

TEST_F(WorkspaceTest, AClaimByANewSpeakerRoundTrip) {
    QSignalSpy speakersChanged(m_workspace.get(), &Workspace::speakersChanged);
    const auto speakers = m_workspace->speakers()->size();
    const qint64 claimId =
        m_workspace->annotateClaimByNewSpeaker(m_project.river, {11, 30}, QStringLiteral("Harbour Master"));
    ASSERT_GT(claimId, 0);
    EXPECT_EQ(m_workspace->claim(claimId)->speakerName, "Harbour Master");
    EXPECT_EQ(m_workspace->speakers()->size(), speakers + 1);
    stack().undo();
    EXPECT_EQ(m_workspace->speakers()->size(), speakers);
    EXPECT_FALSE(m_workspace->claim(claimId).ok());
    stack().redo();
    EXPECT_EQ(m_workspace->speakers()->size(), speakers + 1);
    EXPECT_EQ(*m_workspace->countClaims({}), 6);
    EXPECT_EQ(speakersChanged.size(), 3);
}

TEST_F(WorkspaceTest, DeleteAnalystClaimAndEventRoundTrip) {
    const auto annotationOf = [&](qint64 documentId) { return m_workspace->annotations(documentId)->front(); };
    // A claim by an existing speaker.
    const qint64 speaker = m_workspace->speakers()->front().id;
    ASSERT_GT(m_workspace->annotateClaim(m_project.river, {11, 30}, speaker), 0);
    const std::string exact = annotationOf(m_project.river).exact;
    ASSERT_TRUE(m_workspace->deleteAnalystItem(m_project.river, annotationOf(m_project.river).id));
    EXPECT_TRUE(m_workspace->annotations(m_project.river)->empty());
    EXPECT_EQ(*m_workspace->countClaims({}), 5);
    stack().undo();
    ASSERT_EQ(m_workspace->annotations(m_project.river)->size(), 1u);
    EXPECT_EQ(annotationOf(m_project.river).exact, exact);
    EXPECT_EQ(m_workspace->claim(*annotationOf(m_project.river).claimId)->speakerId, speaker);
    stack().redo();
    EXPECT_EQ(*m_workspace->countClaims({}), 5);

    // A claim by a speaker made with it: the speaker goes and comes back.
    const auto speakers = m_workspace->speakers()->size();
    ASSERT_GT(m_workspace->annotateClaimByNewSpeaker(m_project.harbour, {0, 7}, QStringLiteral("Port Office")), 0);
    ASSERT_TRUE(m_workspace->deleteAnalystItem(m_project.harbour, annotationOf(m_project.harbour).id));
    EXPECT_EQ(m_workspace->speakers()->size(), speakers);
    stack().undo();
    EXPECT_EQ(m_workspace->speakers()->size(), speakers + 1);
    EXPECT_EQ(m_workspace->claim(*annotationOf(m_project.harbour).claimId)->speakerName, "Port Office");
    stack().redo();
    EXPECT_EQ(m_workspace->speakers()->size(), speakers);
    stack().undo();
    EXPECT_EQ(m_workspace->speakers()->size(), speakers + 1);

    // An event keeps what happened.
    ASSERT_GT(m_workspace->annotateEvent(m_project.river, {11, 30}, QStringLiteral("bridge opens")), 0);
    ASSERT_TRUE(m_workspace->deleteAnalystItem(m_project.river, annotationOf(m_project.river).id));
    EXPECT_TRUE(m_workspace->analysis(m_project.river)->events.empty());
    stack().undo();
    const auto events = m_workspace->analysis(m_project.river)->events;
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].what, "bridge opens");

    // A note is not an analyst item.
    const qint64 note = m_workspace->annotateNote(m_project.river, {0, 5}, QStringLiteral("n"));
    const int count = stack().count();
    EXPECT_FALSE(m_workspace->deleteAnalystItem(m_project.river, note));
    EXPECT_EQ(stack().count(), count);
}

TEST_F(WorkspaceTest, ASelectionOutsideTheDocumentIsRefused) {
    EXPECT_EQ(m_workspace->annotateClaim(m_project.river, {5, 100000}, std::nullopt), 0);
    EXPECT_EQ(m_workspace->annotateNote(m_project.river, {5, 100000}, QStringLiteral("x")), 0);
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(*m_workspace->countClaims({}), 5);
}

TEST_F(WorkspaceTest, AClaimWhoseAnnotationCannotBeWrittenIsNotWrittenEither) {
    // The speaker does not exist: the store refuses the claim, and the
    // annotation written in the same transaction goes with it.
    const auto text = m_workspace->document(m_project.river)->text;
    const Span span = testing::spanOf(text, "the repair needs 200 workers");
    QSignalSpy errors(m_workspace.get(), &Workspace::errorOccurred);
    EXPECT_EQ(m_workspace->annotateClaim(m_project.river, span, 4242), 0);
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(*m_workspace->countClaims({}), 5);
    EXPECT_TRUE(m_workspace->annotations(m_project.river)->empty());
}

TEST_F(WorkspaceTest, AReviewedAnalystClaimCannotBeUndoneAwayAndKeepsItsAnnotation) {
    const Span span{5, 20};
    const qint64 claimId = m_workspace->annotateClaim(m_project.river, span, std::nullopt);
    ASSERT_GT(claimId, 0);
    ASSERT_TRUE(m_workspace->confirmClaims({claimId}));
    stack().undo();  // the confirmation
    stack().undo();  // the claim: refused, its history is never deleted
    EXPECT_TRUE(m_workspace->claim(claimId).ok());
    EXPECT_EQ(m_workspace->annotations(m_project.river)->size(), 1u);
}

TEST_F(WorkspaceTest, EventRoundTripWithItsDateNormalised) {
    const auto text = m_workspace->document(m_project.harbour)->text;
    const Span span = testing::spanOf(text, "the bridge would reopen on 5 March");
    const qint64 eventId = m_workspace->annotateEvent(m_project.harbour, span, QStringLiteral("bridge reopens"));
    ASSERT_GT(eventId, 0);
    const auto find = [&]() -> std::optional<Event> {
        const Analysis analysis = *m_workspace->analysis(m_project.harbour);
        for (const Event& e : analysis.events)
            if (e.id == eventId)
                return e;
        return std::nullopt;
    };
    auto event = find();
    ASSERT_TRUE(event);
    EXPECT_EQ(event->what, "bridge reopens");
    EXPECT_EQ(event->date, "2025-03-05") << "from the core's timex finder, against the publication date";
    EXPECT_EQ(event->origin, Origin::Analyst);
    EXPECT_EQ(event->evidence.span, span);
    auto annotations = *m_workspace->annotations(m_project.harbour);
    ASSERT_EQ(annotations.size(), 1u);
    EXPECT_EQ(annotations[0].kind, store::AnnotationKind::Event);
    EXPECT_EQ(annotations[0].eventId, eventId);

    stack().undo();
    EXPECT_FALSE(find());
    EXPECT_TRUE(m_workspace->annotations(m_project.harbour)->empty());
    stack().redo();
    annotations = *m_workspace->annotations(m_project.harbour);
    ASSERT_EQ(annotations.size(), 1u);
    ASSERT_TRUE(annotations[0].eventId);
    EXPECT_EQ(m_workspace->analysis(m_project.harbour)->events.size(), 1u);
}

TEST_F(WorkspaceTest, ReliabilityRoundTripForAnOutletAndASpeaker) {
    QSignalSpy changed(m_workspace.get(), &Workspace::reliabilityChanged);
    const QString outlet = QStringLiteral("River Post");
    ASSERT_TRUE(m_workspace->setOutletReliability(outlet, 'B'));
    ASSERT_TRUE(m_workspace->setOutletReliability(outlet, 'E'));
    const qint64 speaker = m_workspace->speakers()->front().id;
    ASSERT_TRUE(m_workspace->setSpeakerReliability(speaker, 'A'));
    const auto outletGrade = [&] { return *m_workspace->store().outletReliability("River Post"); };
    const auto speakerGrade = [&] { return *m_workspace->store().speakerReliability(speaker); };
    EXPECT_EQ(outletGrade(), std::optional<char>('E'));
    EXPECT_EQ(speakerGrade(), std::optional<char>('A'));
    stack().undo();
    EXPECT_FALSE(speakerGrade());
    stack().undo();
    EXPECT_EQ(outletGrade(), std::optional<char>('B'));
    stack().undo();
    EXPECT_FALSE(outletGrade());
    stack().redo();
    stack().redo();
    stack().redo();
    EXPECT_EQ(outletGrade(), std::optional<char>('E'));
    EXPECT_EQ(speakerGrade(), std::optional<char>('A'));
    EXPECT_EQ(changed.size(), 9);

    // Refused: nothing changes and nothing is pushed.
    const int count = stack().count();
    EXPECT_FALSE(m_workspace->setOutletReliability(QStringLiteral("Nowhere Times"), 'A'));
    EXPECT_FALSE(m_workspace->setSpeakerReliability(speaker, 'Z'));
    EXPECT_EQ(stack().count(), count);
    EXPECT_EQ(speakerGrade(), std::optional<char>('A'));
}

TEST_F(WorkspaceTest, EditNoteRoundTrip) {
    const qint64 id = m_workspace->annotateNote(m_project.harbour, {0, 7}, QStringLiteral("banner"));
    const auto note = [&] { return m_workspace->annotations(m_project.harbour)->front(); };
    const std::string created = note().modifiedAt;
    ASSERT_TRUE(m_workspace->editNote(m_project.harbour, id, QStringLiteral("outlet banner, not news")));
    EXPECT_EQ(note().note, "outlet banner, not news");
    EXPECT_NE(note().modifiedAt, created);
    EXPECT_EQ(note().createdAt, created);
    stack().undo();
    EXPECT_EQ(note().note, "banner");
    EXPECT_EQ(note().modifiedAt, created);
    stack().redo();
    EXPECT_EQ(note().note, "outlet banner, not news");
    const int count = stack().count();
    EXPECT_FALSE(m_workspace->editNote(m_project.harbour, 4242, QStringLiteral("x")));
    EXPECT_EQ(stack().count(), count);
}

TEST_F(WorkspaceTest, DeleteAnnotationRoundTrip) {
    const qint64 id = m_workspace->annotateNote(m_project.harbour, {0, 7}, QStringLiteral("banner"));
    ASSERT_TRUE(m_workspace->deleteAnnotation(m_project.harbour, id));
    EXPECT_TRUE(m_workspace->annotations(m_project.harbour)->empty());
    stack().undo();
    auto notes = *m_workspace->annotations(m_project.harbour);
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes[0].note, "banner");
    EXPECT_EQ(notes[0].exact, "Harbour");
    stack().redo();
    EXPECT_TRUE(m_workspace->annotations(m_project.harbour)->empty());
    EXPECT_FALSE(m_workspace->deleteAnnotation(m_project.harbour, 4242));
}

TEST_F(WorkspaceTest, MergeAndSplitSpeakersRoundTrip) {
    auto speakers = *m_workspace->speakers();
    auto find = [&](const std::string& name) {
        const auto all = *m_workspace->speakers();
        for (const auto& s : all)
            if (s.name == name)
                return s;
        return store::SpeakerSummary{};
    };
    const auto council = find("the council"), engineers = find("Engineers");
    ASSERT_GT(council.id, 0);
    ASSERT_GT(engineers.id, 0);
    const auto before = speakers.size();
    QSignalSpy changed(m_workspace.get(), &Workspace::speakersChanged);
    ASSERT_TRUE(m_workspace->mergeSpeakers(council.id, engineers.id));
    EXPECT_EQ(m_workspace->speakers()->size(), before - 1);
    EXPECT_EQ(find("the council").claimCount, 2);
    stack().undo();
    EXPECT_EQ(m_workspace->speakers()->size(), before);
    EXPECT_EQ(find("Engineers").id, engineers.id);
    EXPECT_EQ(find("Engineers").claimCount, 1);
    stack().redo();
    EXPECT_EQ(find("the council").claimCount, 2);
    EXPECT_EQ(changed.size(), 3);

    // Split the merged alias off again, then undo the split.
    ASSERT_TRUE(m_workspace->splitSpeaker(council.id, QStringLiteral("Engineers")));
    EXPECT_EQ(find("Engineers").claimCount, 1);
    EXPECT_EQ(find("the council").claimCount, 1);
    stack().undo();
    EXPECT_EQ(find("Engineers").id, 0);
    EXPECT_EQ(find("the council").claimCount, 2);
    EXPECT_FALSE(m_workspace->mergeSpeakers(council.id, council.id));
}

// Undoing a deletion reads the claim it made again; one that does not read
// back (here a listener removes it as soon as it is made) is reported,
// not dereferenced.
TEST_F(WorkspaceTest, UndoingADeletionWhoseClaimDoesNotReadBackReportsIt) {
    ASSERT_GT(m_workspace->annotateClaim(m_project.river, {11, 30}, std::nullopt), 0);
    const auto annotation = m_workspace->annotations(m_project.river)->front();
    ASSERT_TRUE(m_workspace->deleteAnalystItem(m_project.river, annotation.id));
    bool removed = false;
    QObject::connect(m_workspace.get(), &Workspace::claimsChanged, m_workspace.get(), [&](const QList<qint64>& ids) {
        for (qint64 id : ids)
            removed = claimdesk::testing::rawDatabase(m_workspace->store()).exec("DELETE FROM claims WHERE id = " + std::to_string(id)).ok() ||
                      removed;
    });
    QSignalSpy errors(m_workspace.get(), &Workspace::errorOccurred);
    EXPECT_NO_THROW(stack().undo());
    ASSERT_TRUE(removed);
    EXPECT_EQ(errors.size(), 1);
}

// Issue 11: on the demo, the cluster holding the water authority's "We
// closed the intake within the hour" is flagged because the authority
// denied what residents reported; it must be named by the disputed report,
// not by that first member, or the flag reads as the wrong claim's.
TEST(WorkspaceOnTheDemo, ADisputedClusterIsNamedByWhatIsDisputed) {
    testing::qtApp();
    testing::TempDir dir;
    const std::string path = dir.file("demo.claimdesk").string();
    ASSERT_TRUE(testing::writeDemoProject(path));
    auto store = store::ProjectStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error();
    Workspace workspace(std::move(*store), QString::fromStdString(path));
    const auto claims = workspace.claims({});
    ASSERT_TRUE(claims.ok());
    std::optional<qint64> cluster;
    for (const auto& c : *claims)
        if (c.content.rfind("We closed the intake within the hour", 0) == 0)
            cluster = c.clusterId;
    ASSERT_TRUE(cluster.has_value()) << "the spokeswoman's claim is in a cluster";
    std::vector<std::string> disputed;
    for (const auto& c : *claims)
        if (c.clusterId == cluster && c.disagreement && c.type != ClaimType::Denial)
            disputed.push_back(c.content);
    ASSERT_FALSE(disputed.empty()) << "the cluster holds the denied report";
    const std::string title = workspace.clusterTitle(*cluster).toStdString();
    EXPECT_NE(title.rfind("We closed the intake", 0), 0u) << title;
    EXPECT_EQ(title.substr(0, 30), disputed.front().substr(0, 30)) << title;
}

}  // namespace
}  // namespace claimdesk::ui
