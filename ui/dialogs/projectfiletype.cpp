#include "ui/dialogs/projectfiletype.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMimeDatabase>

namespace claimdesk::ui {
namespace {

const QString kSuffix = QStringLiteral("claimdesk");

QMimeType projectType() { return QMimeDatabase().mimeTypeForName(QString::fromLatin1(kProjectMimeType)); }

QString choose(QWidget* parent, const QString& title, QFileDialog::AcceptMode mode) {
    QFileDialog dialog(parent, title);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    if (const QMimeType type = projectType(); type.isValid())
        dialog.setMimeTypeFilters({type.name()});
    else
        dialog.setNameFilters(projectNameFilters());
    dialog.setDefaultSuffix(kSuffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

}  // namespace

QStringList projectNameFilters() {
    if (const QMimeType type = projectType(); type.isValid())
        return {type.filterString()};
    return {QCoreApplication::translate("ProjectFileType", "Claimdesk projects (*.claimdesk)")};
}

QString chooseProjectToOpen(QWidget* parent, const QString& title) {
    return choose(parent, title, QFileDialog::AcceptOpen);
}

QString chooseProjectToCreate(QWidget* parent, const QString& title) {
    QString path = choose(parent, title, QFileDialog::AcceptSave);
    // The default suffix is added only to a name without any: "spill.v2" too.
    if (!path.isEmpty() && !path.endsWith(QLatin1Char('.') + kSuffix))
        path += QLatin1Char('.') + kSuffix;
    return path;
}

}  // namespace claimdesk::ui
