#include "core/link/figurerole.h"

#include <cctype>
#include <unordered_map>

#include "core/link/tokens.h"
#include "core/text/lexicon.h"
#include "core/text/utf8.h"

namespace claimdesk::link {
namespace {

const std::unordered_map<std::string, std::string>& predicates() {
    static const std::unordered_map<std::string, std::string> table = [] {
        std::unordered_map<std::string, std::string> out;
        for (const auto& e : text::lexicon("link-figure-predicates"))
            if (!e.fields.empty())
                out[e.key] = e.fields[0];
        return out;
    }();
    return table;
}

}  // namespace

std::string figureRole(const LinkClaim& claim, const Quantity& q) {
    // The figure's place in the content, in code points from its start.
    const std::int64_t offset = q.text.span.start - claim.position;
    const std::int64_t length = text::codePointCount(claim.content);
    if (offset < 0 || offset > length)
        return {};
    const text::OffsetMap map(claim.content);
    const std::size_t at = map.toByte(offset);
    const std::size_t end = map.toByte(std::min(length, offset + q.text.span.length()));
    const auto after = words(std::string_view(claim.content).substr(end));
    const auto before = words(std::string_view(claim.content).substr(0, at));
    // Nearest first, either side; another figure ends the search on its side.
    constexpr std::size_t kReachAfter = 8, kReachBefore = 4;
    bool afterOpen = true, beforeOpen = true;
    auto isFigure = [](const std::string& w) { return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])); };
    for (std::size_t d = 0; d < kReachAfter && (afterOpen || beforeOpen); ++d) {
        if (afterOpen && d < after.size()) {
            if (isFigure(after[d]) && d > 0)
                afterOpen = false;
            else if (auto it = predicates().find(after[d]); it != predicates().end())
                return it->second;
        }
        if (beforeOpen && d < before.size() && d < kReachBefore) {
            const std::string& w = before[before.size() - 1 - d];
            if (isFigure(w))
                beforeOpen = false;
            else if (auto it = predicates().find(w); it != predicates().end())
                return it->second;
        }
    }
    return {};
}

}  // namespace claimdesk::link
