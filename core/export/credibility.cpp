#include "core/export/credibility.h"

namespace claimdesk::exporting {

std::string credibilityName(int credibility) {
    static const char* const names[] = {"Confirmed by other sources", "Probably true", "Possibly true",
                                        "Doubtful",                   "Improbable",    "Cannot be judged"};
    if (credibility < 1 || credibility > 6)
        return {};
    return names[credibility - 1];
}

}  // namespace claimdesk::exporting
