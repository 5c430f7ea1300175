#include "ui/models/statuscolors.h"

namespace claimdesk::ui {

QColor statusColor(ClaimStatus status) {
    switch (status) {
    case ClaimStatus::Confirmed: return QColor(0xc6, 0xeb, 0xc5);
    case ClaimStatus::Rejected: return QColor(0xf4, 0xc7, 0xc3);
    case ClaimStatus::Extracted: break;
    }
    return QColor(0xff, 0xef, 0xb0);
}

}  // namespace claimdesk::ui
