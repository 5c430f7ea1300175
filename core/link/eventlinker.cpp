#include "core/link/eventlinker.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "core/extract/timex/timexvalue.h"
#include "core/link/tokens.h"
#include "core/text/fold.h"

namespace claimdesk::link {
namespace {

// Cosine of words weighted by rarity among the events: "incursion" says
// more than "North Korean" in a story about North Korean troops.
constexpr double kSameWords = 0.30;       // similarity that suffices on its own
constexpr double kSamePlaceWords = 0.15;  // with the same place named

double cosine(const std::set<std::string>& a, const std::set<std::string>& b,
              const std::map<std::string, double>& idf) {
    double dot = 0, na = 0, nb = 0;
    for (const auto& w : a) {
        const double x = idf.at(w);
        na += x * x;
        if (b.count(w))
            dot += x * x;
    }
    for (const auto& w : b)
        nb += idf.at(w) * idf.at(w);
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

std::size_t find(std::vector<std::size_t>& parent, std::size_t i) {
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

}  // namespace

bool datesCompatible(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty())
        return false;
    return a == b || extract::valueContains(a, b) || extract::valueContains(b, a);
}

std::vector<std::vector<std::size_t>> clusterEvents(const std::vector<LinkEvent>& events) {
    return joinNewEvents(events, std::vector<std::int64_t>(events.size(), -1), 0);
}

std::vector<std::vector<std::size_t>> joinNewEvents(const std::vector<LinkEvent>& events,
                                                    const std::vector<std::int64_t>& groups, std::size_t firstNew) {
    std::vector<std::set<std::string>> words;
    for (const auto& e : events) {
        const auto tokens = contentTokens(e.text, {});
        words.emplace_back(tokens.begin(), tokens.end());
    }
    std::map<std::string, double> idf;
    for (const auto& set : words)
        for (const auto& w : set)
            idf[w] += 1.0;
    for (auto& [w, df] : idf)
        df = std::log((static_cast<double>(events.size()) + 1.0) / df) + 1.0;
    std::vector<std::size_t> parent(events.size());
    std::iota(parent.begin(), parent.end(), 0);
    std::map<std::int64_t, std::size_t> firstOfGroup;
    for (std::size_t i = 0; i < firstNew; ++i)
        if (groups[i] >= 0)
            parent[find(parent, i)] = find(parent, firstOfGroup.emplace(groups[i], i).first->second);
    // Each pair with a new event in it, compared once.
    for (std::size_t j = firstNew; j < events.size(); ++j)
        for (std::size_t i = 0; i < j; ++i) {
            const LinkEvent& a = events[i];
            const LinkEvent& b = events[j];
            if (a.documentId == b.documentId || !datesCompatible(a.date, b.date))
                continue;
            const bool samePlace = !a.place.empty() && text::foldCase(a.place) == text::foldCase(b.place);
            const double shared = cosine(words[i], words[j], idf);
            if (shared >= kSameWords || (samePlace && shared >= kSamePlaceWords))
                parent[find(parent, i)] = find(parent, j);
        }
    std::map<std::size_t, std::vector<std::size_t>> byRoot;
    for (std::size_t i = 0; i < events.size(); ++i)
        byRoot[find(parent, i)].push_back(i);
    std::vector<std::vector<std::size_t>> out;
    for (auto& [root, members] : byRoot)
        if (members.size() > 1 && members.back() >= firstNew)
            out.push_back(std::move(members));
    return out;
}

}  // namespace claimdesk::link
