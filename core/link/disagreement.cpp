#include "core/link/disagreement.h"

#include <unordered_set>

#include "core/domain/figures.h"
#include "core/link/figurerole.h"
#include "core/text/fold.h"
#include "core/text/lexicon.h"

namespace claimdesk::link {
namespace {

bool hasFigure(const Quantity& q) { return q.value || q.low || q.high; }

bool isDenial(const std::string& cue) {
    static const auto& cues = text::lexiconWords("link-denial-cues");
    const std::string folded = text::foldCase(cue);
    std::size_t start = 0;
    while (start < folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string::npos)
            end = folded.size();
        if (cues.count(folded.substr(start, end - start)))
            return true;
        start = end + 1;
    }
    return false;
}

std::string who(const LinkClaim& c) {
    std::string out = c.speakerName.empty() ? (c.outlet.empty() ? "unattributed" : c.outlet) : c.speakerName;
    if (c.statedOn)
        out += ", " + *c.statedOn;
    return out;
}

std::string figure(const Quantity& q) { return claimdesk::describe(q) + (q.unit.empty() ? "" : " " + q.unit); }

// The first pair of figures for one thing that cannot both be true, once
// each figure has been paired with a compatible one where possible
// ("around 12,000 ... more than 4,000" against "approximately 12,000 ...
// over 4,000" pairs both and finds nothing).
bool conflictingFigures(const LinkClaim& a, const LinkClaim& b, std::string& reason) {
    std::vector<const Quantity*> qa, qb;
    for (const auto& q : a.quantities)
        if (hasFigure(q) || q.approximate)
            qa.push_back(&q);
    for (const auto& q : b.quantities)
        if (hasFigure(q) || q.approximate)
            qb.push_back(&q);
    // Figures are compared only when they count the same thing: not
    // troops deployed against soldiers killed.
    auto comparable = [&](const Quantity* x, const Quantity* y) {
        if (!claimdesk::sameUnit(x->unit, y->unit))
            return false;
        const std::string rx = figureRole(a, *x), ry = figureRole(b, *y);
        return rx.empty() || ry.empty() || rx == ry;
    };
    std::vector<bool> usedA(qa.size(), false), usedB(qb.size(), false);
    for (std::size_t i = 0; i < qa.size(); ++i)
        for (std::size_t j = 0; j < qb.size(); ++j)
            if (!usedB[j] && comparable(qa[i], qb[j]) && claimdesk::compatible(*qa[i], *qb[j])) {
                usedA[i] = usedB[j] = true;
                break;
            }
    for (std::size_t i = 0; i < qa.size(); ++i) {
        if (usedA[i] || qa[i]->unit.empty())
            continue;
        int sameA = 0, sameB = 0;
        for (std::size_t k = 0; k < qa.size(); ++k)
            sameA += !usedA[k] && claimdesk::sameUnit(qa[k]->unit, qa[i]->unit);
        std::size_t partner = qb.size();
        for (std::size_t j = 0; j < qb.size(); ++j)
            if (!usedB[j] && !qb[j]->unit.empty() && comparable(qa[i], qb[j])) {
                ++sameB;
                if (partner == qb.size())
                    partner = j;
            }
        // Several unpaired figures on both sides may count different things.
        if (partner < qb.size() && (sameA == 1 || sameB == 1)) {
            reason = figure(*qa[i]) + " (" + who(a) + ") vs " + figure(*qb[partner]) + " (" + who(b) + ")";
            return true;
        }
    }
    return false;
}

}  // namespace

Disagreement findDisagreement(const std::vector<const LinkClaim*>& members) {
    Disagreement result;
    for (const LinkClaim* denial : members) {
        if (!isDenial(denial->cue))
            continue;
        for (const LinkClaim* other : members)
            if (other != denial && other->speakerKey != denial->speakerKey && !isDenial(other->cue)) {
                result.found = true;
                result.reason = (denial->speakerName.empty() ? std::string("a source") : denial->speakerName) +
                                " denied what " + who(*other) + " reported";
                return result;
            }
    }
    for (std::size_t i = 0; i < members.size(); ++i)
        for (std::size_t j = i + 1; j < members.size(); ++j) {
            if (members[i]->documentId == members[j]->documentId)
                continue;
            if (conflictingFigures(*members[i], *members[j], result.reason)) {
                result.found = true;
                return result;
            }
        }
    return result;
}

}  // namespace claimdesk::link
