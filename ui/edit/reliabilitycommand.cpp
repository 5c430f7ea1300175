#include "ui/edit/reliabilitycommand.h"

#include <QCoreApplication>

#include "core/store/gradestore.h"
#include "ui/edit/workspace.h"

namespace claimdesk::ui {
namespace {

QString gradeText(std::optional<char> grade) {
    return grade ? QString(QLatin1Char(*grade)) : QCoreApplication::translate("ReliabilityCommand", "not graded");
}

}  // namespace

ReliabilityCommand* ReliabilityCommand::forOutlet(Workspace& workspace, const QString& outlet,
                                                  std::optional<char> grade) {
    auto* command = new ReliabilityCommand(workspace, outlet, 0, grade);
    command->setText(QCoreApplication::translate("ReliabilityCommand", "Grade %1 %2").arg(outlet, gradeText(grade)));
    return command;
}

ReliabilityCommand* ReliabilityCommand::forSpeaker(Workspace& workspace, qint64 speakerId, std::optional<char> grade) {
    auto* command = new ReliabilityCommand(workspace, {}, speakerId, grade);
    command->setText(QCoreApplication::translate("ReliabilityCommand", "Grade speaker %1").arg(gradeText(grade)));
    return command;
}

ReliabilityCommand::ReliabilityCommand(Workspace& workspace, QString outlet, qint64 speakerId,
                                       std::optional<char> grade)
    : m_workspace(workspace), m_outlet(std::move(outlet)), m_speakerId(speakerId), m_grade(grade) {}

bool ReliabilityCommand::write(std::optional<char> grade) {
    store::GradeStore& store = m_workspace.gradeStore();
    const Status s = m_outlet.isEmpty() ? store.setSpeakerReliability(m_speakerId, grade)
                                        : store.setOutletReliability(m_outlet.toStdString(), grade);
    if (!s.ok()) {
        m_workspace.reportError(QString::fromStdString(s.error()));
        setObsolete(true);
        return false;
    }
    m_workspace.announceReliability();
    return true;
}

void ReliabilityCommand::redo() {
    if (!m_readPrevious) {
        store::GradeStore& store = m_workspace.gradeStore();
        auto previous =
            m_outlet.isEmpty() ? store.speakerReliability(m_speakerId) : store.outletReliability(m_outlet.toStdString());
        if (!previous) {
            m_workspace.reportError(QString::fromStdString(previous.error()));
            setObsolete(true);
            return;
        }
        m_previous = *previous;
        m_readPrevious = true;
    }
    write(m_grade);
}

void ReliabilityCommand::undo() { write(m_previous); }

}  // namespace claimdesk::ui
