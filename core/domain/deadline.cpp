#include "core/domain/deadline.h"

namespace claimdesk {

Deadline::Deadline(double seconds)
    : m_at(std::chrono::steady_clock::now() +
           std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(seconds))),
      m_seconds(seconds), m_set(true) {}

bool Deadline::passed() const { return m_set && std::chrono::steady_clock::now() >= m_at; }

}  // namespace claimdesk
