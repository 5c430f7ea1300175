#include "core/link/disagreement.h"

#include <algorithm>

#include "core/domain/cuetypes.h"

#include "core/link/figurecomparison.h"
#include "core/link/tokens.h"
#include "core/text/fold.h"
#include "core/text/lexicon.h"

namespace claimdesk::link {
namespace {

bool isDenial(const LinkClaim& c) {
    return c.type == ClaimType::Denial || claimdesk::cueType(words(c.cue)) == ClaimType::Denial;
}

std::string who(const LinkClaim& c) {
    std::string out = c.speakerName.empty() ? (c.outlet.empty() ? "unattributed" : c.outlet) : c.speakerName;
    if (c.statedOn)
        out += ", " + *c.statedOn;
    return out;
}

// Whether a figure says enough to be held against another: what it counts,
// by its unit or its measure.
bool saysWhat(const ComparedFigure& f) { return !f.quantity.unit.empty() || !f.measure.empty(); }

// The first pair of figures for one thing that cannot both be true, once
// each figure has been paired with one that agrees or grows from it where
// possible ("around 12,000 ... more than 4,000" against "approximately
// 12,000 ... over 4,000" pairs both and finds nothing). A progression met
// on the way is kept in `progression`.
bool conflictingFigures(const LinkClaim& a, const LinkClaim& b, std::string& reason, std::string& progression) {
    const auto fa = comparedFigures(a), fb = comparedFigures(b);
    std::vector<std::vector<FigureRelation>> rel(fa.size(), std::vector<FigureRelation>(fb.size()));
    for (std::size_t i = 0; i < fa.size(); ++i)
        for (std::size_t j = 0; j < fb.size(); ++j)
            rel[i][j] = relate(fa[i], fb[j]);
    std::vector<bool> usedA(fa.size(), false), usedB(fb.size(), false);
    for (FigureRelation pairing : {FigureRelation::Agree, FigureRelation::Progression})
        for (std::size_t i = 0; i < fa.size(); ++i)
            for (std::size_t j = 0; j < fb.size() && !usedA[i]; ++j)
                if (!usedB[j] && rel[i][j] == pairing) {
                    usedA[i] = usedB[j] = true;
                    if (pairing == FigureRelation::Progression && progression.empty())
                        progression = progressionReason(fa[i], who(a), fb[j], who(b));
                }
    for (std::size_t i = 0; i < fa.size(); ++i) {
        if (usedA[i] || !saysWhat(fa[i]))
            continue;
        std::size_t partner = fb.size();
        int sameB = 0;
        for (std::size_t j = 0; j < fb.size(); ++j)
            if (!usedB[j] && saysWhat(fb[j]) && rel[i][j] != FigureRelation::Unrelated) {
                ++sameB;
                if (partner == fb.size() && rel[i][j] == FigureRelation::Conflict)
                    partner = j;
            }
        if (partner == fb.size())
            continue;
        int sameA = 0;
        for (std::size_t k = 0; k < fa.size(); ++k)
            sameA += !usedA[k] && rel[k][partner] != FigureRelation::Unrelated;
        // Several unpaired figures on both sides may count different things.
        if (sameA == 1 || sameB == 1) {
            reason = conflictReason(fa[i], who(a), fb[partner], who(b));
            return true;
        }
    }
    return false;
}

}  // namespace

namespace {

// What a denial denies among `members`: the claim right before it in its
// own document and its speaker's claims elsewhere; or, when nothing before
// it there is another's, the other speakers' claims in other documents.
std::vector<std::size_t> deniedBy(const std::vector<const LinkClaim*>& members, std::size_t denial,
                                  const std::vector<bool>& stated) {
    const LinkClaim& d = *members[denial];
    auto candidate = [&](std::size_t k) {
        return k != denial && stated[k] && !isDenial(*members[k]) && members[k]->speakerKey != d.speakerKey;
    };
    std::size_t answered = members.size();
    for (std::size_t k = 0; k < members.size(); ++k)
        if (candidate(k) && members[k]->documentId == d.documentId && members[k]->position < d.position &&
            (answered == members.size() || members[k]->position > members[answered]->position))
            answered = k;
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < members.size(); ++k) {
        if (!candidate(k))
            continue;
        if (answered < members.size() ? (k == answered || (members[k]->speakerKey == members[answered]->speakerKey &&
                                                           members[k]->documentId != d.documentId))
                                      : members[k]->documentId != d.documentId)
            out.push_back(k);
    }
    return out;
}

// Claims of two documents are compared; two of one article only when two
// speakers give them: the article reports their dispute ("the monitor
// counts about 12 killed; the ministry says more than 40"). One speaker's
// two figures in one article are two facts.
bool heldAgainstEachOther(const LinkClaim& a, const LinkClaim& b) {
    if (a.documentId != b.documentId)
        return true;
    return !a.speakerKey.empty() && !b.speakerKey.empty() && a.speakerKey != b.speakerKey;
}

void addParty(std::vector<std::size_t>& parties, std::size_t k) {
    if (std::find(parties.begin(), parties.end(), k) == parties.end())
        parties.push_back(k);
}

}  // namespace

Disagreement findDisagreement(const std::vector<const LinkClaim*>& members) {
    Disagreement result;
    std::vector<bool> stated(members.size());
    for (std::size_t k = 0; k < members.size(); ++k)
        stated[k] = members[k]->polarity == Polarity::Affirmed;
    for (std::size_t k = 0; k < members.size(); ++k) {
        if (!stated[k] || !isDenial(*members[k]))
            continue;
        const auto denied = deniedBy(members, k, stated);
        if (denied.empty())
            continue;
        if (!result.found)
            result.reason = (members[k]->speakerName.empty() ? std::string("a source") : members[k]->speakerName) +
                            " denied what " + who(*members[denied.front()]) + " reported";
        result.found = true;
        addParty(result.parties, k);
        for (std::size_t t : denied)
            addParty(result.parties, t);
    }
    std::string progression, reason;
    for (std::size_t i = 0; i < members.size(); ++i)
        for (std::size_t j = i + 1; j < members.size(); ++j) {
            if (!heldAgainstEachOther(*members[i], *members[j]) || !stated[i] || !stated[j])
                continue;
            if (conflictingFigures(*members[i], *members[j], reason, progression)) {
                if (!result.found)
                    result.reason = reason;
                result.found = true;
                addParty(result.parties, i);
                addParty(result.parties, j);
            }
        }
    if (!result.found && !progression.empty()) {
        result.progression = true;
        result.reason = progression;
    }
    std::sort(result.parties.begin(), result.parties.end());
    return result;
}

}  // namespace claimdesk::link
