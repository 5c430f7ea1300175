#include <algorithm>
#include <cctype>

#include "core/domain/document.h"

namespace claimdesk {
namespace {

bool continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The byte offset after the first `n` code points of `s` (its size when shorter).
std::size_t afterCodePoints(const std::string& s, std::size_t n) {
    std::size_t i = 0;
    for (std::size_t seen = 0; i < s.size() && seen < n; ++seen) {
        ++i;
        while (i < s.size() && continuation(static_cast<unsigned char>(s[i])))
            ++i;
    }
    return i;
}

std::string trimmed(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b])))
        ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1])))
        --e;
    return s.substr(b, e - b);
}

}  // namespace

std::string displayTitle(const std::string& title, const std::string& lead, const std::string& fileName,
                         std::size_t maxCodePoints) {
    if (!trimmed(title).empty())
        return trimmed(title);
    std::string line = trimmed(lead.substr(0, lead.find('\n')));
    if (line.empty())
        return fileName;
    // Its first sentence, when that is long enough to name it.
    for (std::size_t i = afterCodePoints(line, 20); i + 1 < line.size(); ++i)
        if ((line[i] == '.' || line[i] == '!' || line[i] == '?') && line[i + 1] == ' ') {
            line.resize(i + 1);
            break;
        }
    const std::size_t cut = afterCodePoints(line, maxCodePoints);
    if (cut >= line.size())
        return line;
    // Back to the last space in the second half, so no word is cut.
    std::size_t end = cut;
    const std::size_t half = afterCodePoints(line, maxCodePoints / 2);
    while (end > half && line[end] != ' ')
        --end;
    if (end <= half)
        end = cut;
    return trimmed(line.substr(0, end)) + "\u2026";
}

std::string bodyLead(const Document& document, std::size_t maxCodePoints) {
    const std::size_t start = afterCodePoints(document.text, static_cast<std::size_t>(std::max<std::int64_t>(0, document.body.start)));
    const std::string rest = document.text.substr(start);
    return rest.substr(0, afterCodePoints(rest, maxCodePoints));
}

}  // namespace claimdesk
