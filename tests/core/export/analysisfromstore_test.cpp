#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/export/analysisfromstore.h"
#include "exportfixtures.h"

namespace claimdesk::exporting {
namespace {

using nlohmann::json;

TEST(AnalysisFromStore, WritesTheProjectNarrowedByTheFilter) {
    auto s = testing::articleStore();
    ASSERT_TRUE(s);
    ASSERT_TRUE(s->addDocument(testing::articleDocument("copy.txt", testing::kArticle, 'b'), testing::articleAnalysis())
                    .ok());
    const auto claims = *s->claims({});
    ASSERT_EQ(claims.size(), 4u);
    ASSERT_TRUE(s->review({{claims[0].id, ClaimStatus::Confirmed, "", "ana", "t1"}}).ok());

    auto all = writeStoreAnalysis(*s, {}, {});
    ASSERT_TRUE(all.ok()) << all.error();
    json j = json::parse(*all);
    ASSERT_EQ(j["documents"].size(), 2u);
    EXPECT_EQ(j["documents"][0]["file"], "bridge.txt");
    EXPECT_EQ(j["documents"][0]["claims"].size(), 2u);
    EXPECT_EQ(j["documents"][0]["claims"][0]["status"], "confirmed");

    ExportFilter confirmed;
    confirmed.statuses = {ClaimStatus::Confirmed};
    j = json::parse(*writeStoreAnalysis(*s, confirmed, {}));
    EXPECT_EQ(j["documents"][0]["claims"].size(), 1u);
    EXPECT_EQ(j["documents"][1]["claims"].size(), 0u);

    ExportFilter second;
    second.documentIds = {claims[3].documentId};
    second.speakerId = claims[3].speakerId;
    j = json::parse(*writeStoreAnalysis(*s, second, {}));
    ASSERT_EQ(j["documents"].size(), 1u);
    EXPECT_EQ(j["documents"][0]["file"], "copy.txt");
    ASSERT_EQ(j["documents"][0]["claims"].size(), 1u);
    EXPECT_EQ(j["documents"][0]["claims"][0]["kind"], "mixed");

    ExportFilter missing;
    missing.documentIds = {42};
    EXPECT_FALSE(writeStoreAnalysis(*s, missing, {}).ok());
}

}  // namespace
}  // namespace claimdesk::exporting
