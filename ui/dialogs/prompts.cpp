#include "ui/dialogs/prompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

#include "ui/dialogs/assessdialog.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/listeditor.h"
#include "ui/dialogs/notedialog.h"
#include "ui/dialogs/projectfiletype.h"
#include "ui/dialogs/rejectdialog.h"
#include "ui/dialogs/shortcutsdialog.h"

namespace claimdesk::ui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("Prompts", text); }

QString elided(const QString& quote) {
    const QString simple = quote.simplified();
    return simple.size() > 120 ? simple.left(117) + QStringLiteral("...") : simple;
}

}  // namespace

std::optional<Prompts::RejectAnswer> Prompts::rejectReason(QWidget* parent, const QStringList& claims,
                                                         const QStringList& reasons) {
    RejectDialog dialog(claims, reasons, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    RejectAnswer answer{dialog.reason(), std::nullopt};
    if (dialog.reasonsEdited())
        answer.editedReasons = dialog.reasons();
    return answer;
}

std::optional<QString> Prompts::note(QWidget* parent, const QString& quote) {
    NoteDialog dialog(tr("New note"), tr("&Note:"), quote, {}, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.text();
}

std::optional<QString> Prompts::editNote(QWidget* parent, const QString& quote, const QString& current) {
    NoteDialog dialog(tr("Edit note"), tr("&Note:"), quote, current, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.text();
}

std::optional<store::Assessment> Prompts::assessment(QWidget* parent, const QString& claim,
                                                     const store::Assessment& current,
                                                     const std::vector<store::VerdictLabel>& labels) {
    AssessDialog dialog(claim, current, labels, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.assessment();
}

std::optional<std::optional<qint64>> Prompts::chooseCluster(QWidget* parent, const QList<ClusterChoice>& clusters) {
    QStringList items{tr("A new cluster of their own")};
    for (const auto& c : clusters)
        items << QCoreApplication::translate("Prompts", "%1 (%n claim(s))", nullptr, c.members).arg(c.title);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, tr("Move to cluster"), tr("Move the claims into:"), items, 0,
                                                 false, &ok);
    if (!ok)
        return std::nullopt;
    const auto index = items.indexOf(chosen);
    if (index <= 0)
        return std::optional<std::optional<qint64>>(std::optional<qint64>());
    return std::optional<std::optional<qint64>>(clusters[index - 1].id);
}

std::optional<QString> Prompts::dismissReason(QWidget* parent, const QString& disagreement) {
    NoteDialog dialog(tr("Not a disagreement"), tr("&Why do these claims not disagree?"), disagreement, {}, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.text();
}

std::optional<DocumentDetails> Prompts::documentDetails(QWidget* parent, const DocumentDetails& current,
                                                        const DocumentDetails& detected, const QStringList& outlets) {
    DocumentDetailsDialog dialog(current, detected, outlets, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.details();
}

std::optional<QString> Prompts::laneTitle(QWidget* parent, const QString& current) {
    bool ok = false;
    const QString title = QInputDialog::getText(parent, tr("Rename lane"),
                                                tr("Lane title (empty: the title Claimdesk gives it):"),
                                                QLineEdit::Normal, current, &ok);
    if (!ok)
        return std::nullopt;
    return title.trimmed();
}

std::optional<std::vector<store::VerdictLabel>> Prompts::verdictLabels(QWidget* parent,
                                                                       const std::vector<store::VerdictLabel>& labels) {
    std::vector<ListEditor::Entry> entries;
    for (const auto& l : labels)
        entries.push_back({QString::fromStdString(l.name), l.rating});
    ListEditor editor(tr("Verdict labels"),
                      tr("The verdicts an assessment can give, in the order offered, and the rating each gives "
                         "in a ClaimReview export (1 false ... 5 true). Claims keep the labels they have."),
                      entries, true, parent);
    if (editor.exec() != QDialog::Accepted)
        return std::nullopt;
    std::vector<store::VerdictLabel> out;
    for (const auto& e : editor.entries())
        out.push_back({e.text.toStdString(), e.rating});
    return out;
}

std::optional<QStringList> Prompts::rejectReasons(QWidget* parent, const QStringList& reasons) {
    std::vector<ListEditor::Entry> entries;
    for (const auto& r : reasons)
        entries.push_back({r, std::nullopt});
    ListEditor editor(tr("Reasons for a wrong attribution"),
                      tr("The common reasons the Attribution Wrong dialog offers."), entries, false, parent);
    if (editor.exec() != QDialog::Accepted)
        return std::nullopt;
    QStringList out;
    for (const auto& e : editor.entries())
        out << e.text;
    return out;
}

bool Prompts::runExport(ExportDialog* dialog) { return dialog->exec() == QDialog::Accepted; }

void Prompts::showShortcuts(QWidget* parent, const QList<ShortcutEntry>& entries) {
    ShortcutsDialog dialog(entries, parent);
    dialog.exec();
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
