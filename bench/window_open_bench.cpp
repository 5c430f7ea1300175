// How long the window takes to open a project, as an analyst sees it:
//   QT_QPA_PLATFORM=offscreen build/bench/bench_window_open PROJECT [RUNS]
// Each run makes a fresh MainWindow and prints, in wall milliseconds,
//   open     MainWindow::openProject (the store opened, every panel built)
//   shown    the window shown and painted once
//   settled  the events queued by opening handled (deferred loads included)
//   timeline the timeline's entries shown (a big project reads them on a
//            worker thread while the window is already in use)
// The best run's line comes last. The project is opened for work, so the
// first run also pays any schema migration a project from an older
// version needs: give it a project already opened once.

#include <cstdio>
#include <cstdlib>

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include "ui/timeline/timelinepanel.h"
#include "ui/widgets/mainwindow.h"

namespace {

struct Times {
    double open = 0;
    double shown = 0;
    double settled = 0;
    double timeline = 0;
};

double msSince(const QElapsedTimer& timer) { return static_cast<double>(timer.nsecsElapsed()) / 1e6; }

// Handles events until the queue stays empty for a moment: the deferred
// loads a panel starts with a zero timer run in there.
void settle() {
    QEventLoop loop;
    QTimer quiet;
    quiet.setSingleShot(true);
    quiet.setInterval(50);
    QObject::connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::awake, &quiet,
                     [&quiet] { quiet.start(); });
    quiet.start();
    loop.exec();
}

bool openOnce(const QString& path, Times& times) {
    QElapsedTimer timer;
    timer.start();
    claimdesk::ui::MainWindow window;
    if (!window.openProject(path))
        return false;
    times.open = msSince(timer);
    window.show();
    window.grab();  // one paint of everything visible
    times.shown = msSince(timer);
    settle();
    times.settled = msSince(timer) - 50;  // less the quiet moment settle() waits for
    claimdesk::ui::TimelinePanel* timeline = window.timelinePanel();
    if (timeline && timeline->loading()) {
        QEventLoop loop;
        QObject::connect(timeline, &claimdesk::ui::TimelinePanel::loaded, &loop, &QEventLoop::quit);
        loop.exec();
    }
    times.timeline = msSince(timer);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_window_open PROJECT [RUNS]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    Times best;
    for (int run = 1; run <= runs; ++run) {
        Times times;
        if (!openOnce(path, times)) {
            std::fprintf(stderr, "bench_window_open: cannot open %s\n", argv[1]);
            return 1;
        }
        std::printf("run %d: open %.0f ms, shown %.0f ms, settled %.0f ms, timeline %.0f ms\n", run, times.open,
                    times.shown, times.settled, times.timeline);
        if (run == 1 || times.settled < best.settled)
            best = times;
    }
    std::printf("best: open %.0f ms, shown %.0f ms, settled %.0f ms, timeline %.0f ms\n", best.open, best.shown,
                best.settled, best.timeline);
    return 0;
}
