#pragma once

// The boundary between the engine's offsets (Unicode code points) and Qt's
// (UTF-16 code units, so a character outside the BMP counts twice). Every
// span shown in a text widget goes through one of these.

#include <cstdint>
#include <vector>

#include <QString>

namespace claimdesk::ui {

class Utf16Map {
public:
    explicit Utf16Map(const QString& text);

    // UTF-16 index of a code-point offset; offsets past the end clamp to it.
    int toUtf16(std::int64_t codePoint) const;
    // Code-point offset of a UTF-16 index; an index between the two halves
    // of a surrogate pair maps to that pair's character.
    std::int64_t toCodePoint(int utf16) const;
    std::int64_t codePointCount() const { return m_codePoints; }

private:
    std::vector<int> m_pairAt;  // UTF-16 index of each surrogate pair, ascending
    std::int64_t m_codePoints = 0;
    int m_units = 0;
};

}  // namespace claimdesk::ui
