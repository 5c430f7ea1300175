// The reference articles beside the repository (../shared/corpus): the
// body found in each must match its hand-made annotation, scored as the
// evaluation does (character overlap F1 against the span from the gold
// body's first words to its last). Skipped when ../shared is absent.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/ingest/ingest.h"
#include "core/text/utf8.h"
#include "testsupport.h"

namespace claimdesk::ingest {
namespace {

namespace fs = std::filesystem;

TEST(TextLayoutSeeds, BodyF1IsAtLeastNinetyFivePercentOnEverySeed) {
    if (!claimdesk::testing::haveShared())
        GTEST_SKIP() << "../shared is absent";
    const fs::path gold = claimdesk::testing::sharedDir() / "corpus" / "gold";
    const fs::path seeds = claimdesk::testing::sharedDir() / "corpus" / "seeds";
    if (!fs::is_directory(gold) || !fs::is_directory(seeds))
        GTEST_SKIP() << "no seed corpus in ../shared";
    int scored = 0;
    for (const auto& entry : fs::directory_iterator(gold)) {
        if (entry.path().extension() != ".json" || entry.path().filename() == "clusters.json")
            continue;
        const auto g = nlohmann::json::parse(claimdesk::testing::readFile(entry.path()));
        if (!g.contains("body") || !g.contains("document"))
            continue;
        auto doc = loadFile(seeds / g["document"].get<std::string>());
        ASSERT_TRUE(doc.ok()) << doc.error();
        const std::string& text = doc->text;
        const text::OffsetMap map(text);
        const std::string head = g["body"]["starts_with"];
        const std::string tail = g["body"]["ends_with"];
        const auto b0 = text.find(head);
        const auto b1 = text.find(tail);
        ASSERT_NE(b0, std::string::npos);
        ASSERT_NE(b1, std::string::npos);
        const std::int64_t g0 = map.toCodePoint(b0);
        const std::int64_t g1 = map.toCodePoint(b1 + tail.size());
        const std::int64_t p0 = doc->body.start;
        const std::int64_t p1 = doc->body.end;
        const double overlap = static_cast<double>(std::max<std::int64_t>(0, std::min(g1, p1) - std::max(g0, p0)));
        const double precision = overlap / static_cast<double>(std::max<std::int64_t>(1, p1 - p0));
        const double recall = overlap / static_cast<double>(std::max<std::int64_t>(1, g1 - g0));
        const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        EXPECT_GE(f1, 0.95) << g["document"];
        ++scored;
    }
    EXPECT_GT(scored, 0);
}

}  // namespace
}  // namespace claimdesk::ingest
