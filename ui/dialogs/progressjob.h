#pragma once

// A long job of the core (ingest, re-analysis) run on a worker thread
// behind a window-modal progress dialog with Cancel, the UI thread kept
// responsive meanwhile. The job opens its own store connection: a
// ProjectStore is single-threaded.

#include <cstddef>
#include <functional>

#include <QObject>
#include <QString>

class QWidget;

namespace claimdesk::ui {

struct ProgressJobText {
    QString title;           // the dialog's window title
    QString label;           // shown before the first report
    QString accessibleName;  // for screen readers
};

// What the job calls after each step, from the worker thread: how far it
// is and what it is doing; returns false once the analyst cancelled.
using ProgressReport = std::function<bool(std::size_t done, std::size_t total, const QString& doing)>;

// Runs `job` on a worker thread and returns when it is over.
void runWithProgress(QWidget* parent, const ProgressJobText& text, const std::function<void(const ProgressReport&)>& job);

}  // namespace claimdesk::ui
