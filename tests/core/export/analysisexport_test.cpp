#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../store/storefixtures.h"
#include "core/export/analysisexport.h"

namespace claimdesk::exporting {
namespace {

using nlohmann::json;

json exportSample(bool withText) {
    static const Document doc = testing::sampleDocument("a.txt", testing::kSampleText);
    static const Analysis analysis = testing::sampleAnalysis();
    ExportedCluster cluster{"k1", {{"a.txt", "c1"}, {"b.txt", "c2"}}, true, "3 vs 5 bridges", 2, 1, "Mayor"};
    ExportOptions options;
    options.withText = withText;
    return json::parse(writeAnalysisExport({{&doc, &analysis}}, {cluster}, options));
}

TEST(AnalysisExport, WritesTheDocumentedShape) {
    const json j = exportSample(false);
    ASSERT_EQ(j["documents"].size(), 1u);
    const json& d = j["documents"][0];
    EXPECT_EQ(d["file"], "a.txt");
    EXPECT_FALSE(d.contains("text"));
    EXPECT_EQ(d["source"]["outlet"], "Harbour Ledger");
    EXPECT_EQ(d["source"]["authors"], json::array({"Ana Reyes"}));
    EXPECT_EQ(d["source"]["published"], "2025-03-05");
    EXPECT_EQ(d["body"]["start"], 0);
    EXPECT_EQ(d["body"]["end"], 55);

    EXPECT_EQ(d["speakers"][0]["id"], "s1");
    EXPECT_EQ(d["speakers"][0]["kind"], "person");
    EXPECT_EQ(d["speakers"][0]["mentions"][0]["text"], "Mayor Hrytsenko");

    const json& c = d["claims"][0];
    EXPECT_EQ(c["id"], "c1");
    EXPECT_EQ(c["speaker"], "s1");
    EXPECT_EQ(c["kind"], "indirect");
    EXPECT_EQ(c["cue"]["text"], "said");
    EXPECT_EQ(c["content"]["start"], 21);
    EXPECT_EQ(c["content"]["end"], 54);
    EXPECT_EQ(c["stated_on"], "2025-03-04");
    EXPECT_EQ(c["status"], "extracted");
    EXPECT_EQ(c["quantities"][0]["value"], 3);
    EXPECT_TRUE(c["quantities"][0]["value"].is_number_integer()) << "whole figures are integers";
    EXPECT_TRUE(c["quantities"][0]["low"].is_null());
    EXPECT_EQ(c["type"], "statement");
    EXPECT_EQ(c["polarity"], "affirmed");
    const json& frame = c["quantities"][0]["frame"];
    EXPECT_TRUE(frame["measure"].is_null()) << "an empty frame field is null";
    EXPECT_EQ(frame["period_kind"], "unknown");
    EXPECT_EQ(frame["cumulative"], false);

    EXPECT_EQ(d["events"][0]["evidence"]["text"], "the bridge would reopen on Monday");
    EXPECT_EQ(d["timexes"][0]["value"], "2025-03-10");

    const json& k = j["clusters"][0];
    EXPECT_EQ(k["members"], json::parse(R"([["a.txt","c1"],["b.txt","c2"]])"));
    EXPECT_EQ(k["disagreement"], true);
    EXPECT_EQ(k["reason"], "3 vs 5 bridges");
    EXPECT_EQ(k["corroboration"]["outlets"], 2);
    EXPECT_EQ(k["corroboration"]["independent_sources"], 1);
    EXPECT_EQ(k["corroboration"]["origin_speaker"], "Mayor");
}

TEST(AnalysisExport, AddsTheWholeTextOnRequest) {
    EXPECT_EQ(exportSample(true)["documents"][0]["text"], testing::kSampleText);
}

TEST(AnalysisExport, UnknownMetadataIsNull) {
    Document doc = testing::sampleDocument("b.txt", "x");
    doc.source = {};
    Analysis none;
    const json j = json::parse(writeAnalysisExport({{&doc, &none}}, {}, {}));
    EXPECT_TRUE(j["documents"][0]["source"]["outlet"].is_null());
    EXPECT_TRUE(j["documents"][0]["source"]["published"].is_null());
    EXPECT_TRUE(j["documents"][0]["claims"].empty());
}

}  // namespace
}  // namespace claimdesk::exporting

namespace claimdesk::exporting {
namespace {

TEST(AnalysisExport, WritesEachClaimsTypePolarityAndFigureFrames) {
    const Document doc = testing::sampleDocument("a.txt", testing::kSampleText);
    Analysis analysis = testing::sampleAnalysis();
    analysis.claims[0].type = ClaimType::Belief;
    analysis.claims[0].polarity = Polarity::Declined;
    analysis.claims[0].quantities[0].frame = {"casualties", "Lumeran", "2025-05-08", PeriodKind::AsOf, true};
    const json j = json::parse(writeAnalysisExport({{&doc, &analysis}}, {}, {}));
    const json& c = j["documents"][0]["claims"][0];
    EXPECT_EQ(c["type"], "belief");
    EXPECT_EQ(c["polarity"], "declined");
    EXPECT_EQ(c["quantities"][0]["frame"],
              json::parse(R"({"measure":"casualties","subject":"Lumeran","period":"2025-05-08",
                              "period_kind":"as_of","cumulative":true})"));
}

}  // namespace
}  // namespace claimdesk::exporting
