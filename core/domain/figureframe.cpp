#include "core/domain/figureframe.h"

namespace claimdesk {

std::string describeFrame(const FigureFrame& frame) {
    std::string out = frame.measure.empty() ? "what it counts is not said" : frame.measure;
    if (!frame.subject.empty())
        out += ", of " + frame.subject;
    if (!frame.period.empty()) {
        switch (frame.periodKind) {
        case PeriodKind::During: out += ", " + std::string(frame.period.size() == 10 ? "on " : "in ") + frame.period; break;
        case PeriodKind::AsOf: out += ", as of " + frame.period; break;
        case PeriodKind::Said:
        case PeriodKind::Unknown: out += ", said " + frame.period; break;
        }
    }
    if (frame.cumulative)
        out += ", running total";
    return out;
}

}  // namespace claimdesk
