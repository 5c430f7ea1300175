#include "core/link/figurerole.h"

#include <algorithm>
#include <cctype>

#include "core/domain/measures.h"
#include "core/link/tokens.h"
#include "core/text/utf8.h"

namespace claimdesk::link {
namespace {

bool isFigure(const std::string& w) { return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])); }

// The measure read from the content's words around `q`, for a figure that
// came without a frame (made by hand, or stored before frames were).
std::string measureFromContent(const LinkClaim& claim, const Quantity& q) {
    const std::int64_t offset = q.text.span.start - claim.position;
    const std::int64_t length = text::codePointCount(claim.content);
    if (offset < 0 || offset > length)
        return {};
    const text::OffsetMap map(claim.content);
    const std::size_t at = map.toByte(offset);
    const std::size_t end = map.toByte(std::min(length, offset + q.text.span.length()));
    std::vector<std::string> after = words(std::string_view(claim.content).substr(end));
    std::vector<std::string> before = words(std::string_view(claim.content).substr(0, at));
    std::reverse(before.begin(), before.end());
    // Another figure ends the search on its side.
    for (std::size_t d = 1; d < after.size(); ++d)
        if (isFigure(after[d])) {
            after.resize(d);
            break;
        }
    for (std::size_t d = 0; d < before.size(); ++d)
        if (isFigure(before[d])) {
            before.resize(d);
            break;
        }
    return frames::measureNear(before, after);
}

}  // namespace

std::string figureMeasure(const LinkClaim& claim, const Quantity& q) {
    return q.frame.measure.empty() ? measureFromContent(claim, q) : q.frame.measure;
}

std::string figureRole(const LinkClaim& claim, const Quantity& q) {
    const std::string measure = figureMeasure(claim, q);
    return measure.empty() ? measure : frames::measureFamily(measure);
}

}  // namespace claimdesk::link
