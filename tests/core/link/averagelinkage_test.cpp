#include <gtest/gtest.h>

#include <map>
#include <random>

#include "core/link/averagelinkage.h"

namespace claimdesk::link {
namespace {

// A random similarity graph over items from a few documents.
struct Graph {
    std::vector<std::int64_t> document;
    std::vector<bool> open, uncounted;
    std::map<std::pair<std::size_t, std::size_t>, double> similarity;
    std::vector<std::size_t> cluster;

    double sim(std::size_t x, std::size_t y) const {
        auto it = similarity.find({std::min(x, y), std::max(x, y)});
        return it == similarity.end() ? 0.0 : it->second;
    }
    bool conflict(std::size_t x, std::size_t y) const { return document[x] == document[y] && (x + y) % 7 == 0; }
};

Graph randomGraph(unsigned seed, std::size_t n) {
    std::mt19937 random(seed);
    Graph g;
    for (std::size_t i = 0; i < n; ++i) {
        g.document.push_back(static_cast<std::int64_t>(random() % (n / 3 + 1)));
        g.open.push_back(random() % 3 != 0);
        g.uncounted.push_back(random() % 11 == 0);
        g.cluster.push_back(i);
    }
    // Some items start in clusters made before.
    for (std::size_t i = 1; i < n; ++i)
        if (!g.open[i] && !g.open[i - 1] && random() % 2)
            g.cluster[i] = g.cluster[i - 1];
    std::uniform_real_distribution<double> value(0.0, 0.8);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            if (g.document[i] != g.document[j] && !g.uncounted[i] && !g.uncounted[j] && random() % 4 == 0)
                g.similarity[{i, j}] = value(random);
    return g;
}

// Every round, every pair of clusters: the definition, at cubic cost.
std::vector<std::size_t> reference(Graph g, double threshold) {
    for (;;) {
        std::map<std::size_t, std::vector<std::size_t>> members;
        std::map<std::size_t, bool> open;
        for (std::size_t i = 0; i < g.cluster.size(); ++i) {
            members[g.cluster[i]];
            if (!g.uncounted[i])
                members[g.cluster[i]].push_back(i);
            open[g.cluster[i]] = open[g.cluster[i]] || g.open[i];
        }
        double best = -1;
        std::pair<std::size_t, std::size_t> merge;
        for (const auto& [a, ma] : members)
            for (const auto& [b, mb] : members) {
                if (a >= b || (!open[a] && !open[b]))
                    continue;
                bool strong = false, vetoed = false;
                double sum = 0;
                int count = 0;
                for (std::size_t x : ma)
                    for (std::size_t y : mb) {
                        vetoed = vetoed || g.conflict(x, y);
                        if (g.document[x] == g.document[y])
                            continue;
                        ++count;
                        sum += g.sim(x, y);
                        strong = strong || g.sim(x, y) >= threshold;
                    }
                const double linkage = vetoed || !count ? 0.0 : sum / count;
                if (strong && linkage >= threshold && linkage > best) {
                    best = linkage;
                    merge = {a, b};
                }
            }
        if (best < 0)
            return g.cluster;
        for (auto& c : g.cluster)
            if (c == merge.second)
                c = merge.first;
    }
}

std::vector<std::size_t> fast(Graph g, double threshold) {
    AverageLinkageInput in;
    in.cluster = &g.cluster;
    in.uncounted = &g.uncounted;
    in.document = &g.document;
    in.openItem = &g.open;
    for (const auto& [key, s] : g.similarity)
        if (s >= threshold)
            in.strongPairs.push_back({key.first, key.second, s});
    in.threshold = threshold;
    in.similarity = [&g](std::size_t x, std::size_t y) { return g.sim(x, y); };
    in.conflict = [&g](std::size_t x, std::size_t y) { return g.conflict(x, y); };
    mergeByAverageLinkage(std::move(in));
    return g.cluster;
}

TEST(AverageLinkage, MergesAsTheDefinitionDoesOnRandomGraphs) {
    for (unsigned seed = 1; seed <= 60; ++seed) {
        const Graph g = randomGraph(seed, 10 + seed % 30);
        EXPECT_EQ(fast(g, 0.3), reference(g, 0.3)) << "seed " << seed;
    }
}

TEST(AverageLinkage, TwoClustersMadeBeforeNeverMergeWithEachOther) {
    Graph g;
    g.document = {1, 2};
    g.open = {false, false};
    g.uncounted = {false, false};
    g.cluster = {0, 1};
    g.similarity[{0, 1}] = 0.9;
    EXPECT_EQ(fast(g, 0.3), (std::vector<std::size_t>{0, 1}));
    g.open[1] = true;
    EXPECT_EQ(fast(g, 0.3), (std::vector<std::size_t>{0, 0}));
}

}  // namespace
}  // namespace claimdesk::link
