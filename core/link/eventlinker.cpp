#include "core/link/eventlinker.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <utility>

#include "core/domain/calendar.h"
#include "core/link/tokens.h"
#include "core/text/fold.h"

namespace claimdesk::link {
namespace {

// Cosine of words weighted by rarity among the events: "incursion" says
// more than "North Korean" in a story about North Korean troops.
constexpr double kSameWords = 0.30;       // similarity that suffices on its own
constexpr double kSamePlaceWords = 0.15;  // with the same place named

std::size_t find(std::vector<std::size_t>& parent, std::size_t i) {
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

// An event as the comparison reads it, prepared once: its distinct words
// by id with their weights' squared norm, its place folded, and the
// calendar days its date covers.
struct PreparedEvent {
    std::vector<std::size_t> words;
    double norm = 0;  // sum of squared weights
    std::string place;
    std::optional<std::pair<std::int64_t, std::int64_t>> days;
};

class EventIndex {
public:
    explicit EventIndex(const std::vector<LinkEvent>& events) : m_events(events) {
        std::map<std::string, std::size_t> ids;
        std::vector<double> documentFrequency;
        for (const auto& e : events) {
            PreparedEvent p;
            const auto tokens = contentTokens(e.text, {});
            for (const auto& w : std::set<std::string>(tokens.begin(), tokens.end())) {
                const auto [it, added] = ids.emplace(w, ids.size());
                if (added)
                    documentFrequency.push_back(0);
                documentFrequency[it->second] += 1;
                p.words.push_back(it->second);
            }
            p.place = e.place.empty() ? std::string() : text::foldCase(e.place);
            if (const auto range = dateRange(e.date))
                p.days = std::pair{dayNumber(range->first), dayNumber(range->last)};
            m_prepared.push_back(std::move(p));
        }
        m_weight.resize(documentFrequency.size());
        m_postings.resize(documentFrequency.size());
        for (std::size_t w = 0; w < documentFrequency.size(); ++w) {
            const double idf = std::log((static_cast<double>(events.size()) + 1.0) / documentFrequency[w]) + 1.0;
            m_weight[w] = idf * idf;
        }
        for (std::size_t i = 0; i < m_prepared.size(); ++i)
            for (std::size_t w : m_prepared[i].words) {
                m_prepared[i].norm += m_weight[w];
                m_postings[w].push_back(i);
            }
    }

    // The events before `j` that share a word with it, in index order,
    // with the summed weight of the words they share. Only these can
    // reach either similarity threshold.
    std::vector<std::pair<std::size_t, double>> sharingWordsBefore(std::size_t j) {
        if (m_shared.size() < j)
            m_shared.resize(m_prepared.size(), 0.0);
        std::vector<std::size_t> touched;
        for (std::size_t w : m_prepared[j].words)
            for (std::size_t i : m_postings[w]) {
                if (i >= j)
                    break;  // postings are in index order
                if (m_shared[i] == 0.0)
                    touched.push_back(i);
                m_shared[i] += m_weight[w];
            }
        std::sort(touched.begin(), touched.end());
        std::vector<std::pair<std::size_t, double>> out;
        out.reserve(touched.size());
        for (std::size_t i : touched) {
            out.emplace_back(i, m_shared[i]);
            m_shared[i] = 0.0;
        }
        return out;
    }

    bool sameHappening(std::size_t i, std::size_t j, double shared) const {
        const LinkEvent& a = m_events[i];
        const LinkEvent& b = m_events[j];
        if (a.documentId == b.documentId || !datesCompatible(i, j))
            return false;
        const PreparedEvent& pa = m_prepared[i];
        const PreparedEvent& pb = m_prepared[j];
        const double cosine = pa.norm > 0 && pb.norm > 0 ? shared / std::sqrt(pa.norm * pb.norm) : 0.0;
        const bool samePlace = !pa.place.empty() && pa.place == pb.place;
        return cosine >= kSameWords || (samePlace && cosine >= kSamePlaceWords);
    }

private:
    // As link::datesCompatible, on the days read once per event.
    bool datesCompatible(std::size_t i, std::size_t j) const {
        const std::string& a = m_events[i].date;
        const std::string& b = m_events[j].date;
        if (a.empty() || b.empty())
            return false;
        if (a == b)
            return true;
        const auto& x = m_prepared[i].days;
        const auto& y = m_prepared[j].days;
        return x && y &&
               ((x->first <= y->first && y->second <= x->second) || (y->first <= x->first && x->second <= y->second));
    }

    const std::vector<LinkEvent>& m_events;
    std::vector<PreparedEvent> m_prepared;
    std::vector<double> m_weight;                      // by word id: idf squared
    std::vector<std::vector<std::size_t>> m_postings;  // by word id: events holding it
    std::vector<double> m_shared;                      // scratch of sharingWordsBefore
};

}  // namespace

bool datesCompatible(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty())
        return false;
    return a == b || claimdesk::valueContains(a, b) || claimdesk::valueContains(b, a);
}

std::vector<std::vector<std::size_t>> clusterEvents(const std::vector<LinkEvent>& events) {
    return joinNewEvents(events, std::vector<std::int64_t>(events.size(), -1), 0);
}

std::vector<std::vector<std::size_t>> joinNewEvents(const std::vector<LinkEvent>& events,
                                                    const std::vector<std::int64_t>& groups, std::size_t firstNew) {
    EventIndex index(events);
    std::vector<std::size_t> parent(events.size());
    std::iota(parent.begin(), parent.end(), 0);
    std::map<std::int64_t, std::size_t> firstOfGroup;
    for (std::size_t i = 0; i < firstNew; ++i)
        if (groups[i] >= 0)
            parent[find(parent, i)] = find(parent, firstOfGroup.emplace(groups[i], i).first->second);
    // Each pair with a new event in it and a word in common, compared once
    // (pairs sharing no word have no similarity), in the order of indexes.
    for (std::size_t j = firstNew; j < events.size(); ++j)
        for (const auto& [i, shared] : index.sharingWordsBefore(j))
            if (index.sameHappening(i, j, shared))
                parent[find(parent, i)] = find(parent, j);
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
