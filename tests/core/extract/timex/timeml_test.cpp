// Scores the finder on TimeBank + AQUAINT (../shared/devsets/scoring/timeml)
// as TempEval-3 Task A does: relaxed (overlap) one-to-one pairs, exact
// spans first, and value F1 = value accuracy over pairs x relaxed F1.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include <nlohmann/json.hpp>

#include "core/extract/timex/timexfinder.h"
#include "core/text/utf8.h"
#include "testsupport.h"

namespace claimdesk::extract {
namespace {

struct GoldTimex {
    Span span;
    std::string value;
};

struct Tally {
    std::size_t gold = 0, predicted = 0, relaxed = 0, value = 0;
};

void score(const std::vector<GoldTimex>& gold, const std::vector<Timex>& predicted, Tally& tally) {
    tally.gold += gold.size();
    tally.predicted += predicted.size();
    std::vector<bool> goldFree(gold.size(), true), predFree(predicted.size(), true);
    auto pair = [&](std::size_t g, std::size_t p) {
        goldFree[g] = predFree[p] = false;
        ++tally.relaxed;
        tally.value += gold[g].value == predicted[p].value;
    };
    for (std::size_t g = 0; g < gold.size(); ++g)
        for (std::size_t p = 0; p < predicted.size(); ++p)
            if (goldFree[g] && predFree[p] && predicted[p].text.span == gold[g].span)
                pair(g, p);
    std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t, std::size_t, std::size_t>> overlaps;
    for (std::size_t g = 0; g < gold.size(); ++g)
        for (std::size_t p = 0; p < predicted.size(); ++p)
            if (goldFree[g] && predFree[p] && predicted[p].text.span.overlaps(gold[g].span))
                overlaps.emplace_back(gold[g].span.start, gold[g].span.end, predicted[p].text.span.start,
                                      predicted[p].text.span.end, g, p);
    std::sort(overlaps.begin(), overlaps.end());
    for (const auto& [gs, ge, ps, pe, g, p] : overlaps)
        if (goldFree[g] && predFree[p])
            pair(g, p);
}

TEST(TimeMLDevSet, ValueF1) {
    if (!testing::haveShared())
        GTEST_SKIP() << "../shared is absent";
    const std::filesystem::path set = testing::sharedDir() / "devsets" / "scoring" / "timeml";
    if (!std::filesystem::exists(set / "dct.tsv"))
        GTEST_SKIP() << "no TimeML set under " << set;
    std::ifstream dcts(set / "dct.tsv");
    std::string line;
    std::getline(dcts, line);  // header
    Tally tally;
    std::size_t documents = 0;
    while (std::getline(dcts, line)) {
        const auto tab = line.find('\t');
        if (tab == std::string::npos)
            continue;
        const std::string name = line.substr(0, tab);
        const std::string dct = line.substr(tab + 1, 10);
        const std::string text = testing::readFile(set / "text" / (name + ".txt"));
        const text::OffsetMap map(text);
        const TimexFindings found = findTimexes(text, map, Span{0, map.codePointCount()}, dct);
        std::vector<GoldTimex> gold;
        for (const auto& g : nlohmann::json::parse(testing::readFile(set / "gold" / (name + ".json"))))
            gold.push_back({Span{g.at("start").get<std::int64_t>(), g.at("end").get<std::int64_t>()},
                            g.at("value").get<std::string>()});
        score(gold, found.timexes, tally);
        ++documents;
    }
    ASSERT_GT(documents, 200u);
    const double precision = tally.predicted ? double(tally.relaxed) / tally.predicted : 0;
    const double recall = tally.gold ? double(tally.relaxed) / tally.gold : 0;
    const double relaxedF1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    const double valueF1 = tally.relaxed ? relaxedF1 * tally.value / tally.relaxed : 0;
    std::cout << "TimeML: " << documents << " documents, " << tally.gold << " gold, " << tally.predicted
              << " predicted, relaxed F1 " << relaxedF1 << ", value F1 " << valueF1 << "\n";
    EXPECT_GE(valueF1, 0.75);
}

}  // namespace
}  // namespace claimdesk::extract
