#pragma once

// What figures count: the measures of data/lexicons/figure-measures.txt and
// figure-measure-kinds.txt, and the search for the measure phrase nearest
// to a figure. Loaded once per process; thread-safe after that.

#include <string>
#include <vector>

namespace claimdesk::frames {

// The measure a phrase names ("killed or wounded" -> "casualties"), or
// empty. `phrase`: lower-case words separated by one space.
std::string measureOfPhrase(const std::string& phrase);

// A measure phrase found near a figure and where: on which side, how many
// words away (0: right next to it) and how many words long.
struct MeasurePhrase {
    std::string measure;  // empty: none found
    bool before = false;
    std::size_t distance = 0;
    std::size_t length = 0;
};

// The measure phrase nearest to a figure. `before` holds the words before
// it, nearest first; `after` those after it, nearest first (lower case).
// Looks up to `reachAfter` words after and `reachBefore` before, the side
// after first at each distance, the longest phrase at each place.
MeasurePhrase findMeasure(const std::vector<std::string>& before, const std::vector<std::string>& after,
                          std::size_t reachBefore = 6, std::size_t reachAfter = 8);

// findMeasure's measure alone.
std::string measureNear(const std::vector<std::string>& before, const std::vector<std::string>& after,
                        std::size_t reachBefore = 6, std::size_t reachAfter = 8);

// How a reason reads a measure: "casualties" -> "killed or wounded".
std::string measureLabel(const std::string& measure);

// The measures whose figures add up to `measure` ("casualties" -> killed,
// wounded); empty for a measure that is no sum.
const std::vector<std::string>& measureParts(const std::string& measure);

// The sum a measure is a part of ("killed" -> "casualties"), or the measure
// itself: a total and its parts count the same losses.
std::string measureFamily(const std::string& measure);

// Whether a figure of this measure belongs to the clause's agent when its
// own words name no owner ("Haewon will send 300 marines").
bool ownedByAgent(const std::string& measure);

}  // namespace claimdesk::frames
