#include <gtest/gtest.h>

#include "core/export/exchange.h"
#include "exportfixtures.h"

namespace claimdesk::exporting {
namespace {

TEST(Exchange, FormatsAreNamedBothWays) {
    for (auto f : {ExchangeFormat::Csv, ExchangeFormat::AnalysisJson, ExchangeFormat::WebAnnotation,
                   ExchangeFormat::ClaimReview})
        EXPECT_EQ(exchangeFormatFromName(exchangeFormatName(f)), f);
    EXPECT_FALSE(exchangeFormatFromName("pdf"));
    EXPECT_STREQ(exchangeFormatExtension(ExchangeFormat::WebAnnotation), "jsonld");
}

TEST(Exchange, WritesEachFormatAndReportsProgress) {
    auto s = testing::articleStore();
    ASSERT_TRUE(s);
    ExchangeOptions options;
    options.byteOrderMark = true;
    std::vector<std::size_t> seen;
    auto csv = writeExchange(*s, ExchangeFormat::Csv, {}, options, [&seen](std::size_t done, std::size_t total) {
        seen.push_back(done);
        EXPECT_EQ(total, 1u);
        return true;
    });
    ASSERT_TRUE(csv.ok()) << csv.error();
    EXPECT_EQ(csv->rfind("\xEF\xBB\xBFid,", 0), 0u);
    EXPECT_EQ(seen, std::vector<std::size_t>{1});
    for (auto f : {ExchangeFormat::AnalysisJson, ExchangeFormat::WebAnnotation, ExchangeFormat::ClaimReview}) {
        auto out = writeExchange(*s, f, {});
        ASSERT_TRUE(out.ok()) << out.error();
        EXPECT_EQ(out->front(), '{');
    }
}

TEST(Exchange, CancellingStopsTheExport) {
    auto s = testing::articleStore();
    auto out = writeExchange(*s, ExchangeFormat::WebAnnotation, {}, {}, [](std::size_t, std::size_t) { return false; });
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.error(), "cancelled");
}

}  // namespace
}  // namespace claimdesk::exporting
