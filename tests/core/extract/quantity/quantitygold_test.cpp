// Development measure over the reference corpus beside the repository
// (../shared/corpus): runs the finder over each annotated claim's content
// and counts the annotated quantities found with equal value, low and
// high. Skips itself when the corpus is absent.

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "core/extract/quantity/quantityfinder.h"
#include "core/text/utf8.h"
#include "testsupport.h"

namespace claimdesk::extract {
namespace {

std::optional<double> number(const nlohmann::json& j) {
    if (j.is_number())
        return j.get<double>();
    return std::nullopt;
}

bool sameNumber(const std::optional<double>& a, const std::optional<double>& b) {
    if (!a || !b)
        return a.has_value() == b.has_value();
    return std::fabs(*a - *b) < 1e-9;
}

bool sameFigure(const Quantity& q, const nlohmann::json& gold) {
    return sameNumber(q.value, number(gold["value"])) && sameNumber(q.low, number(gold["low"])) &&
           sameNumber(q.high, number(gold["high"]));
}

TEST(QuantityGold, FindsAnnotatedFigures) {
    if (!testing::haveShared())
        GTEST_SKIP() << "no reference corpus";
    const auto corpus = testing::sharedDir() / "corpus";
    int goldCount = 0;
    int found = 0;
    int unitsRight = 0;
    int extras = 0;
    for (const auto& entry : std::filesystem::directory_iterator(corpus / "gold")) {
        const auto name = entry.path().filename().string();
        if (entry.path().extension() != ".json" || name == "clusters.json")
            continue;
        const auto gold = nlohmann::json::parse(testing::readFile(entry.path()));
        const std::string text = testing::readFile(corpus / "seeds" / gold["document"].get<std::string>());
        const text::OffsetMap map(text);
        for (const auto& claim : gold["claims"]) {
            const std::string content = claim["content"].get<std::string>();
            const auto at = text.find(content);
            ASSERT_NE(at, std::string::npos) << name << " " << claim["id"];
            const Span region{map.toCodePoint(at), map.toCodePoint(at + content.size())};
            const auto quantities = findQuantities(text, map, region);
            std::vector<bool> used(quantities.size(), false);
            for (const auto& g : claim["quantities"]) {
                ++goldCount;
                bool hit = false;
                for (std::size_t k = 0; k < quantities.size() && !hit; ++k) {
                    if (used[k] || !sameFigure(quantities[k], g))
                        continue;
                    used[k] = hit = true;
                    if (quantities[k].unit == g["unit"].get<std::string>())
                        ++unitsRight;
                    else
                        std::cout << "  unit " << name << " " << claim["id"] << " " << g["text"] << ": '"
                                  << quantities[k].unit << "' for " << g["unit"] << "\n";
                }
                if (hit)
                    ++found;
                else
                    std::cout << "  missed " << name << " " << claim["id"] << " " << g["text"] << "\n";
            }
            for (std::size_t k = 0; k < quantities.size(); ++k)
                if (!used[k]) {
                    ++extras;
                    std::cout << "  extra " << name << " " << claim["id"] << " '" << quantities[k].text.text << "'\n";
                }
        }
    }
    ASSERT_GT(goldCount, 0);
    const double recall = static_cast<double>(found) / goldCount;
    std::cout << "quantities: " << found << "/" << goldCount << " found (" << recall << "), units right "
              << unitsRight << "/" << found << ", extra " << extras << "\n";
    EXPECT_GE(recall, 0.9);
    EXPECT_LE(extras, goldCount / 5);
}

}  // namespace
}  // namespace claimdesk::extract
