#pragma once

#include <QString>
#include <QStringList>

#include "core/pipeline/ingestion.h"

class QWidget;

namespace claimdesk::ui {

// Ingests article files into a project on a worker thread (with its own
// store connection: a ProjectStore is single-threaded), showing a progress
// dialog whose Cancel stops the batch after the current file. Returns when
// the batch is over.
pipeline::BatchReport addArticles(QWidget* parent, const QString& projectPath, const QStringList& paths);

}  // namespace claimdesk::ui
