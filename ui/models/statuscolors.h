#pragma once

#include <QColor>

#include "core/domain/analysis.h"

namespace claimdesk::ui {

// One colour per review status, shared by the table and the viewers.
QColor statusColor(ClaimStatus status);

}  // namespace claimdesk::ui
