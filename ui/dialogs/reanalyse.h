#pragma once

#include <QString>

#include "core/domain/result.h"
#include "core/pipeline/reanalysis.h"

class QWidget;

namespace claimdesk::ui {

// Re-analyses a whole project on a worker thread (with its own store
// connection), showing a progress dialog whose Cancel stops after the
// current document: the documents done stay re-analysed and the project is
// linked. Returns when the run is over.
Result<pipeline::ReanalysisSummary> reanalyseProject(QWidget* parent, const QString& projectPath);

// The summary in a few lines for the analyst.
QString reanalysisText(const pipeline::ReanalysisSummary& summary);

}  // namespace claimdesk::ui
