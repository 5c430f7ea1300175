#pragma once

// What a figure in a claim counts, whose it is and as of when: the frame
// two figures are compared in. "Nine Lumeran sailors were killed ... on
// Wednesday" is the figure 9 with measure "killed", subject "Lumeran" and
// period "2025-05-07" (during). The bounds and the unit stay on Quantity.

#include <optional>
#include <string>

namespace claimdesk {

// How a figure's period reads.
enum class PeriodKind {
    Unknown,  // no date at all
    AsOf,     // a running count up to that day ("by Friday", "as of Dec. 23")
    During,   // what happened within that period ("on Wednesday", "in September")
    Said      // no date of its own: the day it was said (or published)
};

const char* periodKindName(PeriodKind kind);  // "unknown", "as_of", "during", "said"
std::optional<PeriodKind> periodKindFromName(const std::string& name);

struct FigureFrame {
    // What the figure counts: a measure of data/lexicons/figure-measures.txt
    // ("killed", "wounded", "casualties" = killed or wounded, "captured",
    // "missing", "deployed", "withdrawn", ...); empty when nothing says.
    std::string measure;
    // Whose: the party the counted things belong to, as the text names it
    // ("Lumeran", "North Korean", "Haewon"); empty when not said.
    std::string subject;
    // The TIMEX3 date value the figure holds for ("2025-05-07", "2025-05");
    // empty when unknown.
    std::string period;
    PeriodKind periodKind = PeriodKind::Unknown;
    // A running total that grows with time ("so far", "since May 7",
    // "by Friday", "has risen to"): two such figures on different days are
    // a progression, not a conflict.
    bool cumulative = false;

    bool empty() const { return measure.empty() && subject.empty() && period.empty() && !cumulative; }
    friend bool operator==(const FigureFrame&, const FigureFrame&) = default;
};

// One line for an analyst: "killed, of Lumeran, on 2025-05-07",
// "captured, as of 2025-05-09, running total"; the measure by its name in
// the lexicon.
std::string describeFrame(const FigureFrame& frame);

}  // namespace claimdesk
