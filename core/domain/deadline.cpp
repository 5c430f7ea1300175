#include "core/domain/deadline.h"

namespace claimdesk {

Deadline::Deadline(double seconds)
    : m_at(std::chrono::steady_clock::now() +
           std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(seconds))),
      m_seconds(seconds), m_set(true) {}

bool Deadline::passed() const { return m_set && std::chrono::steady_clock::now() >= m_at; }

std::string secondsText(double seconds) {
    std::string text = std::to_string(seconds);
    text.erase(text.find_last_not_of('0') + 1);
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text;
}

}  // namespace claimdesk
