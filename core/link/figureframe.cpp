#include "core/link/figureframe.h"

#include <algorithm>

#include "core/domain/figures.h"
#include "core/link/figurerole.h"
#include "core/text/fold.h"

namespace claimdesk::link {
namespace {

struct Figure {
    const LinkClaim* claim = nullptr;
    const Quantity* quantity = nullptr;
    std::string role;
};

struct Group {
    std::vector<Figure> figures;
    std::size_t claims = 0;  // distinct members giving one
};

bool counted(const Quantity& q) { return (q.value || q.low || q.high) && !q.unit.empty(); }

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

}  // namespace

std::string FigureFrame::heading() const {
    if (empty())
        return {};
    std::string out = capitalised(unit) + (role.empty() ? "" : ", " + role) + ": ";
    if (conflict && figures.size() >= 2)
        return out + figures[0] + " vs " + figures[1];
    for (std::size_t i = 0; i < figures.size(); ++i)
        out += (i ? " · " : "") + figures[i];
    return out;
}

FigureFrame figureFrame(const std::vector<const LinkClaim*>& members) {
    std::vector<Group> groups;
    for (const LinkClaim* claim : members) {
        std::vector<std::size_t> counts;  // groups this claim already counted in
        for (const auto& q : claim->quantities) {
            if (!counted(q))
                continue;
            Figure f{claim, &q, figureRole(*claim, q)};
            auto same = [&](const Group& g) {
                const Figure& first = g.figures.front();
                return sameUnit(first.quantity->unit, q.unit) && first.role == f.role;
            };
            auto it = std::find_if(groups.begin(), groups.end(), same);
            if (it == groups.end()) {
                groups.push_back({});
                it = groups.end() - 1;
            }
            const auto index = static_cast<std::size_t>(it - groups.begin());
            if (std::find(counts.begin(), counts.end(), index) == counts.end()) {
                counts.push_back(index);
                ++it->claims;
            }
            it->figures.push_back(f);
        }
    }
    FigureFrame frame;
    if (groups.empty())
        return frame;
    const Group* best = &groups.front();
    for (const Group& g : groups)
        if (g.claims > best->claims)
            best = &g;
    frame.unit = text::foldCase(best->figures.front().quantity->unit);
    frame.role = best->figures.front().role;

    // The widest conflict: the lowest and the highest figures that cannot both be true.
    const Quantity* low = nullptr;
    const Quantity* high = nullptr;
    for (const Figure& a : best->figures)
        for (const Figure& b : best->figures)
            if (!compatible(*a.quantity, *b.quantity) &&
                plausibleRange(*a.quantity).high < plausibleRange(*b.quantity).low &&
                (!low || plausibleRange(*a.quantity).low < plausibleRange(*low).low ||
                 plausibleRange(*b.quantity).high > plausibleRange(*high).high)) {
                low = a.quantity;
                high = b.quantity;
            }
    if (low && high) {
        frame.conflict = true;
        frame.figures = {describe(*low), describe(*high)};
        return frame;
    }
    for (const Figure& f : best->figures) {
        const std::string d = describe(*f.quantity);
        if (std::find(frame.figures.begin(), frame.figures.end(), d) == frame.figures.end())
            frame.figures.push_back(d);
    }
    return frame;
}

}  // namespace claimdesk::link
