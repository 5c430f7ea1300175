// Linking measured on the reference articles' gold claims (perfect
// extraction), by the scorer's pairwise rule. Skipped without ../shared.
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/link/claimlinker.h"
#include "core/text/fold.h"
#include "testsupport.h"

namespace claimdesk::link {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

struct GoldClaim {
    std::string file;
    std::string cluster;
    bool optional = false;
};

std::optional<double> number(const json& j) {
    if (j.is_number())
        return j.get<double>();
    return std::nullopt;
}

TEST(GoldClusters, LinkingTheGoldClaimsReachesTheIssueFloor) {
    if (!testing::haveShared())
        GTEST_SKIP() << "../shared not present";
    const fs::path gold = testing::sharedDir() / "corpus" / "gold";
    const fs::path seeds = testing::sharedDir() / "corpus" / "seeds";
    std::vector<LinkClaim> claims;
    std::vector<GoldClaim> labels;
    std::int64_t documentId = 0;
    for (const auto& entry : fs::directory_iterator(gold)) {
        if (entry.path().filename() == "clusters.json")
            continue;
        const json g = json::parse(testing::readFile(entry.path()));
        const std::string file = g["document"];
        const std::string text = testing::readFile(seeds / file);
        ++documentId;
        std::map<std::string, std::string> speakerName;
        for (const auto& s : g["speakers"])
            speakerName[s["id"]] = s["name"];
        for (const auto& c : g["claims"]) {
            LinkClaim l;
            l.documentId = documentId;
            l.outlet = g["source"]["outlet"].is_string() ? g["source"]["outlet"].get<std::string>() : "";
            l.speakerName = speakerName[c["speaker"]];
            l.speakerKey = text::foldToLatin(l.speakerName);
            l.content = c["content"];
            l.cue = c["cue"].is_string() ? c["cue"].get<std::string>() : "";
            if (c["stated_on"].is_string())
                l.statedOn = c["stated_on"].get<std::string>();
            l.position = static_cast<std::int64_t>(text.find(l.content));
            for (const auto& q : c["quantities"]) {
                Quantity quantity;
                quantity.value = number(q["value"]);
                quantity.low = number(q["low"]);
                quantity.high = number(q["high"]);
                quantity.approximate = q["approximate"].get<bool>();
                quantity.unit = q["unit"];
                l.quantities.push_back(quantity);
            }
            claims.push_back(l);
            labels.push_back({file, c.value("cluster", ""), c.value("optional", false)});
        }
    }
    ClaimLinker linker;
    linker.add(claims);
    const auto clusters = linker.clusters();
    std::vector<std::size_t> predicted(claims.size(), ClaimLinker::npos);
    for (std::size_t k = 0; k < clusters.size(); ++k)
        for (std::size_t m : clusters[k].members)
            predicted[m] = k;

    int tp = 0, fp = 0, fn = 0;
    for (std::size_t a = 0; a < claims.size(); ++a)
        for (std::size_t b = a + 1; b < claims.size(); ++b) {
            if (labels[a].optional || labels[b].optional || labels[a].file == labels[b].file)
                continue;
            const bool same = labels[a].cluster == labels[b].cluster;
            const bool together = predicted[a] != ClaimLinker::npos && predicted[a] == predicted[b];
            tp += same && together;
            fp += together && !same;
            fn += same && !together;
            if (together != same)
                std::cout << (together ? "  wrongly linked: " : "  not linked: ") << labels[a].cluster << " / "
                          << labels[b].cluster << ": " << claims[a].content.substr(0, 50) << " | "
                          << claims[b].content.substr(0, 50) << "\n";
        }
    const double p = tp + fp ? double(tp) / (tp + fp) : 0, r = tp + fn ? double(tp) / (tp + fn) : 0;
    const double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::cout << "gold clusters: pairwise P=" << p << " R=" << r << " F1=" << f1 << "\n";
    EXPECT_GE(f1, 0.75);

    const json verdicts = json::parse(testing::readFile(gold / "clusters.json"));
    for (const auto& [name, why] : verdicts["disagree"].items()) {
        std::set<std::size_t> holding;
        for (std::size_t i = 0; i < claims.size(); ++i)
            if (labels[i].cluster == name && !labels[i].optional && predicted[i] != ClaimLinker::npos)
                holding.insert(predicted[i]);
        bool flagged = false;
        for (std::size_t k : holding)
            flagged |= clusters[k].disagreement;
        EXPECT_TRUE(flagged) << name << " should disagree: " << why.get<std::string>();
    }
    for (const auto& [name, why] : verdicts["agree"].items())
        for (std::size_t i = 0; i < claims.size(); ++i)
            if (labels[i].cluster == name && !labels[i].optional && predicted[i] != ClaimLinker::npos)
                EXPECT_FALSE(clusters[predicted[i]].disagreement)
                    << name << " should agree, but: " << clusters[predicted[i]].reason;
}

}  // namespace
}  // namespace claimdesk::link
