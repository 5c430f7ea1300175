#include "syntheticnews.h"

#include <algorithm>
#include <array>
#include <random>
#include <vector>

namespace claimdesk::bench {
namespace {

constexpr std::size_t kArticlesPerStory = 10;

struct Outlet {
    const char* name;
    const char* domain;
};
constexpr std::array<Outlet, 12> kOutlets{{{"Kyiv Post", "kyivpost.com"},
                                           {"Reuters", "reuters.com"},
                                           {"Associated Press", "apnews.com"},
                                           {"Ukrinform", "ukrinform.net"},
                                           {"The Moscow Times", "themoscowtimes.com"},
                                           {"Euromaidan Press", "euromaidanpress.com"},
                                           {"Agence France-Presse", "afp.com"},
                                           {"United Press International", "upi.com"},
                                           {"Anadolu Agency", "aa.com.tr"},
                                           {"The Kyiv Independent", "kyivindependent.com"},
                                           {"Xinhua", "xinhuanet.com"},
                                           {"Bloomberg News", "bloomberg.com"}}};

constexpr std::array kSyllables{"va", "lor", "mek", "sta", "ri", "don", "bel", "ka", "tur", "os", "min", "pre",
                                "gal", "zu", "hen", "dro", "vik", "sal", "tem", "nor", "ush", "pil", "ard", "cey"};
constexpr std::array kGiven{"Marta", "Oleh", "Ilona", "Tomas", "Ana", "Petro", "Yulia", "Dmytro", "Irena", "Karl",
                            "Sofia", "Andriy", "Nadia", "Viktor", "Lena", "Pavel"};
constexpr std::array kRoles{"Mayor", "Governor", "Minister", "spokesperson", "Deputy Minister", "commander",
                            "police chief", "Senator"};
constexpr std::array kHappenings{"flooding", "strike", "fire", "blackout", "shelling", "protest", "evacuation",
                                 "drought", "landslide", "outbreak"};
constexpr std::array kThings{"households", "workers", "residents", "soldiers", "vehicles", "families", "patients",
                             "schools", "tonnes of grain", "homes"};
constexpr std::array kVerbs{"were evacuated from", "lost power in", "were damaged in", "were moved out of",
                            "remained trapped in", "were left without water in"};
constexpr std::array kCues{"said", "told reporters", "said on Tuesday", "confirmed", "warned", "added"};
constexpr std::array kFiller{
    "Officials have promised a full review once the immediate danger has passed.",
    "Local businesses said trade had slowed sharply over the past week.",
    "The regional council is expected to meet again later this month.",
    "Aid groups have set up temporary shelters on the edge of town.",
    "Critics said the authorities had ignored repeated warnings.",
    "Rail services in the area were suspended until further notice.",
    "Volunteers worked through the night to clear the main roads.",
    "Schools in the district will stay closed for at least three days."};

std::string word(std::mt19937& rng, int syllables) {
    std::string w;
    for (int i = 0; i < syllables; ++i)
        w += kSyllables[rng() % kSyllables.size()];
    return w;
}

std::string capitalised(std::string w) {
    if (!w.empty() && w[0] >= 'a' && w[0] <= 'z')
        w[0] = static_cast<char>(w[0] - 'a' + 'A');
    return w;
}

template <typename Array>
auto pick(const Array& a, std::mt19937& rng) {
    return a[rng() % a.size()];
}

// What every report of one story shares. Its sentences are made mostly of
// the story's own words (`words`), as real stories are: reports of one
// story overlap, while two stories share little beyond common words.
struct Story {
    std::string place, speaker, role, second, happening, thing, verb, detail;
    std::array<std::string, 6> words;
    int figure = 0, secondFigure = 0, day = 1, month = 1;
};

Story story(std::size_t id, unsigned seed) {
    std::mt19937 rng(static_cast<unsigned>(id * 7919u + seed));
    Story s;
    s.place = capitalised(word(rng, 3));
    s.speaker = std::string(pick(kGiven, rng)) + " " + capitalised(word(rng, 2)) + "enko";
    s.role = pick(kRoles, rng);
    s.second = std::string(pick(kGiven, rng)) + " " + capitalised(word(rng, 3));
    s.happening = pick(kHappenings, rng);
    s.thing = pick(kThings, rng);
    s.verb = pick(kVerbs, rng);
    s.detail = word(rng, 3);
    for (auto& w : s.words)
        w = word(rng, 3);
    s.figure = 20 + static_cast<int>(rng() % 4000);
    s.secondFigure = 2 + static_cast<int>(rng() % 90);
    s.month = 1 + static_cast<int>(rng() % 12);
    s.day = 1 + static_cast<int>(rng() % 28);
    return s;
}

std::string twoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace

SyntheticNews syntheticNews(std::size_t index, std::size_t total, unsigned seed) {
    const std::size_t stories = std::max<std::size_t>(1, total / kArticlesPerStory);
    SyntheticNews out;
    out.story = index % stories;
    const Story s = story(out.story, seed);
    std::mt19937 rng(static_cast<unsigned>(index * 104729u + seed));
    const Outlet& outlet = kOutlets[(index / stories + out.story) % kOutlets.size()];
    const std::string date = "2025-" + twoDigits(s.month) + "-" + twoDigits(s.day);
    // Outlets round, update or dispute the figure now and then.
    int figure = s.figure;
    switch (rng() % 6) {
    case 0: figure = s.figure / 10 * 10; break;
    case 1: figure = s.figure + 1 + static_cast<int>(rng() % 50); break;
    default: break;
    }
    const std::string speakerRef = s.role + " " + s.speaker;
    std::string& t = out.text;
    t = "https://www." + std::string(outlet.domain) + "/news/" + s.place + "-" + s.happening + "\n";
    t += "date " + date + "\n";
    t += capitalised(s.happening) + " in " + s.place + ": " + std::to_string(figure) + " " + s.thing + " affected\n\n";
    t += "by " + std::string(pick(kGiven, rng)) + " " + capitalised(word(rng, 2)) + "\n\n";
    std::vector<std::string> paragraphs;
    const auto& w = s.words;
    paragraphs.push_back("“" + std::to_string(figure) + " " + s.thing + " " + s.verb + " " + s.place + " near " +
                         w[0] + " after the " + s.happening + ",” " + speakerRef + " " + pick(kCues, rng) + ".");
    paragraphs.push_back(s.speaker + " said that the " + s.detail + " " + w[1] + " of " + s.place +
                         " would need weeks of " + w[2] + " before the " + w[3] + " could reopen.");
    paragraphs.push_back("According to " + s.second + ", a local " + w[4] + " organiser, " +
                         std::to_string(s.secondFigure) + " volunteers had joined the " + s.detail + " " + w[5] +
                         " by the evening.");
    if (rng() % 3 == 0)
        paragraphs.push_back(s.second + " denied that the " + w[3] + " office in " + s.place +
                             " had been warned about the " + w[0] + " " + s.happening + " in advance.");
    paragraphs.push_back("“The " + w[1] + " of " + s.place + " will have its " + w[2] + " " + w[5] + " back,” " +
                         s.speaker + " " + pick(kCues, rng) + ".");
    // Each outlet's own background, and words of no story.
    std::size_t bytes = 0;
    for (const auto& p : paragraphs)
        bytes += p.size();
    while (bytes < 3600) {
        if (rng() % 4 == 0)
            paragraphs.push_back(std::string(pick(kGiven, rng)) + " " + capitalised(word(rng, 2)) + ", a " +
                                 word(rng, 2) + " analyst, said the " + word(rng, 3) + " " + word(rng, 2) + " in " +
                                 capitalised(word(rng, 2)) + " would " + word(rng, 2) + " the " + word(rng, 3) +
                                 " " + word(rng, 2) + ".");
        else
            paragraphs.push_back(pick(kFiller, rng));
        bytes += paragraphs.back().size();
    }
    // Outlets order the story differently.
    for (std::size_t i = paragraphs.size() - 1; i > 1; --i)
        std::swap(paragraphs[i], paragraphs[1 + rng() % i]);
    for (const auto& p : paragraphs)
        t += p + "\n\n";
    std::string slug = outlet.domain;
    slug = slug.substr(0, slug.find('.'));
    out.fileName = slug + "-" + std::to_string(out.story) + "-" + std::to_string(index) + ".txt";
    return out;
}

}  // namespace claimdesk::bench
