#pragma once

// The window's colour theme: the desktop's own, or Fusion with a light or a
// dark palette. Kept in QSettings ("view/theme"). Highlight colours follow
// whichever palette is in force (ui/models/statuscolors.h).

#include <QString>

namespace claimdesk::ui {

enum class Theme { System, Light, Dark };

QString themeName(Theme theme);  // "system", "light", "dark"
Theme storedTheme();             // System when none was chosen
void storeTheme(Theme theme);
// Sets the application's style and palette. Needs a QApplication.
void applyTheme(Theme theme);

}  // namespace claimdesk::ui
