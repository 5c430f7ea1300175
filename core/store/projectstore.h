#pragma once

// A Claimdesk project: one SQLite file (*.claimdesk) holding documents,
// what was extracted from them and every decision an analyst made.
// Single-threaded: use one ProjectStore per thread.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <string>
#include <vector>

#include "core/domain/analysis.h"
#include "core/domain/document.h"
#include "core/domain/result.h"
#include "core/store/database.h"
#include "core/store/linksession.h"
#include "core/store/readsnapshot.h"

namespace claimdesk::store {

struct AddedDocument {
    std::int64_t id = 0;
    bool added = false;  // false: a document with the same sha256 was already stored
    // When added: the ids of its analysis's claims and events, in order.
    std::vector<std::int64_t> claimIds, eventIds;
};

// One document of a batch to store, with its analysis.
struct DocumentToStore {
    const Document* document = nullptr;
    const Analysis* analysis = nullptr;
};

struct DocumentSummary {
    std::int64_t id = 0;
    std::string fileName;
    std::string outlet;
    std::string title;
    std::optional<std::string> published;
    std::int64_t claimCount = 0;
    std::int64_t reviewedCount = 0;
    // The first words of the article body: what names a document that has
    // no title (see displayTitle in core/domain/document.h).
    std::string lead;
};

struct SearchHit {
    enum class Kind { Document, Claim } kind = Kind::Document;
    std::int64_t id = 0;           // document or claim id
    std::int64_t documentId = 0;
    std::string fileName;
    std::string snippet;           // matched terms wrapped in [ ]
    // The same snippet with the matched terms between kMatchStart and
    // kMatchEnd (control characters no article text holds), for a display
    // that highlights them; and the document's outlet and title.
    std::string markedSnippet;
    std::string outlet;
    std::string title;
    static constexpr char kMatchStart = '\x02';
    static constexpr char kMatchEnd = '\x03';
};

// One claim as the claim table and `claimdesk-cli claims` show it.
struct ClaimRow {
    std::int64_t id = 0;
    std::int64_t documentId = 0;
    std::string fileName;
    std::string outlet;
    std::optional<std::int64_t> speakerId;
    std::string speakerName;
    ClaimKind kind = ClaimKind::Indirect;
    Span contentSpan;
    std::string content;
    std::string cue;
    std::optional<std::string> statedOn;
    ClaimStatus status = ClaimStatus::Extracted;
    std::optional<int> credibility;   // Admiralty information credibility 1-6
    Origin origin = Origin::Extractor;
    std::string quantities;           // the figures' texts, "; "-separated
    std::optional<std::int64_t> clusterId;  // its cluster across documents
    bool disagreement = false;              // this claim takes part in its cluster's conflict of figures or stances
    std::string disagreementReason;
    // Admiralty source reliability (A-F) of its speaker and of its outlet.
    std::optional<char> speakerReliability;
    std::optional<char> outletReliability;
    // How many documents its cluster spans: 1 when no other article says it.
    std::int64_t clusterDocuments = 0;
    // The analyst's verdict label (empty: none); see Assessment.
    std::string verdict;
    ClaimType type = ClaimType::Statement;
    Polarity polarity = Polarity::Affirmed;
    // Each figure with its frame, one line each: "about 40: casualties, of
    // Lumeran, as of 2025-05-08, running total".
    std::string figureFrames;
};

// Which claims to list, in which order, which page.
struct ClaimQuery {
    std::optional<ClaimStatus> status;
    std::optional<std::int64_t> documentId;
    std::optional<std::int64_t> speakerId;
    std::optional<std::int64_t> clusterId;  // only the members of one cluster
    std::optional<ClaimType> type;          // only claims of this type
    // Only claims whose content has words beginning with each word of this
    // text (full-text, case- and accent-insensitive), or whose speaker or
    // outlet name contains it (case-insensitive for ASCII); empty: all.
    std::string text;
    enum class Order {
        Document, Speaker, Status, StatedOn, Outlet, Cluster,
        Content, Kind, Quantities, Disagreement, Credibility, Grade, Verdict, Type
    } order = Order::Document;
    bool descending = false;
    // Keyset paging: continue after this claim (the last row of the page
    // before) in the query's order, instead of counting `offset` rows from
    // the start; a page deep in the table then costs what the first does.
    std::optional<std::int64_t> after;
    std::int64_t offset = 0;
    std::int64_t limit = -1;          // -1: all
};

// A review decision, as appended to the claim's history. The history's
// order is the store's own sequence, never `at`: clocks differ between
// machines, so a time is kept for the record only.
struct ReviewDecision {
    std::int64_t claimId = 0;
    ClaimStatus status = ClaimStatus::Extracted;
    std::string reason;
    std::string analyst;
    std::string at;                   // ISO 8601 UTC, as its analyst's clock said
    bool imported = false;            // merged in from an export made elsewhere
    bool applied = true;              // false: an import that conflicted, kept but not the status
};

// The decision that sets a claim's status: the last applied one of its
// history (oldest first), or nullptr when none was.
const ReviewDecision* currentDecision(const std::vector<ReviewDecision>& history);

// An imported decision that was not applied because the claim's current
// decision was made without it (listed for the analyst, as orphans are).
struct DecisionConflict {
    std::int64_t claimId = 0;
    ReviewDecision current;   // what the claim's status stays
    ReviewDecision imported;  // what the import said, kept in the history only
};

// What merging a decision history did.
struct DecisionMerge {
    int appended = 0;                         // decisions this history lacked
    bool statusChanged = false;
    std::optional<DecisionConflict> conflict;
};

// Whether a claim is true, as the analyst judges it: apart from review,
// which checks only the extraction (who said what). The Admiralty
// information credibility (1-6), a verdict label from the project's list
// and a note, each optional.
struct Assessment {
    std::optional<int> credibility;
    std::string verdict;  // empty: none
    std::string note;
    bool empty() const { return !credibility && verdict.empty() && note.empty(); }
    bool operator==(const Assessment&) const = default;
};

// One assessment as appended to the claim's assessment history.
struct AssessmentRecord {
    std::int64_t claimId = 0;
    Assessment assessment;
    std::string analyst;
    std::string at;  // ISO 8601 UTC
};

// A verdict the project offers ("corroborated", "false"...), with the
// rating it gives on ClaimReview's scale: 1 (false) to 5 (true), or none.
struct VerdictLabel {
    std::string name;
    std::optional<int> rating;
    bool operator==(const VerdictLabel&) const = default;
};

// A document's source details as the analyst corrects them.
enum class DocumentField { Title, Outlet, Authors, Published };
const char* documentFieldName(DocumentField field);  // "title", "outlet", "authors", "published"
struct DocumentEdit {
    DocumentField field = DocumentField::Title;
    // Authors as a JSON array; published as YYYY-MM-DD; nullopt: none.
    std::optional<std::string> oldValue, newValue;
    std::string analyst, at;
};

enum class AnnotationKind { Claim, Event, Note };
const char* annotationKindName(AnnotationKind kind);  // "claim", "event", "note"

// An analyst's highlight: a span with a W3C TextQuoteSelector (exact text
// plus up to 32 code points of context each side) so it can be re-anchored.
struct Annotation {
    std::int64_t id = 0;
    std::int64_t documentId = 0;
    Span span;
    std::string exact, prefix, suffix;
    AnnotationKind kind = AnnotationKind::Note;
    std::string note;
    std::optional<std::int64_t> claimId;  // the claim or event it made, if any
    std::optional<std::int64_t> eventId;
    std::string author;
    std::string createdAt, modifiedAt;
    bool orphaned = false;
};

struct SpeakerSummary {
    std::int64_t id = 0;
    std::string name;
    SpeakerKind kind = SpeakerKind::Person;
    std::string role;
    std::vector<std::string> aliases;
    std::int64_t claimCount = 0;
    std::optional<char> reliability;  // Admiralty source reliability A-F
};

struct OutletSummary {
    std::int64_t id = 0;
    std::string name;
    std::optional<char> reliability;  // Admiralty source reliability A-F
};

// An analyst's item (claim or event) and the annotation that made it.
struct AnalystItem {
    std::int64_t annotationId = 0;
    std::int64_t itemId = 0;     // the claim's or the event's id
    std::int64_t speakerId = 0;  // a speaker made with the claim, if any
};

// What a merge moved, so that it can be undone exactly.
struct SpeakerMerge {
    std::int64_t into = 0;
    std::int64_t from = 0;
    std::string name, kind, role;
    std::optional<std::string> reliability;
    std::string origin;
    std::vector<std::int64_t> aliasIds, mentionIds, claimIds;
};

// A claim's place in the cross-document clusters.
struct ClusterMembership {
    std::int64_t claimId = 0;
    std::int64_t clusterId = 0;
    bool pinned = false;  // placed by the analyst
};

// Where a claim sits among the clusters (nullopt: in none), as an undo
// puts it back.
struct ClaimPlacement {
    std::int64_t claimId = 0;
    std::optional<std::int64_t> clusterId;
    bool pinned = false;
    bool operator==(const ClaimPlacement&) const = default;
};

// What linking judges of a cluster from its members.
struct ClusterFacts {
    bool disagreement = false;
    std::string reason;
    int outletCount = 0;
    int independentSources = 0;
    std::string originSpeaker;
    // The claims taking part in the disagreement; empty: every member.
    std::set<std::int64_t> disputed;
};

// How linking judges a cluster from its members' claim ids (core/pipeline
// gives one): the store calls it inside its own transaction, so an edit
// and the facts it changes are written together.
using ClusterJudge = std::function<Result<ClusterFacts>(const std::vector<std::int64_t>& claimIds)>;

// A disagreement the analyst dismissed ("not a disagreement"): the reason
// linking gave then, why it was dismissed, by whom and when.
struct Dismissal {
    std::int64_t clusterId = 0;
    std::string dismissedReason;
    std::string why;
    std::string analyst, at;
};

// A cluster of claims as linking computed it. id 0: a new cluster.
struct ClusterRecord {
    std::int64_t id = 0;
    std::vector<std::int64_t> claimIds;
    bool disagreement = false;
    std::string reason;
    int outletCount = 0;
    int independentSources = 0;
    std::string originSpeaker;
    // The claims taking part in the disagreement (the others only share the
    // cluster); empty: every member.
    std::set<std::int64_t> disputed;
};

class ProjectStore {
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

    // Stores a document and its analysis in one transaction: either all of
    // it is written or nothing is. A document whose sha256 is already
    // stored is not added again.
    Result<AddedDocument> addDocument(const Document& document, const Analysis& analysis);

    // Links what waits to be linked (LinkSession) in one write transaction:
    // `step` reads and writes through the session, and all of it is
    // committed or none.
    using LinkStep = std::function<Status(LinkSession&, const std::vector<Result<AddedDocument>>& batch)>;
    Status link(const LinkStep& step);
    // Stores a batch of documents and links them in one write transaction,
    // so that a document is never stored unlinked. Each document is stored
    // in a savepoint of its own: one that fails is reported in its place
    // and costs only itself. `step` sees each document's outcome; when it
    // fails, the documents are still stored, waiting to be linked (see
    // needsLinking), and its error is returned in linkError.
    struct StoredBatch {
        std::vector<Result<AddedDocument>> documents;
        std::string linkError;
    };
    Result<StoredBatch> addDocuments(const std::vector<DocumentToStore>& batch, const LinkStep& step);
    // Whether claims or events wait to be linked (a linking pass was cut
    // short, or claims were made since): every open should link them first.
    Result<bool> needsLinking();

    Result<std::optional<std::int64_t>> findDocument(const std::string& sha256);
    Result<std::vector<DocumentSummary>> documents();
    Result<Document> document(std::int64_t id);
    Result<Analysis> analysis(std::int64_t documentId);
    // Full-text search over documents and claims; `query` is what an analyst
    // types, read by parseSearchQuery (searchquery.h), never raw FTS5.
    Result<std::vector<SearchHit>> search(const std::string& query, int limit = 50);

    // Claims, filtered, sorted and paged in SQL: the table never loads all.
    Result<std::vector<ClaimRow>> claims(const ClaimQuery& query);
    Result<std::int64_t> countClaims(const ClaimQuery& query);
    Result<ClaimRow> claim(std::int64_t id);

    // Records an analyst's decisions made here: each is appended to its
    // claim's history and becomes its status, whatever times earlier
    // decisions carry, all in one transaction. Fails, changing nothing, on
    // an unknown claim. A claim marked rejected (attribution wrong) is set
    // aside from its cluster, which `judge` (when given) judges again
    // without it; marked otherwise again, it goes back where it was.
    Status review(const std::vector<ReviewDecision>& decisions, const ClusterJudge& judge = {});
    // Merges a claim's decision history from an export made elsewhere
    // (oldest first), appending the decisions this history lacks, marked
    // imported, in one transaction. They set the status when the claim has
    // no current decision, or when the other history continues from it (its
    // current decision is in there, and the new ones come after it).
    // Otherwise they are kept unapplied and, when they end on another
    // status, returned as a conflict: an import never silently overrides a
    // decision made here. A status set to or from rejected moves the claim
    // out of or back into its cluster, as review does.
    Result<DecisionMerge> mergeDecisions(std::int64_t claimId, const std::vector<ReviewDecision>& history,
                                         const ClusterJudge& judge = {});
    Result<std::vector<ReviewDecision>> reviewHistory(std::int64_t claimId);
    // Information credibility on the Admiralty scale (1-6), or none.
    Status setCredibility(std::int64_t claimId, std::optional<int> credibility);
    // Sets each claim's assessment and appends it to the claim's
    // assessment history, in one transaction. Fails, changing nothing, on
    // an unknown claim or a credibility outside 1-6.
    Status assess(const std::vector<AssessmentRecord>& records);
    Result<Assessment> assessment(std::int64_t claimId);
    Result<std::vector<AssessmentRecord>> assessmentHistory(std::int64_t claimId);  // oldest first
    // The project's verdict labels, in the order offered; setting replaces
    // the list (claims keep the labels they carry).
    Result<std::vector<VerdictLabel>> verdictLabels();
    Status setVerdictLabels(const std::vector<VerdictLabel>& labels);
    // The project's common reasons for a wrong attribution, in order.
    Result<std::vector<std::string>> rejectReasons();
    Status setRejectReasons(const std::vector<std::string>& reasons);
    // Free texts kept with the project ("summary": the report's opening);
    // empty when never set. Setting an empty text removes it.
    Result<std::string> projectText(const std::string& key);
    Status setProjectText(const std::string& key, const std::string& value);
    // Timeline lane titles the analyst gave, by lane key; nullopt removes one.
    Result<std::map<std::string, std::string>> laneTitles();
    Status setLaneTitle(const std::string& laneKey, const std::optional<std::string>& title);

    // Changes a document's title, outlet, authors or date and appends the
    // change (with the value it replaces) to the document's edit history,
    // in one transaction. Fails, changing nothing, on an unknown document
    // or a date that is not YYYY-MM-DD.
    Status editDocument(std::int64_t documentId, const DocumentEdit& edit);
    Result<std::vector<DocumentEdit>> documentEdits(std::int64_t documentId);  // oldest first

    // Replaces what extraction found in a document with a new analysis, in
    // one transaction, keeping everything an analyst decided: claims that
    // were reviewed, graded, annotated or made by hand stay as they are (a
    // new claim with the same content span is not added again), and so do
    // analyst-made events.
    Status replaceAnalysis(std::int64_t documentId, const Analysis& analysis);

    // Annotations. addAnnotation fills the quote selector from the
    // document's text and returns the new id.
    Result<std::int64_t> addAnnotation(Annotation annotation);
    // Keeps an annotation that could not be anchored in the document's text
    // (an import whose quote is no longer there): stored as given with
    // orphaned = 1, for the analyst to review, instead of being dropped.
    Result<std::int64_t> addOrphanedAnnotation(Annotation annotation);
    Status updateAnnotationNote(std::int64_t id, const std::string& note, const std::string& at);
    Status deleteAnnotation(std::int64_t id);
    Result<std::vector<Annotation>> annotations(std::int64_t documentId);
    // An analyst's own claim or event, made from a selection (origin analyst).
    Result<std::int64_t> addAnalystClaim(std::int64_t documentId, const Claim& claim,
                                         std::optional<std::int64_t> speakerId);
    Result<std::int64_t> addAnalystEvent(std::int64_t documentId, const Event& event);
    Status deleteAnalystClaim(std::int64_t claimId);
    Status deleteAnalystEvent(std::int64_t eventId);
    // An analyst's claim (or event) and its annotation, written in one
    // transaction: both are stored or neither. The annotation's claimId
    // (eventId) is set to the new item. removeAnnotatedItem deletes an
    // annotation and the item it made in one transaction; it fails,
    // removing nothing, when the claim was reviewed since.
    Result<AnalystItem> addAnnotatedClaim(Annotation annotation, const Claim& claim,
                                          std::optional<std::int64_t> speakerId);
    Result<AnalystItem> addAnnotatedEvent(Annotation annotation, const Event& event);
    // The same for a claim by a speaker the analyst names, made (a person,
    // origin analyst) in the same transaction. removeAnnotatedItem drops
    // such a speaker again once it has no claim left.
    Result<AnalystItem> addAnnotatedClaimByNewSpeaker(Annotation annotation, const Claim& claim,
                                                      const std::string& speakerName);
    Status removeAnnotatedItem(std::int64_t annotationId);

    // Claim clusters. Every linked claim has a cluster (a single claim is a
    // cluster of one), so a claim without one is new to linking.
    Result<std::vector<ClusterMembership>> claimClusters();
    // Replaces all claim clusters in one transaction, keeping the ids of
    // clusters given one and the analyst's pins.
    Status writeClaimClusters(const std::vector<ClusterRecord>& clusters);
    // The analyst moves a claim into a cluster (or a new one of its own when
    // clusterId is nullopt) and pins it there; returns the cluster it is in.
    Result<std::int64_t> moveClaimToCluster(std::int64_t claimId, std::optional<std::int64_t> clusterId);
    // The same for several claims at once (a merge moves a whole cluster),
    // in one transaction; the clusters they leave and the one they join are
    // judged again when `judge` is given. Returns the cluster they are in.
    Result<std::int64_t> moveClaims(const std::vector<std::int64_t>& claimIds, std::optional<std::int64_t> into,
                                    const ClusterJudge& judge = {});
    // Where claims sit now, and putting them back there (an undo): a
    // cluster that has gone meanwhile is made again under its id.
    Result<std::vector<ClaimPlacement>> placements(const std::vector<std::int64_t>& claimIds);
    Status restorePlacements(const std::vector<ClaimPlacement>& placements, const ClusterJudge& judge = {});
    // Judges clusters again from their members (all claim clusters when
    // `clusterIds` is empty), in one transaction.
    Status rejudgeClusters(const std::vector<std::int64_t>& clusterIds, const ClusterJudge& judge);
    // Judges the clusters marked to be judged again (members changed where
    // no judge was at hand, or by a schema migration) and clears their
    // marks, in one transaction; with none marked, one indexed read. A
    // project that cannot be written keeps its marks for a later open.
    Status judgeMarkedClusters(const ClusterJudge& judge);
    // "Not a disagreement": the cluster shows no disagreement while linking
    // finds the same conflict in it (a different one shows again). Fails on
    // a cluster without a disagreement. restoreDisagreement undoes it.
    Status dismissDisagreement(std::int64_t clusterId, const std::string& why, const std::string& analyst,
                               const std::string& at);
    Status restoreDisagreement(std::int64_t clusterId);
    Result<std::optional<Dismissal>> dismissal(std::int64_t clusterId);
    // Replaces all event clusters: each group of event ids is one cluster.
    Status writeEventClusters(const std::vector<std::vector<std::int64_t>>& groups);
    // Event clusters as groups of event ids, in cluster order.
    Result<std::vector<std::vector<std::int64_t>>> eventClusters();
    struct ClusterInfo {
        std::int64_t id = 0;
        bool disagreement = false;  // false too when the analyst dismissed it
        std::string reason;
        int outletCount = 0;
        int independentSources = 0;
        std::string originSpeaker;
        int members = 0;
        int documents = 0;
        bool dismissed = false;     // a disagreement the analyst dismissed
    };
    Result<std::vector<ClusterInfo>> clusterInfos();

    // Speakers across the project, and the analyst's merge and split.
    Result<std::vector<SpeakerSummary>> speakers();
    // Moves every alias, mention and claim of `from` to `into` and deletes
    // `from`; unmergeSpeakers puts everything back, `from` with its old id.
    Result<SpeakerMerge> mergeSpeakers(std::int64_t into, std::int64_t from);
    Status unmergeSpeakers(const SpeakerMerge& merge);
    // Makes a new speaker named `alias` from one alias of `speaker`, taking
    // the claims whose speaker mention is that alias. Returns its id.
    Result<std::int64_t> splitSpeaker(std::int64_t speaker, const std::string& alias);

    // Source reliability on the Admiralty scale, per outlet (by name) and
    // per speaker: 'A' (completely reliable) to 'F' (cannot be judged), or
    // nullopt when not graded. Setting fails, changing nothing, on an
    // unknown outlet or speaker or a letter outside A-F.
    Result<std::vector<OutletSummary>> outlets();
    Result<std::optional<char>> outletReliability(const std::string& outlet);
    Status setOutletReliability(const std::string& outlet, std::optional<char> reliability);
    Result<std::optional<char>> speakerReliability(std::int64_t speakerId);
    Status setSpeakerReliability(std::int64_t speakerId, std::optional<char> reliability);

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
