#include "core/ingest/limits.h"

#include "core/text/utf8.h"

namespace claimdesk::ingest {
namespace {

// White space that ends a run: ASCII, no-break and the Unicode spaces.
bool isBreak(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

}  // namespace

std::string textTooLong(std::size_t bytes, const IngestOptions& options) {
    return "text too long (" + std::to_string(bytes) + " bytes; the limit is " + std::to_string(options.maxTextBytes) +
           ")";
}

Status checkReadingText(std::string_view text, const IngestOptions& options) {
    if (text.size() > options.maxTextBytes)
        return makeError(textTooLong(text.size(), options));
    const std::u32string codePoints = text::toUtf32(text);
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < codePoints.size(); ++i) {
        if (isBreak(codePoints[i])) {
            runStart = i + 1;
        } else if (i - runStart >= options.maxWordLength) {
            return makeError("a run of more than " + std::to_string(options.maxWordLength) +
                             " characters without a space at character " + std::to_string(runStart) +
                             " (the limit is " + std::to_string(options.maxWordLength) + ")");
        }
    }
    return {};
}

}  // namespace claimdesk::ingest
