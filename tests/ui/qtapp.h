#pragma once

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

namespace claimdesk::testing {

// One QApplication for all window tests of a binary (offscreen platform).
// Settings go to Qt's test locations, never the analyst's own.
inline QApplication& qtApp() {
    static int argc = 1;
    static char name[] = "ui_tests";
    static char* argv[] = {name, nullptr};
    // Never destroyed: at exit Qt's own globals (input devices of a shown
    // window) may already be gone, and tearing the application down after
    // them crashes.
    static QApplication& app = *new QApplication(argc, argv);
    static const bool once = [] {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ClaimdeskTests"));
        QApplication::setApplicationName(QStringLiteral("ui_tests"));
        // The first review asks the analyst's name once; tests that are not
        // about that have been asked already. The layout starts afresh.
        QSettings settings;
        settings.setValue(QStringLiteral("analyst/asked"), true);
        settings.remove(QStringLiteral("window/state"));
        settings.remove(QStringLiteral("window/geometry"));
        settings.remove(QStringLiteral("export"));
        return true;
    }();
    (void)once;
    return app;
}

}  // namespace claimdesk::testing
