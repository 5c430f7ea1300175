#include "ui/edit/workspace.h"

#include "core/extract/quantity/quantityfinder.h"
#include "core/extract/timex/timexfinder.h"
#include "core/pipeline/linking.h"
#include "core/text/utf8.h"

#include <QDateTime>
#include <QSettings>
#include <QUndoStack>

#include "ui/edit/addannotationcommand.h"
#include "ui/edit/credibilitycommand.h"
#include "ui/edit/deleteannotationcommand.h"
#include "ui/edit/editnotecommand.h"
#include "ui/edit/mergespeakerscommand.h"
#include "ui/edit/reliabilitycommand.h"
#include "ui/edit/removeanalystitemcommand.h"
#include "ui/edit/reviewcommand.h"
#include "ui/edit/splitspeakercommand.h"

namespace claimdesk::ui {
namespace {

QString loginName() {
    for (const char* var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(var);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("analyst");
}

}  // namespace

std::unique_ptr<Workspace> Workspace::open(const QString& path, QString* error, QObject* parent) {
    auto store = store::ProjectStore::open(path.toStdString());
    if (!store) {
        if (error)
            *error = QString::fromStdString(store.error());
        return nullptr;
    }
    // Linking that a killed ingest left unfinished is finished first (with
    // nothing waiting, one indexed look-up).
    if (Status linked = pipeline::relinkProject(*store); !linked.ok() && error)
        *error = QString::fromStdString(linked.error());
    return std::make_unique<Workspace>(std::move(*store), path, parent);
}

Workspace::Workspace(store::ProjectStore store, QString path, QObject* parent)
    : QObject(parent), m_store(std::move(store)), m_path(std::move(path)), m_undoStack(new QUndoStack(this)) {
    m_analyst = QSettings().value(QStringLiteral("analyst/name"), loginName()).toString();
    m_clock = [] { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); };
    // An analyst's claim gets its figures from the same code as extraction.
    m_quantityParser = [](const std::string& text, Span span) {
        const text::OffsetMap map(text);
        return extract::findQuantities(text, map, span);
    };
    // An event's date: the first date the span states, resolved against
    // the publication date as extraction does.
    m_dateParser = [](const Document& document, Span span) {
        const text::OffsetMap map(document.text);
        const auto found = extract::findTimexes(document.text, map, span, document.source.published);
        for (const Timex& t : found.timexes)
            if (t.type == "DATE")
                return t.value;
        return std::string();
    };
}

Workspace::~Workspace() {
    // Commands hold a reference to this workspace; drop them first.
    m_undoStack->clear();
}

void Workspace::setAnalyst(const QString& name) {
    m_analyst = name.trimmed().isEmpty() ? loginName() : name.trimmed();
    QSettings().setValue(QStringLiteral("analyst/name"), m_analyst);
}

QString Workspace::now() const { return m_clock(); }

Result<std::vector<store::DocumentSummary>> Workspace::documents() { return m_store.documents(); }
Result<Document> Workspace::document(std::int64_t id) { return m_store.document(id); }
Result<Analysis> Workspace::analysis(std::int64_t documentId) { return m_store.analysis(documentId); }
Result<std::vector<store::Annotation>> Workspace::annotations(std::int64_t documentId) {
    return m_store.annotations(documentId);
}
Result<std::vector<store::ClaimRow>> Workspace::claims(const store::ClaimQuery& query) { return m_store.claims(query); }
Result<std::int64_t> Workspace::countClaims(const store::ClaimQuery& query) { return m_store.countClaims(query); }
Result<store::ClaimRow> Workspace::claim(std::int64_t id) { return m_store.claim(id); }
Result<std::vector<store::ReviewDecision>> Workspace::reviewHistory(std::int64_t claimId) {
    return m_store.reviewHistory(claimId);
}
Result<std::vector<store::SpeakerSummary>> Workspace::speakers() { return m_store.speakers(); }
Result<std::vector<store::SearchHit>> Workspace::search(const QString& query, int limit) {
    return m_store.search(query.toStdString(), limit);
}

void Workspace::reportError(const QString& message) {
    m_lastError = message;
    emit errorOccurred(message);
}

bool Workspace::push(QUndoCommand* command) {
    // A command whose first redo fails makes itself obsolete, and the stack
    // then deletes it instead of keeping it.
    m_lastError.clear();
    m_undoStack->push(command);
    return m_lastError.isEmpty();
}

bool Workspace::confirmClaims(const QList<qint64>& ids) {
    return !ids.isEmpty() && push(new ReviewCommand(*this, ids, ClaimStatus::Confirmed, {}));
}

bool Workspace::rejectClaims(const QList<qint64>& ids, const QString& reason) {
    return !ids.isEmpty() && push(new ReviewCommand(*this, ids, ClaimStatus::Rejected, reason));
}

bool Workspace::resetClaims(const QList<qint64>& ids) {
    return !ids.isEmpty() && push(new ReviewCommand(*this, ids, ClaimStatus::Extracted, {}));
}

bool Workspace::setCredibility(const QList<qint64>& ids, std::optional<int> credibility) {
    return !ids.isEmpty() && push(new CredibilityCommand(*this, ids, credibility));
}

qint64 Workspace::annotateNote(qint64 documentId, Span span, const QString& note) {
    auto* command = new AddAnnotationCommand(*this, documentId, span, store::AnnotationKind::Note, note, {});
    // The command lives on in the stack when it succeeded.
    return push(command) ? command->annotationId() : 0;
}

qint64 Workspace::annotateClaim(qint64 documentId, Span span, std::optional<qint64> speakerId) {
    auto* command = new AddAnnotationCommand(*this, documentId, span, store::AnnotationKind::Claim, {}, speakerId);
    return push(command) ? command->claimId() : 0;
}

bool Workspace::deleteAnnotation(qint64 documentId, qint64 annotationId) {
    return push(new DeleteAnnotationCommand(*this, documentId, annotationId));
}

qint64 Workspace::annotateClaimByNewSpeaker(qint64 documentId, Span span, const QString& speakerName) {
    if (speakerName.trimmed().isEmpty())
        return annotateClaim(documentId, span, std::nullopt);
    auto* command = new AddAnnotationCommand(*this, documentId, span, store::AnnotationKind::Claim, {}, {});
    command->setNewSpeaker(speakerName.trimmed());
    return push(command) ? command->claimId() : 0;
}

bool Workspace::deleteAnalystItem(qint64 documentId, qint64 annotationId) {
    return push(new RemoveAnalystItemCommand(*this, documentId, annotationId));
}

bool Workspace::editNote(qint64 documentId, qint64 annotationId, const QString& note) {
    return push(new EditNoteCommand(*this, documentId, annotationId, note));
}

qint64 Workspace::annotateEvent(qint64 documentId, Span span, const QString& what) {
    auto* command = new AddAnnotationCommand(*this, documentId, span, store::AnnotationKind::Event, what, {});
    return push(command) ? command->eventId() : 0;
}

Result<std::vector<store::OutletSummary>> Workspace::outlets() { return m_store.outlets(); }

bool Workspace::setOutletReliability(const QString& outlet, std::optional<char> grade) {
    return push(ReliabilityCommand::forOutlet(*this, outlet, grade));
}

bool Workspace::setSpeakerReliability(qint64 speakerId, std::optional<char> grade) {
    return push(ReliabilityCommand::forSpeaker(*this, speakerId, grade));
}

bool Workspace::mergeSpeakers(qint64 into, qint64 from) { return push(new MergeSpeakersCommand(*this, into, from)); }

bool Workspace::splitSpeaker(qint64 speakerId, const QString& alias) {
    return push(new SplitSpeakerCommand(*this, speakerId, alias));
}

void Workspace::notifyDocumentsAdded() {
    emit documentsChanged();
    emit speakersChanged();
    emit claimsChanged({});
}

}  // namespace claimdesk::ui
