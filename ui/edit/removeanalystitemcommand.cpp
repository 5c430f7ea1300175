#include "ui/edit/removeanalystitemcommand.h"

#include <QCoreApplication>

#include "ui/edit/addannotationcommand.h"
#include "core/store/projectstore.h"
#include "ui/edit/workspace.h"

namespace claimdesk::ui {

RemoveAnalystItemCommand::RemoveAnalystItemCommand(Workspace& workspace, qint64 documentId, qint64 annotationId)
    : QUndoCommand(QCoreApplication::translate("RemoveAnalystItemCommand", "Delete annotation")),
      m_workspace(workspace),
      m_documentId(documentId),
      m_annotationId(annotationId) {}

RemoveAnalystItemCommand::~RemoveAnalystItemCommand() = default;

void RemoveAnalystItemCommand::fail(const QString& message) {
    m_workspace.reportError(message);
    setObsolete(true);
}

// Reads what the annotation made, so that undo can make it again.
bool RemoveAnalystItemCommand::prepare() {
    auto& store = m_workspace.store();
    auto all = store.annotations(m_documentId);
    if (!all) {
        fail(QString::fromStdString(all.error()));
        return false;
    }
    for (const auto& a : *all) {
        if (a.id != m_annotationId)
            continue;
        if (a.claimId) {
            auto claim = store.claim(*a.claimId);
            if (!claim) {
                fail(QString::fromStdString(claim.error()));
                return false;
            }
            m_speakerId = claim->speakerId.value_or(0);
            m_speakerName = QString::fromStdString(claim->speakerName);
            m_add = std::make_unique<AddAnnotationCommand>(m_workspace, m_documentId, a.span, store::AnnotationKind::Claim,
                                                           QString(), claim->speakerId);
            m_add->adopt(a.id, *a.claimId, QString::fromStdString(a.createdAt));
            setText(QCoreApplication::translate("RemoveAnalystItemCommand", "Delete claim"));
            return true;
        }
        if (a.eventId) {
            auto analysis = store.analysis(m_documentId);
            if (!analysis) {
                fail(QString::fromStdString(analysis.error()));
                return false;
            }
            QString what;
            for (const Event& e : analysis->events)
                if (e.id == *a.eventId)
                    what = QString::fromStdString(e.what);
            m_add = std::make_unique<AddAnnotationCommand>(m_workspace, m_documentId, a.span, store::AnnotationKind::Event,
                                                           what, std::nullopt);
            m_add->adopt(a.id, *a.eventId, QString::fromStdString(a.createdAt));
            setText(QCoreApplication::translate("RemoveAnalystItemCommand", "Delete event"));
            return true;
        }
        fail(QStringLiteral("annotation %1 made no claim or event").arg(m_annotationId));
        return false;
    }
    fail(QStringLiteral("no annotation %1").arg(m_annotationId));
    return false;
}

void RemoveAnalystItemCommand::redo() {
    if (!m_add && !prepare())
        return;
    m_add->undo();
    if (m_add->isObsolete()) {
        setObsolete(true);
        return;
    }
    // A speaker made with the claim went with it: undo makes it again.
    if (m_speakerId && !m_workspace.store().speakerReliability(m_speakerId).ok()) {
        m_add->setNewSpeaker(m_speakerName);
        m_workspace.announceSpeakers();
    }
}

void RemoveAnalystItemCommand::undo() {
    m_add->redo();
    if (m_add->isObsolete()) {
        setObsolete(true);
        return;
    }
    // The claim is back, its speaker perhaps made again under a new id:
    // redo checks that one. A claim that does not read back is reported,
    // not dereferenced.
    m_speakerId = 0;
    if (!m_add->claimId())
        return;
    auto claim = m_workspace.claim(m_add->claimId());
    if (!claim) {
        m_workspace.reportError(QString::fromStdString(claim.error()));
        return;
    }
    m_speakerId = claim->speakerId.value_or(0);
}

}  // namespace claimdesk::ui
