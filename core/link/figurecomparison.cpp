#include "core/link/figurecomparison.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "core/domain/measures.h"
#include "core/domain/figures.h"
#include "core/link/figurerole.h"
#include "core/text/fold.h"

namespace claimdesk::link {
namespace {

bool hasFigure(const Quantity& q) { return q.value || q.low || q.high; }

// A demonym and its country are one subject: "Lumeran" / "Lumera",
// "North Korean" / "North Korea", "Ukrainian" / "Ukraine". Word by word,
// equal or one the other's stem with a short demonym ending.
bool sameWord(const std::string& a, const std::string& b) {
    if (a == b)
        return true;
    const std::string& shorter = a.size() < b.size() ? a : b;
    const std::string& longer = a.size() < b.size() ? b : a;
    std::size_t common = 0;
    while (common < shorter.size() && shorter[common] == longer[common])
        ++common;
    return common >= 4 && longer.size() - common <= 3 && shorter.size() - common <= 1;
}

std::vector<std::string> subjectWords(const std::string& subject) {
    std::vector<std::string> out;
    std::istringstream in(text::foldCase(subject));
    for (std::string w; in >> w;)
        if (w != "the")
            out.push_back(w);
    return out;
}

bool sameSubject(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty())
        return true;  // an unnamed subject may be either
    const auto wa = subjectWords(a), wb = subjectWords(b);
    if (wa.size() != wb.size())
        return false;
    for (std::size_t i = 0; i < wa.size(); ++i)
        if (!sameWord(wa[i], wb[i]))
            return false;
    return true;
}

bool isPartOf(const std::string& part, const std::string& total) {
    const auto& parts = frames::measureParts(total);
    return std::find(parts.begin(), parts.end(), part) != parts.end();
}

// The day or month a period names, comparable as text: "2025-05-07TNI"
// was stored as its calendar value already.
bool periodsOverlap(const std::string& a, const std::string& b) {
    return a.rfind(b, 0) == 0 || b.rfind(a, 0) == 0;
}

bool cumulative(const ComparedFigure& f) { return f.quantity.frame.cumulative; }

// The sum of a claim's figures for the parts of `total`, one per subject
// and unit: "9 killed and 31 wounded" -> 40 killed or wounded. Every part
// must be there.
std::vector<ComparedFigure> sums(const std::vector<ComparedFigure>& figures) {
    std::vector<ComparedFigure> out;
    std::set<std::string> totals;
    for (const auto& f : figures)
        totals.insert(frames::measureFamily(f.measure));
    for (const std::string& total : totals) {
        const auto& parts = frames::measureParts(total);
        if (parts.empty())
            continue;
        std::vector<const ComparedFigure*> found;
        for (const std::string& part : parts)
            for (const auto& f : figures)
                if (f.measure == part && (found.empty() || (claimdesk::sameUnit(f.quantity.unit, found[0]->quantity.unit) &&
                                                           sameSubject(f.quantity.frame.subject,
                                                                       found[0]->quantity.frame.subject)))) {
                    found.push_back(&f);
                    break;
                }
        if (found.size() != parts.size())
            continue;
        ComparedFigure sum;
        Quantity& q = sum.quantity;
        q = found[0]->quantity;
        q.value.reset();
        q.low.reset();
        q.high.reset();
        q.approximate = false;
        double low = 0, high = 0;
        bool open = false;
        for (const ComparedFigure* f : found) {
            const auto range = claimdesk::plausibleRange(f->quantity);
            low += range.low;
            high += range.high;
            open |= !!f->quantity.low && !f->quantity.high;
            q.approximate |= f->quantity.approximate;
            if (q.unit.empty())
                q.unit = f->quantity.unit;
            if (q.frame.subject.empty())
                q.frame.subject = f->quantity.frame.subject;
            sum.parts += (sum.parts.empty() ? "" : " + ") + claimdesk::describe(f->quantity) + " " +
                         frames::measureLabel(f->measure);
        }
        // Exact parts sum exactly; a lower bound stays one; approximations
        // carry over as the range they allow.
        if (low == high)
            q.value = low;
        else if (open)
            q.value = q.low = low;
        else {
            q.low = low;
            q.high = high;
            q.approximate = false;
        }
        q.frame.measure = total;
        sum.measure = total;
        q.text.text.clear();
        out.push_back(std::move(sum));
    }
    return out;
}

std::string periodPhrase(const ComparedFigure& f) {
    const FigureFrame& frame = f.quantity.frame;
    if (frame.period.empty())
        return {};
    if (frame.periodKind == PeriodKind::During)
        return (frame.period.size() == 10 ? "on " : "in ") + frame.period;
    return "as of " + frame.period;
}

std::string figureText(const ComparedFigure& f) {
    const std::string figure = claimdesk::describe(f.quantity);
    return f.parts.empty() ? figure : figure + " = " + f.parts;
}

// "Lumeran sailors killed or wounded": whose, what and which measure, from
// whichever of the two frames says it.
std::string frameLabel(const ComparedFigure& a, const ComparedFigure& b) {
    auto either = [](const std::string& x, const std::string& y) { return x.empty() ? y : x; };
    std::string label = either(a.quantity.frame.subject, b.quantity.frame.subject);
    const std::string unit = either(a.quantity.unit, b.quantity.unit);
    const std::string measure = either(a.measure, b.measure);
    for (const std::string& part : {unit, measure.empty() ? std::string() : frames::measureLabel(measure)})
        if (!part.empty())
            label += (label.empty() ? "" : " ") + part;
    return label.empty() ? "figures" : label;
}

}  // namespace

std::vector<ComparedFigure> comparedFigures(const LinkClaim& claim) {
    std::vector<ComparedFigure> out;
    for (const auto& q : claim.quantities)
        if (hasFigure(q) || q.approximate)
            out.push_back({q, figureMeasure(claim, q), {}});
    auto totals = sums(out);
    out.insert(out.end(), totals.begin(), totals.end());
    return out;
}

FigureRelation relate(const ComparedFigure& a, const ComparedFigure& b) {
    if (!claimdesk::sameUnit(a.quantity.unit, b.quantity.unit) ||
        !sameSubject(a.quantity.frame.subject, b.quantity.frame.subject))
        return FigureRelation::Unrelated;
    const bool known = !a.measure.empty() && !b.measure.empty();
    if (known && a.measure != b.measure) {
        // A part may not exceed its total; otherwise they count different things.
        const ComparedFigure* part = isPartOf(a.measure, b.measure) ? &a : isPartOf(b.measure, a.measure) ? &b : nullptr;
        if (!part)
            return FigureRelation::Unrelated;
        const ComparedFigure& total = part == &a ? b : a;
        const auto p = claimdesk::plausibleRange(part->quantity), t = claimdesk::plausibleRange(total.quantity);
        return !p.unbounded && !t.unbounded && p.low > t.high ? FigureRelation::Conflict : FigureRelation::Unrelated;
    }
    const FigureFrame& fa = a.quantity.frame;
    const FigureFrame& fb = b.quantity.frame;
    const bool dated = !fa.period.empty() && !fb.period.empty();
    if (dated && fa.periodKind == PeriodKind::During && fb.periodKind == PeriodKind::During &&
        !periodsOverlap(fa.period, fb.period))
        return FigureRelation::Unrelated;  // what happened in different periods
    if (claimdesk::compatible(a.quantity, b.quantity))
        return FigureRelation::Agree;
    if (dated && (cumulative(a) || cumulative(b)) && !periodsOverlap(fa.period, fb.period)) {
        const bool aFirst = fa.period < fb.period;
        const auto earlier = claimdesk::plausibleRange((aFirst ? a : b).quantity);
        const auto later = claimdesk::plausibleRange((aFirst ? b : a).quantity);
        return later.high >= earlier.low ? FigureRelation::Progression : FigureRelation::Conflict;
    }
    return FigureRelation::Conflict;
}

std::string conflictReason(const ComparedFigure& a, const std::string& whoA, const ComparedFigure& b,
                           const std::string& whoB) {
    std::string period = periodPhrase(a);
    if (const std::string other = periodPhrase(b); period.empty())
        period = other;
    else if (!other.empty() && other != period)
        period += " / " + other;
    return frameLabel(a, b) + (period.empty() ? "" : ", " + period) + ": " + figureText(a) + " (" + whoA + ") vs " +
           figureText(b) + " (" + whoB + ")";
}

std::string progressionReason(const ComparedFigure& a, const std::string& whoA, const ComparedFigure& b,
                              const std::string& whoB) {
    const bool aFirst = a.quantity.frame.period <= b.quantity.frame.period;
    const ComparedFigure& first = aFirst ? a : b;
    const ComparedFigure& second = aFirst ? b : a;
    auto step = [](const ComparedFigure& f, const std::string& who) {
        const std::string when = periodPhrase(f);
        return figureText(f) + " (" + (when.empty() ? "" : when + "; ") + who + ")";
    };
    return "progression: " + frameLabel(first, second) + ", " + step(first, aFirst ? whoA : whoB) +
           " \xE2\x86\x92 " + step(second, aFirst ? whoB : whoA);
}

}  // namespace claimdesk::link
