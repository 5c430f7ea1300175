#pragma once

// The one QObject the window edits a project through. It owns the project
// store and the undo stack; every user edit is an intent-level method here
// that pushes an undoable command writing through the store in one
// transaction, and every change is announced by a typed signal. Models read
// through it and edit through it, never through the store.

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <QList>
#include <QObject>
#include <QString>

#include "core/export/webannotationimport.h"
#include "core/store/annotationrecords.h"
#include "core/store/claimrecords.h"
#include "core/store/clusterrecords.h"
#include "core/store/documentrecords.h"
#include "core/store/graderecords.h"
#include "core/store/speakerrecords.h"
#include "ui/edit/assesscommand.h"

class QUndoCommand;
class QUndoStack;

namespace claimdesk::store {
class AnnotationStore;
class ClaimStore;
class ClusterStore;
class GradeStore;
class ProjectStore;
class SpeakerStore;
}  // namespace claimdesk::store

namespace claimdesk::ui {

// Authors as the store keeps them: a JSON list of names.
QString authorsJson(const QStringList& authors);

class Workspace : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QString()>;  // ISO 8601 UTC
    // Figures found in a claim an analyst makes; by default the core's
    // quantity finder, replaceable in tests.
    using QuantityParser = std::function<std::vector<Quantity>(const std::string& text, Span span)>;
    // The normalised date (TIMEX3 value) of an event an analyst makes from
    // a span of a document; by default the core's timex finder.
    using DateParser = std::function<std::string(const Document& document, Span span)>;

    // Opens (creating if needed) a project file; null with `error` set when
    // it cannot be opened.
    static std::unique_ptr<Workspace> open(const QString& path, QString* error = nullptr, QObject* parent = nullptr);
    Workspace(store::ProjectStore store, QString path, QObject* parent = nullptr);
    ~Workspace() override;

    QString path() const { return m_path; }
    QUndoStack* undoStack() const { return m_undoStack; }

    // The name written into review history and annotations: QSettings
    // "analyst/name", defaulting to the login name.
    QString analyst() const { return m_analyst; }
    void setAnalyst(const QString& name);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QString now() const;
    void setQuantityParser(QuantityParser parser) { m_quantityParser = std::move(parser); }
    const QuantityParser& quantityParser() const { return m_quantityParser; }
    void setDateParser(DateParser parser) { m_dateParser = std::move(parser); }
    const DateParser& dateParser() const { return m_dateParser; }

    // Reading.
    Result<std::vector<store::DocumentSummary>> documents();
    Result<Document> document(std::int64_t id);
    Result<Analysis> analysis(std::int64_t documentId);
    Result<std::vector<store::Annotation>> annotations(std::int64_t documentId);
    Result<std::vector<store::ClaimRow>> claims(const store::ClaimQuery& query);
    Result<std::int64_t> countClaims(const store::ClaimQuery& query);
    Result<store::ClaimRow> claim(std::int64_t id);
    Result<std::vector<store::ReviewDecision>> reviewHistory(std::int64_t claimId);
    Result<std::vector<store::SpeakerSummary>> speakers();
    Result<std::vector<store::SearchHit>> search(const QString& query, int limit = 50);
    Result<store::Assessment> assessment(qint64 claimId);
    Result<std::vector<store::AssessmentRecord>> assessmentHistory(qint64 claimId);
    Result<std::vector<store::VerdictLabel>> verdictLabels();
    Result<std::vector<std::string>> rejectReasons();
    Result<std::vector<store::ClusterInfo>> clusters();
    Result<std::map<std::string, std::string>> laneTitles();
    Result<std::vector<store::DocumentEdit>> documentEdits(qint64 documentId);
    // A text kept with the project ("summary": the report's opening).
    QString projectText(const QString& key);
    // The name a cluster goes by: the title the analyst gave its lane,
    // else what its figures count ("Soldiers, casualties: ≥ 300 vs 4,000"),
    // else its first claim's opening words.
    QString clusterTitle(qint64 clusterId);
    // How linking judges a cluster from its members; the cluster edits and
    // reviews pass it to the store.
    const store::ClusterJudge& clusterJudge() const { return m_judge; }

    // Editing: each pushes one undoable command; false (and errorOccurred)
    // when the store refused, in which case nothing changed and nothing
    // was pushed.
    bool confirmClaims(const QList<qint64>& ids);
    bool rejectClaims(const QList<qint64>& ids, const QString& reason);
    bool resetClaims(const QList<qint64>& ids);  // back to extracted
    // The assessment (whether a claim is true) apart from review.
    bool assessClaims(const QList<qint64>& ids, const AssessmentChange& change);
    bool setCredibility(const QList<qint64>& ids, std::optional<int> credibility);
    bool setVerdict(const QList<qint64>& ids, const QString& verdict);  // empty: none
    // Cluster edits, each pinned so that linking keeps them: claims into a
    // cluster, or a new one of their own (nullopt; a split); a whole
    // cluster into another; a disagreement dismissed, with why, or back.
    bool moveClaimsToCluster(const QList<qint64>& ids, std::optional<qint64> clusterId);
    bool mergeClusters(qint64 into, qint64 from);
    bool dismissDisagreement(qint64 clusterId, const QString& why);
    bool restoreDisagreement(qint64 clusterId);
    // A document's title, outlet, authors (a JSON list) or date
    // (YYYY-MM-DD); nullopt or empty clears it.
    bool editDocument(qint64 documentId, store::DocumentField field, const std::optional<QString>& value);
    // The project's texts, lists and lane titles (empty title: the default).
    bool setProjectText(const QString& key, const QString& text);
    bool setLaneTitle(const QString& laneKey, const QString& title);
    bool setVerdictLabels(const std::vector<store::VerdictLabel>& labels);
    bool setRejectReasons(const QStringList& reasons);
    // A note on a span; returns the annotation id, or 0 on failure.
    qint64 annotateNote(qint64 documentId, Span span, const QString& note);
    // A claim made by the analyst from a span, with its annotation; returns
    // the claim id, or 0 on failure.
    qint64 annotateClaim(qint64 documentId, Span span, std::optional<qint64> speakerId);
    // The same by a new speaker of that name, made with the claim.
    qint64 annotateClaimByNewSpeaker(qint64 documentId, Span span, const QString& speakerName);
    bool deleteAnnotation(qint64 documentId, qint64 annotationId);
    bool editNote(qint64 documentId, qint64 annotationId, const QString& note);
    // Deletes a claim or event the analyst made, with its annotation.
    bool deleteAnalystItem(qint64 documentId, qint64 annotationId);
    // An event the analyst makes from a span (its date normalised from the
    // span), with its annotation; returns the event id, or 0 on failure.
    qint64 annotateEvent(qint64 documentId, Span span, const QString& what);

    // Source reliability on the Admiralty scale (A-F, nullopt: not graded).
    Result<std::vector<store::OutletSummary>> outlets();
    bool setOutletReliability(const QString& outlet, std::optional<char> grade);
    bool setSpeakerReliability(qint64 speakerId, std::optional<char> grade);
    bool mergeSpeakers(qint64 into, qint64 from);
    bool splitSpeaker(qint64 speakerId, const QString& alias);

    // Files added outside the undo stack (ingestion) changed everything.
    void notifyDocumentsAdded();

    // File > Import Annotations: a W3C Web Annotation export read into
    // this project (core/export/webannotationimport.h) with the analyst's
    // name and clock. Not an undoable edit: when anything was written the
    // undo stack is cleared, since its commands hold states (a claim's
    // previous status, an annotation's id) the import may have replaced,
    // and undoing them would silently revert imported decisions. Every view
    // is told to reload. Fails only when the store could not be read or
    // written (nothing imported then); missing documents are in the report.
    Result<exporting::ImportReport> importAnnotations(const std::vector<exporting::ImportedAnnotation>& items);

    QString lastError() const { return m_lastError; }

    // For commands: the store, by the concept each one writes through, and
    // the signals they cause.
    store::ProjectStore& store() { return *m_store; }
    store::ClaimStore& claimStore();
    store::GradeStore& gradeStore();
    store::SpeakerStore& speakerStore();
    store::ClusterStore& clusterStore();
    store::AnnotationStore& annotationStore();
    void reportError(const QString& message);
    void announceClaims(const QList<qint64>& ids) { emit claimsChanged(ids); }
    // Claims moved between clusters (their rows and the clusters change).
    void announceClusters(const QList<qint64>& ids) {
        emit claimsChanged(ids);
        emit clustersChanged();
    }
    void announceAnnotations(qint64 documentId) { emit annotationsChanged(documentId); }
    void announceSpeakers() { emit speakersChanged(); }
    void announceReliability() { emit reliabilityChanged(); }

signals:
    void claimsChanged(const QList<qint64>& ids);
    void annotationsChanged(qint64 documentId);
    void speakersChanged();
    void documentsChanged();
    void errorOccurred(const QString& message);
    // An outlet's or a speaker's source reliability changed.
    void reliabilityChanged();
    // Clusters changed: members moved, merged, a disagreement dismissed.
    void clustersChanged();
    // A document's title, outlet, authors or date changed.
    void documentDetailsChanged(qint64 documentId);
    // The project's texts, lists (verdicts, reasons) or lane titles changed.
    void projectSettingsChanged();

private:
    bool push(QUndoCommand* command);
    bool pushStoreEdit(const QString& text, std::function<Status()> redo, std::function<Status()> undo,
                       std::function<void()> announce);
    // A document's detail as stored (authors as a JSON list); nullopt when unset.
    Result<std::optional<std::string>> documentField(qint64 documentId, store::DocumentField field);
    // Replaces a value the project keeps, undoably: `current` is what it is
    // now (its error is reported); when that is already `next`, nothing is
    // pushed; otherwise an edit that writes `next`, undone writes back what
    // was. Defined (and used) in workspace.cpp only.
    template <typename T>
    bool replaceUndoably(const QString& text, Result<T> current, T next, std::function<Status(const T&)> write,
                         std::function<void()> announce);

    std::unique_ptr<store::ProjectStore> m_store;  // held by pointer: this header needs only its name
    store::ClusterJudge m_judge;
    QString m_path;
    QUndoStack* m_undoStack = nullptr;
    QString m_analyst;
    Clock m_clock;
    QuantityParser m_quantityParser;
    DateParser m_dateParser;
    QString m_lastError;
};

}  // namespace claimdesk::ui
