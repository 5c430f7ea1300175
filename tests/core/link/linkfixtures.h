#pragma once

#include <string>
#include <vector>

#include "core/link/linkclaim.h"

namespace claimdesk::testing {

inline Quantity figure(std::optional<double> value, std::optional<double> low, std::optional<double> high,
                       bool approximate, std::string unit) {
    Quantity q;
    q.value = value;
    q.low = low;
    q.high = high;
    q.approximate = approximate;
    q.unit = std::move(unit);
    return q;
}

inline link::LinkClaim claim(std::int64_t document, std::string outlet, std::string speaker, std::string content,
                             std::vector<Quantity> quantities = {}, std::string cue = "said",
                             std::int64_t position = 0) {
    link::LinkClaim c;
    c.documentId = document;
    c.outlet = std::move(outlet);
    c.speakerKey = speaker;
    c.speakerName = std::move(speaker);
    c.content = std::move(content);
    c.quantities = std::move(quantities);
    c.cue = std::move(cue);
    c.position = position;
    return c;
}

}  // namespace claimdesk::testing
