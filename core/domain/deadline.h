#pragma once

// A point in (monotonic) time after which long work should stop: the
// per-document processing limit. Checked by the work itself, between its
// steps; a default Deadline never passes.

#include <chrono>
#include <string>

namespace claimdesk {

class Deadline {
public:
    Deadline() = default;
    // `seconds` from now; zero or less has passed already.
    explicit Deadline(double seconds);

    bool passed() const;
    double seconds() const { return m_seconds; }  // as given; 0 for none

private:
    std::chrono::steady_clock::time_point m_at{};
    double m_seconds = 0;
    bool m_set = false;
};

// A limit in seconds as messages print it: "30", "2.5".
std::string secondsText(double seconds);

}  // namespace claimdesk
