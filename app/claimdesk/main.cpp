// claimdesk: the workbench window. Wires arguments, the project and the
// main window; the work is in ui/ and core/.

#include <cstdlib>
#include <iostream>

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include "ui/widgets/mainwindow.h"

namespace {

// Qt aborts when no display can be opened; say so plainly instead.
bool displayAvailable() {
    const char* platform = std::getenv("QT_QPA_PLATFORM");
    if (platform && *platform)
        return true;
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (x11 && *x11) || (wayland && *wayland);
}

}  // namespace

int main(int argc, char** argv) {
    if (!displayAvailable()) {
        std::cerr << "claimdesk: no display (DISPLAY is not set); run it in a desktop session or under xvfb-run\n";
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Claimdesk"));
    QApplication::setOrganizationName(QStringLiteral("Claimdesk"));
    QApplication::setApplicationVersion(QStringLiteral(CLAIMDESK_VERSION));
    // Desktops (Wayland's app id, task bars) match the window to claimdesk.desktop.
    QGuiApplication::setDesktopFileName(QStringLiteral("claimdesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Who claimed what, when, and do other sources agree?"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("A project file (*.claimdesk) to open."));
    const QCommandLineOption claimOption(QStringLiteral("claim"), QStringLiteral("Show this claim when the project opens."),
                                         QStringLiteral("id"));
    parser.addOption(claimOption);
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        QStringLiteral("Bring a view to the front: claims, timeline, library or speakers."),
                                        QStringLiteral("name"));
    parser.addOption(viewOption);
    parser.process(app);

    claimdesk::ui::MainWindow window;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && !window.openProject(positional.first()))
        return 1;
    window.show();
    // Once laid out, so that the viewer can scroll the claim into view.
    if (parser.isSet(claimOption))
        QTimer::singleShot(0, &window, [&] { window.revealClaim(parser.value(claimOption).toLongLong()); });
    if (parser.isSet(viewOption))
        QTimer::singleShot(0, &window, [&] {
            if (!window.showView(parser.value(viewOption)))
                std::cerr << "claimdesk: no view named " << parser.value(viewOption).toStdString() << "\n";
        });
    return app.exec();
}
