#pragma once

#include <QApplication>

namespace claimdesk::testing {

// One QApplication for all window tests of a binary (offscreen platform).
inline QApplication& qtApp() {
    static int argc = 1;
    static char name[] = "ui_tests";
    static char* argv[] = {name, nullptr};
    static QApplication app(argc, argv);
    return app;
}

}  // namespace claimdesk::testing
