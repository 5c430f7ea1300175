#include "ui/dialogs/prompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

#include "ui/dialogs/projectfiletype.h"

namespace claimdesk::ui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("Prompts", text); }

QString elided(const QString& quote) {
    const QString simple = quote.simplified();
    return simple.size() > 120 ? simple.left(117) + QStringLiteral("...") : simple;
}

}  // namespace

std::optional<QString> Prompts::rejectReason(QWidget* parent, int count) {
    bool ok = false;
    const QString reason = QInputDialog::getText(
        parent, tr("Reject"),
        QCoreApplication::translate("Prompts", "Why reject %n claim(s)?", nullptr, count), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return std::nullopt;
    return reason.trimmed();
}

std::optional<QString> Prompts::note(QWidget* parent, const QString& quote) {
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(parent, tr("New note"),
                                                        tr("Note on \"%1\":").arg(elided(quote)), {}, &ok);
    if (!ok)
        return std::nullopt;
    return text.trimmed();
}

std::optional<QString> Prompts::editNote(QWidget* parent, const QString& quote, const QString& current) {
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(parent, tr("Edit note"),
                                                        tr("Note on \"%1\":").arg(elided(quote)), current, &ok);
    if (!ok)
        return std::nullopt;
    return text.trimmed();
}

std::optional<Prompts::ClaimSpeaker> Prompts::claimSpeaker(QWidget* parent, const QString& quote,
                                                          const std::vector<store::SpeakerSummary>& speakers) {
    // Editable: a name that is none of the project's makes a new speaker.
    QStringList names{tr("(unattributed)")};
    for (const auto& s : speakers)
        names << QString::fromStdString(s.name);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, tr("New claim"), tr("Who claims \"%1\"? (pick a speaker or type a new name)").arg(elided(quote)),
        names, 0, true, &ok).trimmed();
    if (!ok)
        return std::nullopt;
    if (chosen.isEmpty() || chosen == names.front())
        return ClaimSpeaker{};
    const auto index = names.indexOf(chosen);
    if (index > 0)
        return ClaimSpeaker{speakers[static_cast<std::size_t>(index - 1)].id, {}};
    return ClaimSpeaker{std::nullopt, chosen};
}

std::optional<QString> Prompts::eventDescription(QWidget* parent, const QString& quote) {
    bool ok = false;
    const QString text = QInputDialog::getText(parent, tr("New event"), tr("What happened?"), QLineEdit::Normal,
                                               quote.simplified(), &ok);
    if (!ok)
        return std::nullopt;
    return text.trimmed();
}

std::optional<QString> Prompts::analystName(QWidget* parent, const QString& current) {
    bool ok = false;
    const QString name = QInputDialog::getText(parent, tr("Analyst name"),
                                               tr("Name written into review history and annotations:"),
                                               QLineEdit::Normal, current, &ok);
    if (!ok)
        return std::nullopt;
    return name.trimmed();
}

void Prompts::showReport(QMessageBox* box) { box->exec(); }

std::optional<QString> Prompts::chooseAlias(QWidget* parent, const QStringList& aliases) {
    bool ok = false;
    const QString alias =
        QInputDialog::getItem(parent, tr("Split speaker"), tr("Make a speaker of its own from:"), aliases, 0, false, &ok);
    if (!ok || alias.isEmpty())
        return std::nullopt;
    return alias;
}

QStringList Prompts::articlePaths(QWidget* parent) {
    return QFileDialog::getOpenFileNames(parent, tr("Add articles"), {},
                                         tr("Articles (*.txt *.html *.htm *.pdf);;All files (*)"));
}

QString Prompts::projectToOpen(QWidget* parent) { return chooseProjectToOpen(parent, tr("Open project")); }

QString Prompts::projectToCreate(QWidget* parent) { return chooseProjectToCreate(parent, tr("New project")); }

QString Prompts::annotationsToImport(QWidget* parent) {
    return QFileDialog::getOpenFileName(parent, tr("Import annotations"), {},
                                        tr("W3C Web Annotations (*.jsonld *.json);;All files (*)"));
}

bool Prompts::confirmImport(QWidget* parent, const QString& text, const QString& details) {
    QMessageBox box(QMessageBox::Question, tr("Import annotations"), text, QMessageBox::Cancel, parent);
    QPushButton* import = box.addButton(tr("&Import"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setInformativeText(details);
    box.exec();
    return box.clickedButton() == import;
}

}  // namespace claimdesk::ui
