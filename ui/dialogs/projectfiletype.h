#pragma once

// The project file type, application/x-claimdesk, as the desktop defines it
// (packaging/mime/claimdesk.xml in share/mime/packages: *.claimdesk, or an
// SQLite file carrying Claimdesk's application id). The window's file
// dialogs offer projects by it.

#include <QString>
#include <QStringList>

class QWidget;

namespace claimdesk::ui {

inline constexpr char kProjectMimeType[] = "application/x-claimdesk";

// The file dialog's filter for projects: the type's own name and patterns
// when the desktop knows it, else "Claimdesk projects (*.claimdesk)".
QStringList projectNameFilters();

// Asks for a project to open (an existing file) or to create (a new name,
// given the .claimdesk suffix when it has none). Empty when cancelled.
// Where the desktop knows the type, its file chooser is asked for the type
// itself, so a portal dialog can match projects by content as well.
QString chooseProjectToOpen(QWidget* parent, const QString& title);
QString chooseProjectToCreate(QWidget* parent, const QString& title);

}  // namespace claimdesk::ui
