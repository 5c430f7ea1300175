#include "ui/edit/workspace.h"

#include "core/extract/quantity/quantityfinder.h"
#include "core/extract/timex/timexfinder.h"
#include "core/pipeline/linking.h"
#include "core/text/utf8.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QUndoStack>

#include "core/pipeline/clusterjudge.h"
#include "core/store/projectstore.h"
#include "ui/edit/addannotationcommand.h"
#include "ui/edit/deleteannotationcommand.h"
#include "ui/edit/editnotecommand.h"
#include "ui/edit/mergespeakerscommand.h"
#include "ui/edit/moveclaimscommand.h"
#include "ui/edit/storeeditcommand.h"
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

QString authorsJson(const QStringList& authors) {
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(authors)).toJson(QJsonDocument::Compact));
}

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
    : QObject(parent),
      m_store(std::make_unique<store::ProjectStore>(std::move(store))),
      m_judge(pipeline::clusterJudge(*m_store)),
      m_path(std::move(path)),
      m_undoStack(new QUndoStack(this)) {
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

store::ClaimStore& Workspace::claimStore() { return *m_store; }
store::GradeStore& Workspace::gradeStore() { return *m_store; }
store::SpeakerStore& Workspace::speakerStore() { return *m_store; }
store::ClusterStore& Workspace::clusterStore() { return *m_store; }
store::AnnotationStore& Workspace::annotationStore() { return *m_store; }

void Workspace::setAnalyst(const QString& name) {
    m_analyst = name.trimmed().isEmpty() ? loginName() : name.trimmed();
    QSettings().setValue(QStringLiteral("analyst/name"), m_analyst);
}

QString Workspace::now() const { return m_clock(); }

Result<std::vector<store::DocumentSummary>> Workspace::documents() { return m_store->documents(); }
Result<Document> Workspace::document(std::int64_t id) { return m_store->document(id); }
Result<Analysis> Workspace::analysis(std::int64_t documentId) { return m_store->analysis(documentId); }
Result<std::vector<store::Annotation>> Workspace::annotations(std::int64_t documentId) {
    return m_store->annotations(documentId);
}
Result<std::vector<store::ClaimRow>> Workspace::claims(const store::ClaimQuery& query) {
    return m_store->claims(query);
}
Result<std::int64_t> Workspace::countClaims(const store::ClaimQuery& query) { return m_store->countClaims(query); }
Result<store::ClaimRow> Workspace::claim(std::int64_t id) { return m_store->claim(id); }
Result<std::vector<store::ReviewDecision>> Workspace::reviewHistory(std::int64_t claimId) {
    return m_store->reviewHistory(claimId);
}
Result<std::vector<store::SpeakerSummary>> Workspace::speakers() { return m_store->speakers(); }
Result<std::vector<store::SearchHit>> Workspace::search(const QString& query, int limit) {
    return m_store->search(query.toStdString(), limit);
}
Result<store::Assessment> Workspace::assessment(qint64 claimId) { return m_store->assessment(claimId); }
Result<std::vector<store::AssessmentRecord>> Workspace::assessmentHistory(qint64 claimId) {
    return m_store->assessmentHistory(claimId);
}
Result<std::vector<store::VerdictLabel>> Workspace::verdictLabels() { return m_store->verdictLabels(); }
Result<std::vector<std::string>> Workspace::rejectReasons() { return m_store->rejectReasons(); }
Result<std::vector<store::ClusterInfo>> Workspace::clusters() { return m_store->clusterInfos(); }
Result<std::map<std::string, std::string>> Workspace::laneTitles() { return m_store->laneTitles(); }
Result<std::vector<store::DocumentEdit>> Workspace::documentEdits(qint64 documentId) {
    return m_store->documentEdits(documentId);
}

QString Workspace::projectText(const QString& key) {
    auto text = m_store->projectText(key.toStdString());
    return text ? QString::fromStdString(*text) : QString();
}

QString Workspace::clusterTitle(qint64 clusterId) {
    if (auto titles = m_store->laneTitles())
        if (auto it = titles->find("claim-cluster:" + std::to_string(clusterId)); it != titles->end())
            return QString::fromStdString(it->second);
    store::ClaimQuery query;
    query.clusterId = clusterId;
    auto members = m_store->claims(query);
    if (!members || members->empty())
        return tr("Cluster %1").arg(clusterId);
    // What the figures count, from the first members: naming reads each
    // member's article, and a few dozen say it as well as thousands.
    constexpr std::size_t kMembersNamingACluster = 40;
    std::vector<std::int64_t> ids;
    for (const auto& m : *members)
        if (ids.size() < kMembersNamingACluster)
            ids.push_back(m.id);
    auto heading = pipeline::clusterHeading(*m_store, ids);
    if (heading && !heading->empty())
        return QString::fromStdString(*heading);
    // A cluster in dispute is named by what is disputed (the report a denial
    // answers), not by whichever member comes first: "We closed the intake"
    // must not head "X denied what residents reported".
    const store::ClaimRow* named = &members->front();
    for (const auto& m : *members)
        if (m.disagreement && m.type != ClaimType::Denial) {
            named = &m;
            break;
        }
    const QString first = QString::fromStdString(named->content).simplified();
    return first.size() > 70 ? first.left(first.lastIndexOf(QLatin1Char(' '), 68)) + QChar(0x2026) : first;
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

bool Workspace::assessClaims(const QList<qint64>& ids, const AssessmentChange& change) {
    return !ids.isEmpty() && push(new AssessCommand(*this, ids, change));
}

bool Workspace::setCredibility(const QList<qint64>& ids, std::optional<int> credibility) {
    AssessmentChange change;
    change.credibility = credibility;
    return assessClaims(ids, change);
}

bool Workspace::setVerdict(const QList<qint64>& ids, const QString& verdict) {
    AssessmentChange change;
    change.verdict = verdict;
    return assessClaims(ids, change);
}

bool Workspace::moveClaimsToCluster(const QList<qint64>& ids, std::optional<qint64> clusterId) {
    const QString text = clusterId ? tr("Move %n claim(s) to another cluster", nullptr, int(ids.size()))
                                   : tr("Split %n claim(s) into a cluster of their own", nullptr, int(ids.size()));
    return !ids.isEmpty() && push(new MoveClaimsCommand(*this, ids, clusterId, text));
}

bool Workspace::mergeClusters(qint64 into, qint64 from) {
    if (into == from)
        return false;
    store::ClaimQuery query;
    query.clusterId = from;
    auto members = m_store->claims(query);
    if (!members) {
        reportError(QString::fromStdString(members.error()));
        return false;
    }
    QList<qint64> ids;
    for (const auto& m : *members)
        ids << m.id;
    return !ids.isEmpty() && push(new MoveClaimsCommand(*this, ids, into, tr("Merge two clusters")));
}

bool Workspace::pushStoreEdit(const QString& text, std::function<Status()> redo, std::function<Status()> undo,
                              std::function<void()> announce) {
    return push(new StoreEditCommand(*this, text, std::move(redo), std::move(undo), std::move(announce)));
}

template <typename T>
bool Workspace::replaceUndoably(const QString& text, Result<T> current, T next, std::function<Status(const T&)> write,
                                std::function<void()> announce) {
    if (!current) {
        reportError(QString::fromStdString(current.error()));
        return false;
    }
    if (*current == next)
        return true;
    return pushStoreEdit(
        text, [write, next = std::move(next)] { return write(next); },
        [write, was = std::move(*current)] { return write(was); }, std::move(announce));
}

bool Workspace::dismissDisagreement(qint64 clusterId, const QString& why) {
    const std::string reason = why.trimmed().toStdString();
    return pushStoreEdit(
        tr("Dismiss a disagreement"),
        [this, clusterId, reason] {
            return m_store->dismissDisagreement(clusterId, reason, m_analyst.toStdString(), now().toStdString());
        },
        [this, clusterId] { return m_store->restoreDisagreement(clusterId); },
        [this] { announceClusters({}); });
}

bool Workspace::restoreDisagreement(qint64 clusterId) {
    auto dismissal = m_store->dismissal(clusterId);
    if (!dismissal || !*dismissal)
        return false;
    const store::Dismissal was = **dismissal;
    return pushStoreEdit(
        tr("Restore a disagreement"), [this, clusterId] { return m_store->restoreDisagreement(clusterId); },
        [this, clusterId, was] { return m_store->dismissDisagreement(clusterId, was.why, was.analyst, was.at); },
        [this] { announceClusters({}); });
}

bool Workspace::editDocument(qint64 documentId, store::DocumentField field, const std::optional<QString>& value) {
    std::optional<std::string> next;
    if (value && !value->trimmed().isEmpty())
        next = value->trimmed().toStdString();
    return replaceUndoably<std::optional<std::string>>(
        tr("Edit the %1 of a document").arg(QString::fromLatin1(store::documentFieldName(field))),
        documentField(documentId, field), next,
        [this, documentId, field](const std::optional<std::string>& v) {
            return m_store->editDocument(documentId,
                                         {field, std::nullopt, v, m_analyst.toStdString(), now().toStdString()});
        },
        [this, documentId] {
            emit documentDetailsChanged(documentId);
            emit documentsChanged();
            emit claimsChanged({});
        });
}

Result<std::optional<std::string>> Workspace::documentField(qint64 documentId, store::DocumentField field) {
    auto document = m_store->document(documentId);
    if (!document)
        return makeError(document.error());
    std::string value;
    switch (field) {
    case store::DocumentField::Title: value = document->source.title; break;
    case store::DocumentField::Outlet: value = document->source.outlet; break;
    case store::DocumentField::Published: value = document->source.published.value_or(""); break;
    case store::DocumentField::Authors: {
        QStringList authors;
        for (const auto& a : document->source.authors)
            authors << QString::fromStdString(a);
        if (!authors.isEmpty())
            value = authorsJson(authors).toStdString();
        break;
    }
    }
    return value.empty() ? std::nullopt : std::optional<std::string>(value);
}

bool Workspace::setProjectText(const QString& key, const QString& text) {
    const std::string k = key.toStdString();
    return replaceUndoably<std::string>(
        tr("Edit the project's %1").arg(key), m_store->projectText(k), text.trimmed().toStdString(),
        [this, k](const std::string& value) { return m_store->setProjectText(k, value); },
        [this] { emit projectSettingsChanged(); });
}

bool Workspace::setLaneTitle(const QString& laneKey, const QString& title) {
    const std::string key = laneKey.toStdString();
    auto titles = m_store->laneTitles();
    Result<std::optional<std::string>> old = std::optional<std::string>();
    if (!titles)
        old = makeError(titles.error());
    else if (auto it = titles->find(key); it != titles->end())
        old = std::optional<std::string>(it->second);
    std::optional<std::string> next;
    if (!title.trimmed().isEmpty())
        next = title.trimmed().toStdString();
    return replaceUndoably<std::optional<std::string>>(
        tr("Rename a timeline lane"), std::move(old), next,
        [this, key](const std::optional<std::string>& value) { return m_store->setLaneTitle(key, value); },
        [this] {
            emit projectSettingsChanged();
            emit clustersChanged();
        });
}

bool Workspace::setVerdictLabels(const std::vector<store::VerdictLabel>& labels) {
    return replaceUndoably<std::vector<store::VerdictLabel>>(
        tr("Edit the verdict labels"), m_store->verdictLabels(), labels,
        [this](const std::vector<store::VerdictLabel>& value) { return m_store->setVerdictLabels(value); },
        [this] { emit projectSettingsChanged(); });
}

bool Workspace::setRejectReasons(const QStringList& reasons) {
    std::vector<std::string> next;
    for (const QString& r : reasons)
        if (!r.trimmed().isEmpty())
            next.push_back(r.trimmed().toStdString());
    return replaceUndoably<std::vector<std::string>>(
        tr("Edit the reasons for a wrong attribution"), m_store->rejectReasons(), std::move(next),
        [this](const std::vector<std::string>& value) { return m_store->setRejectReasons(value); },
        [this] { emit projectSettingsChanged(); });
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

Result<std::vector<store::OutletSummary>> Workspace::outlets() { return m_store->outlets(); }

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
    emit clustersChanged();
}

}  // namespace claimdesk::ui
