#include "syntheticcorpus.h"

#include <array>
#include <random>

namespace claimdesk::bench {
namespace {

constexpr std::array kSpeakers{"Mayor Oleksa Hrytsenko", "the harbour authority", "Deputy Minister Ana Reyes",
                               "local residents", "a spokesperson for the port", "Governor Tomas Lind"};
constexpr std::array kCues{"said", "told reporters on Monday", "claimed", "confirmed", "denied", "added"};
constexpr std::array kFigures{"more than 400", "about 120", "dozens of", "20 to 25", "around 3,000",
                              "at least 15", "twenty-five", "up to 12,000"};
constexpr std::array kThings{"households", "workers", "tonnes of grain", "people", "vehicles", "containers"};
constexpr std::array kDates{"yesterday", "on March 3", "last week", "in early March", "on 4 March 2025",
                            "the day before yesterday", "last fall", "six months ago"};
constexpr std::array kFiller{
    "The bridge has been closed since the storm, and ferries have run a reduced timetable.",
    "Engineers are expected to publish their assessment in the coming weeks.",
    "The council met in an emergency session to discuss the repairs.",
    "Shops along the waterfront reported fewer customers than usual.",
};

template <typename Array>
const char* pick(const Array& a, std::mt19937& rng) {
    return a[std::uniform_int_distribution<std::size_t>(0, a.size() - 1)(rng)];
}

}  // namespace

std::string syntheticArticle(std::size_t bytes, unsigned seed) {
    std::mt19937 rng(seed);
    std::string out = "date 2025-03-05\nHarbour bridge to stay closed, officials say\n\nby Ana Reyes\n\n";
    while (out.size() < bytes) {
        switch (std::uniform_int_distribution<int>(0, 3)(rng)) {
        case 0:
            out += std::string("“") + pick(kFigures, rng) + " " + pick(kThings, rng) + " were affected " +
                   pick(kDates, rng) + ",” " + pick(kSpeakers, rng) + " " + pick(kCues, rng) + ".\n\n";
            break;
        case 1:
            out += std::string(pick(kSpeakers, rng)) + " " + pick(kCues, rng) + " that " + pick(kFigures, rng) + " " +
                   pick(kThings, rng) + " had left the area " + pick(kDates, rng) + ".\n\n";
            break;
        case 2:
            out += std::string("According to ") + pick(kSpeakers, rng) + ", " + pick(kFigures, rng) + " " +
                   pick(kThings, rng) + " were moved " + pick(kDates, rng) + ".\n\n";
            break;
        default:
            out += std::string(pick(kFiller, rng)) + "\n\n";
        }
    }
    return out;
}

}  // namespace claimdesk::bench
