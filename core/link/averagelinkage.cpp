#include "core/link/averagelinkage.h"

#include <map>
#include <queue>
#include <tuple>
#include <unordered_map>

namespace claimdesk::link {
namespace {

// Two clusters joined by a strong pair: the summed similarity of their
// pairs from different documents.
struct Edge {
    double sum = 0;
};

struct Group {
    std::vector<std::size_t> all;                                  // every member, uncounted ones too
    std::map<std::int64_t, std::vector<std::size_t>> byDocument;   // counted members by document
    std::size_t counted = 0;
    bool open = false;
    std::uint64_t version = 0;
    std::unordered_map<std::size_t, Edge> edges;  // by neighbouring cluster id
};

struct Candidate {
    double linkage;
    std::size_t a, b;
    std::uint64_t versionA, versionB;
    // Highest linkage first; on ties the smaller pair of ids.
    bool operator<(const Candidate& o) const {
        if (linkage != o.linkage)
            return linkage < o.linkage;
        return std::tie(a, b) > std::tie(o.a, o.b);
    }
};

class Agglomeration {
public:
    explicit Agglomeration(AverageLinkageInput& in) : m_in(in) {
        auto& cluster = *in.cluster;
        for (std::size_t i = 0; i < cluster.size(); ++i) {
            Group& g = m_groups[cluster[i]];
            g.all.push_back(i);
            if ((*in.openItem)[i])
                g.open = true;
            if (!(*in.uncounted)[i]) {
                g.byDocument[(*in.document)[i]].push_back(i);
                ++g.counted;
            }
        }
        for (const auto& p : in.strongPairs) {
            const std::size_t ca = cluster[p.a], cb = cluster[p.b];
            if (ca != cb && !m_groups[ca].edges.count(cb))
                connect(ca, cb, crossSum(m_groups[ca], m_groups[cb]));
        }
        for (const auto& [id, g] : m_groups)
            for (const auto& [other, e] : g.edges)
                if (id < other)
                    consider(id, other);
    }

    void run() {
        while (!m_heap.empty()) {
            const Candidate c = m_heap.top();
            m_heap.pop();
            auto a = m_groups.find(c.a), b = m_groups.find(c.b);
            if (a == m_groups.end() || b == m_groups.end() || a->second.version != c.versionA ||
                b->second.version != c.versionB)
                continue;  // stale: one side changed since
            merge(c.a, c.b);
        }
    }

private:
    double crossSum(const Group& a, const Group& b) const {
        double sum = 0;
        for (const auto& [docA, membersA] : a.byDocument)
            for (const auto& [docB, membersB] : b.byDocument)
                if (docA != docB)
                    for (std::size_t x : membersA)
                        for (std::size_t y : membersB)
                            sum += m_in.similarity(x, y);
        return sum;
    }

    void connect(std::size_t a, std::size_t b, double sum) {
        m_groups[a].edges[b].sum = sum;
        m_groups[b].edges[a].sum = sum;
    }

    double linkage(const Group& a, const Group& b, const Edge& e) const {
        std::size_t sameDocument = 0;
        const Group& small = a.byDocument.size() <= b.byDocument.size() ? a : b;
        const Group& large = &small == &a ? b : a;
        for (const auto& [doc, members] : small.byDocument) {
            auto it = large.byDocument.find(doc);
            if (it == large.byDocument.end())
                continue;
            sameDocument += members.size() * it->second.size();
            for (std::size_t x : members)
                for (std::size_t y : it->second)
                    if (m_in.conflict && m_in.conflict(x, y))
                        return 0.0;
        }
        const std::size_t across = a.counted * b.counted - sameDocument;
        return across ? e.sum / static_cast<double>(across) : 0.0;
    }

    void consider(std::size_t x, std::size_t y) {
        const Group& a = m_groups.at(x);
        const Group& b = m_groups.at(y);
        const Edge& e = a.edges.at(y);
        if (!a.open && !b.open)
            return;
        const double l = linkage(a, b, e);
        if (l >= m_in.threshold)
            m_heap.push({l, std::min(x, y), std::max(x, y), m_groups.at(std::min(x, y)).version,
                         m_groups.at(std::max(x, y)).version});
    }

    void merge(std::size_t into, std::size_t from) {
        Group gone = std::move(m_groups.at(from));
        m_groups.erase(from);
        Group& g = m_groups.at(into);
        g.edges.erase(from);
        gone.edges.erase(into);
        // Neighbours of either side are neighbours of the merged cluster;
        // the sum with the side that no strong pair joined is computed now.
        std::map<std::size_t, double> sums;
        for (const auto& [other, e] : g.edges)
            sums[other] = e.sum + (gone.edges.count(other) ? gone.edges.at(other).sum
                                                           : crossSum(m_groups.at(other), gone));
        for (const auto& [other, e] : gone.edges)
            if (!sums.count(other))
                sums[other] = e.sum + crossSum(m_groups.at(other), g);
        for (std::size_t i : gone.all)
            (*m_in.cluster)[i] = into;
        g.all.insert(g.all.end(), gone.all.begin(), gone.all.end());
        for (auto& [doc, members] : gone.byDocument) {
            auto& mine = g.byDocument[doc];
            mine.insert(mine.end(), members.begin(), members.end());
        }
        g.counted += gone.counted;
        g.open = g.open || gone.open;
        ++g.version;
        for (const auto& [other, sum] : sums) {
            m_groups.at(other).edges.erase(from);
            connect(into, other, sum);
        }
        for (const auto& [other, sum] : sums)
            consider(into, other);
    }

    AverageLinkageInput& m_in;
    std::map<std::size_t, Group> m_groups;
    std::priority_queue<Candidate> m_heap;
};

}  // namespace

void mergeByAverageLinkage(AverageLinkageInput input) {
    Agglomeration agglomeration(input);
    agglomeration.run();
}

}  // namespace claimdesk::link
