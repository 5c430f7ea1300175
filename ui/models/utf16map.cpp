#include "ui/models/utf16map.h"

#include <algorithm>

namespace claimdesk::ui {

Utf16Map::Utf16Map(const QString& text) : m_units(static_cast<int>(text.size())) {
    for (int i = 0; i < m_units; ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < m_units && text.at(i + 1).isLowSurrogate()) {
            m_pairAt.push_back(i);
            ++i;
        }
    }
    m_codePoints = m_units - static_cast<std::int64_t>(m_pairAt.size());
}

int Utf16Map::toUtf16(std::int64_t codePoint) const {
    if (codePoint <= 0)
        return 0;
    if (codePoint >= m_codePoints)
        return m_units;
    // The k-th pair starts at code point m_pairAt[k] - k; every pair before
    // the target adds one unit.
    std::size_t lo = 0, hi = m_pairAt.size();
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (m_pairAt[mid] - static_cast<std::int64_t>(mid) < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return static_cast<int>(codePoint + static_cast<std::int64_t>(lo));
}

std::int64_t Utf16Map::toCodePoint(int utf16) const {
    if (utf16 <= 0)
        return 0;
    if (utf16 >= m_units)
        return m_codePoints;
    // Pairs starting before utf16 - 1 lie wholly before it; a pair starting
    // at utf16 - 1 is split by it and counts as the character it encodes.
    const auto before = std::lower_bound(m_pairAt.begin(), m_pairAt.end(), utf16) - m_pairAt.begin();
    return utf16 - before;
}

}  // namespace claimdesk::ui
