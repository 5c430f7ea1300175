#include "core/pipeline/clock.h"

#include <chrono>
#include <ctime>

namespace claimdesk::pipeline {

Clock systemClock() {
    return [] {
        const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
        std::tm utc{};
        gmtime_r(&now, &utc);
        char buffer[32];
        std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
        return std::string(buffer);
    };
}

}  // namespace claimdesk::pipeline
