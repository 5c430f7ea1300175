#pragma once

// A Claimdesk project on SQLite: one file (*.claimdesk) holding documents,
// what was extracted from them and every decision an analyst made. It is
// each of the concept stores below (documents, claims and reviews, grades,
// speakers, clusters, annotations, project texts), whose headers say what
// each intent promises: a caller depends on the one it needs. Every intent
// opens and closes its own transaction; no caller opens one.
// Single-threaded: use one ProjectStore per thread.

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/document.h"
#include "core/domain/result.h"
#include "core/store/annotationstore.h"
#include "core/store/claimstore.h"
#include "core/store/clusterstore.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/store/gradestore.h"
#include "core/store/linksession.h"
#include "core/store/projecttextstore.h"
#include "core/store/readsnapshot.h"
#include "core/store/speakerstore.h"

namespace claimdesk::store {

class ProjectStore final : public DocumentStore,
                           public ClaimStore,
                           public GradeStore,
                           public SpeakerStore,
                           public ClusterStore,
                           public AnnotationStore,
                           public ProjectTextStore {
public:
    // Opens or creates a project file; ":memory:" for a temporary one.
    // Sets WAL and foreign keys and migrates the schema. A project this user
    // cannot write (read-only media, a folder of someone else's) is opened
    // for reading: every read works, every write fails with "the project is
    // open read-only", and one that needs a schema upgrade is refused.
    static Result<ProjectStore> open(const std::string& path);
    bool readOnly() const { return m_db.readOnly(); }

    // Where the project is, as open() was given it: open(location()) opens
    // it again (another connection, e.g. for another thread).
    const std::string& location() const { return m_db.path(); }

    // One consistent view for a reader that makes many queries: see
    // readsnapshot.h. Cheap; takes no write lock.
    ReadSnapshot readSnapshot();

    // An import (annotations, analyst claims and decisions from an export
    // made elsewhere) as one transaction: `import` writes through this
    // store, and all it wrote is kept when it succeeds, none of it when it
    // fails. Returns its error unchanged, or why the import could not begin
    // or be committed.
    using ImportSteps = std::function<Status()>;
    Status importAsOne(const ImportSteps& import);

    // DocumentStore
    Result<AddedDocument> addDocument(const Document& document, const Analysis& analysis) override;
    Status link(const LinkStep& step) override;
    Result<StoredBatch> addDocuments(const std::vector<DocumentToStore>& batch, const LinkStep& step) override;
    Result<bool> needsLinking() override;
    Result<std::optional<std::int64_t>> findDocument(const std::string& sha256) override;
    Result<std::vector<DocumentSummary>> documents() override;
    Result<Document> document(std::int64_t id) override;
    Result<Analysis> analysis(std::int64_t documentId) override;
    Result<std::vector<SearchHit>> search(const std::string& query, int limit = 50) override;
    Status editDocument(std::int64_t documentId, const DocumentEdit& edit) override;
    Result<std::vector<DocumentEdit>> documentEdits(std::int64_t documentId) override;
    Status replaceAnalysis(std::int64_t documentId, const Analysis& analysis) override;

    // ClaimStore
    Result<std::vector<ClaimRow>> claims(const ClaimQuery& query) override;
    Result<std::int64_t> countClaims(const ClaimQuery& query) override;
    Result<ClaimRow> claim(std::int64_t id) override;
    Status review(const std::vector<ReviewDecision>& decisions, const ClusterJudge& judge = {}) override;
    Result<DecisionMerge> mergeDecisions(std::int64_t claimId, const std::vector<ReviewDecision>& history,
                                         const ClusterJudge& judge = {}) override;
    Result<std::vector<ReviewDecision>> reviewHistory(std::int64_t claimId) override;
    Result<std::vector<std::string>> rejectReasons() override;
    Status setRejectReasons(const std::vector<std::string>& reasons) override;

    // GradeStore
    Status setCredibility(std::int64_t claimId, std::optional<int> credibility) override;
    Status assess(const std::vector<AssessmentRecord>& records) override;
    Result<Assessment> assessment(std::int64_t claimId) override;
    Result<std::vector<AssessmentRecord>> assessmentHistory(std::int64_t claimId) override;
    Result<std::vector<VerdictLabel>> verdictLabels() override;
    Status setVerdictLabels(const std::vector<VerdictLabel>& labels) override;
    Result<std::vector<OutletSummary>> outlets() override;
    Result<std::optional<char>> outletReliability(const std::string& outlet) override;
    Status setOutletReliability(const std::string& outlet, std::optional<char> reliability) override;
    Result<std::optional<char>> speakerReliability(std::int64_t speakerId) override;
    Status setSpeakerReliability(std::int64_t speakerId, std::optional<char> reliability) override;

    // SpeakerStore
    Result<std::vector<SpeakerSummary>> speakers() override;
    Result<SpeakerMerge> mergeSpeakers(std::int64_t into, std::int64_t from) override;
    Status unmergeSpeakers(const SpeakerMerge& merge) override;
    Result<std::int64_t> splitSpeaker(std::int64_t speaker, const std::string& alias) override;

    // ClusterStore
    Result<std::vector<ClusterMembership>> claimClusters() override;
    Status writeClaimClusters(const std::vector<ClusterRecord>& clusters) override;
    Result<std::int64_t> moveClaimToCluster(std::int64_t claimId, std::optional<std::int64_t> clusterId) override;
    Result<std::int64_t> moveClaims(const std::vector<std::int64_t>& claimIds, std::optional<std::int64_t> into,
                                    const ClusterJudge& judge = {}) override;
    Result<std::vector<ClaimPlacement>> placements(const std::vector<std::int64_t>& claimIds) override;
    Status restorePlacements(const std::vector<ClaimPlacement>& placements, const ClusterJudge& judge = {}) override;
    Status rejudgeClusters(const std::vector<std::int64_t>& clusterIds, const ClusterJudge& judge) override;
    Status judgeMarkedClusters(const ClusterJudge& judge) override;
    Status dismissDisagreement(std::int64_t clusterId, const std::string& why, const std::string& analyst,
                               const std::string& at) override;
    Status restoreDisagreement(std::int64_t clusterId) override;
    Result<std::optional<Dismissal>> dismissal(std::int64_t clusterId) override;
    Status writeEventClusters(const std::vector<std::vector<std::int64_t>>& groups) override;
    Result<std::vector<std::vector<std::int64_t>>> eventClusters() override;
    Result<std::vector<ClusterInfo>> clusterInfos() override;

    // AnnotationStore
    Result<std::int64_t> addAnnotation(Annotation annotation) override;
    Result<std::int64_t> addOrphanedAnnotation(Annotation annotation) override;
    Status updateAnnotationNote(std::int64_t id, const std::string& note, const std::string& at) override;
    Status deleteAnnotation(std::int64_t id) override;
    Result<std::vector<Annotation>> annotations(std::int64_t documentId) override;
    Result<std::int64_t> addAnalystClaim(std::int64_t documentId, const Claim& claim,
                                         std::optional<std::int64_t> speakerId) override;
    Result<std::int64_t> addAnalystEvent(std::int64_t documentId, const Event& event) override;
    Status deleteAnalystClaim(std::int64_t claimId) override;
    Status deleteAnalystEvent(std::int64_t eventId) override;
    Result<AnalystItem> addAnnotatedClaim(Annotation annotation, const Claim& claim,
                                          std::optional<std::int64_t> speakerId) override;
    Result<AnalystItem> addAnnotatedEvent(Annotation annotation, const Event& event) override;
    Result<AnalystItem> addAnnotatedClaimByNewSpeaker(Annotation annotation, const Claim& claim,
                                                      const std::string& speakerName) override;
    Status removeAnnotatedItem(std::int64_t annotationId) override;

    // ProjectTextStore
    Result<std::string> projectText(const std::string& key) override;
    Status setProjectText(const std::string& key, const std::string& value) override;
    Result<std::map<std::string, std::string>> laneTitles() override;
    Status setLaneTitle(const std::string& laneKey, const std::optional<std::string>& title) override;

private:
    // The connection, for the store's own code and for tests that check
    // stored rows (tests/support/storeaccess.h): no caller runs SQL or
    // opens a transaction on it.
    Database& database() { return m_db; }
    friend struct ProjectStoreTestAccess;
    friend Result<std::string> claimsQueryPlan(ProjectStore& store, const ClaimQuery& query);

    explicit ProjectStore(Database db) : m_db(std::move(db)) {}
    Result<std::int64_t> outletId(const std::string& name);
    Result<std::int64_t> speakerId(const Speaker& speaker);
    // Writes an analysis of a stored document; claims whose content span is
    // in `skipSpans` (kept from an earlier analysis) are not written again.
    Status writeAnalysis(std::int64_t documentId, const Analysis& analysis,
                         const std::set<std::pair<std::int64_t, std::int64_t>>& skipSpans = {},
                         AddedDocument* written = nullptr);
    // The body of addDocument, inside a transaction the caller holds.
    Result<AddedDocument> insertDocument(const Document& document, const Analysis& analysis);

    // The bodies of addAnalystClaim and deleteAnalystClaim, inside a
    // transaction the caller holds.
    Result<std::int64_t> insertAnalystClaim(std::int64_t documentId, const Claim& claim,
                                            std::optional<std::int64_t> speakerId);
    Status eraseAnalystClaim(std::int64_t claimId);
    // Inside a transaction the caller holds: writes a cluster's facts (a
    // disagreement the analyst dismissed stays dismissed while its reason
    // is the same, only its parties shown disputed), and judges clusters
    // again (without a judge, marks them to be judged at the next open).
    Status writeClusterFacts(std::int64_t clusterId, const ClusterFacts& facts);
    Status judgeClusters(const std::set<std::int64_t>& clusterIds, const ClusterJudge& judge);
    // Sets claims aside from their clusters (rejected) or puts them back.
    Status setAsideRejected(const std::set<std::int64_t>& claimIds, std::set<std::int64_t>& touchedClusters);

    Database m_db;
};

}  // namespace claimdesk::store
