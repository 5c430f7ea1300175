#pragma once

// The stretch of days a timeline shows when it fits "all": where its items
// are, not where one or two stray ones are. Days as in dateinterval.h, a
// span [first, last + 1).

#include <optional>
#include <utility>
#include <vector>

namespace claimdesk::timeline {

using DaySpan = std::pair<double, double>;  // [first day, day after the last)

// The range to fit `spans` (one per item) into; nullopt when there are none.
// Two kinds of stray item are left out:
// - a few far from all the others: at either end, the items beyond the
//   widest gap while they are at most a tenth of them and the gap is more
//   than twice as long as what remains (one photo caption's date a year
//   before everything else);
// - a very few that alone stretch the range: at most one item in fifty
//   (one when there are twenty or more, never more than 25) whose leaving
//   out more than halves the range (one "this summer" months after a
//   project's weeks of March). The fewest such items go.
// The items left out are still drawn, and a selection brings them into view.
std::optional<DaySpan> fitRange(std::vector<DaySpan> spans);

}  // namespace claimdesk::timeline
