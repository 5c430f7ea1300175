// `claimdesk-cli reanalyze` (issue 14) on a reviewed project keeps every
// decision: the W3C export before and after holds the same statuses,
// reasons, notes and grades on the same quotes.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "clirun.h"
#include "core/store/projectstore.h"
#include "../core/store/storefixtures.h"
#include "testsupport.h"

namespace claimdesk {
namespace {

using ::testing::HasSubstr;
using testing::CliRun;
using testing::TempDir;

CliRun cli(const std::vector<std::string>& args) { return testing::runCli(args); }

nlohmann::json readJson(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return nlohmann::json::parse(text.str());
}

TEST(CliReanalyze, KeepsEveryDecisionOnTheSameQuotes) {
    TempDir dir;
    const std::string store = dir.file("p.claimdesk").string();
    ASSERT_EQ(cli({"ingest", "--store", store, testing::demoCorpusDir().string()}).status, 0);
    ASSERT_EQ(cli({"review", "--store", store, "--claim", "1", "--status", "confirmed"}).status, 0);
    ASSERT_EQ(cli({"review", "--store", store, "--claim", "2", "--status", "rejected", "--reason",
                   "the operator's own estimate"})
                  .status,
              0);
    ASSERT_EQ(cli({"cluster", "--store", store, "--claim", "3", "--new"}).status, 0);
    ASSERT_EQ(cli({"grade", "--store", store, "--speaker", "1", "--reliability", "B"}).status, 0);
    {
        // What the command line has no verb for: a claim's credibility and
        // assessment note, and a note on the text.
        auto opened = store::ProjectStore::open(store);
        ASSERT_TRUE(opened.ok()) << opened.error();
        ASSERT_TRUE(opened->assess({{4, {2, "", "two outlets saw it"}, "ana", "2025-03-05T10:00:00Z"}}).ok());
        ASSERT_TRUE(opened->addAnnotation(testing::sampleNote(1)).ok());
    }
    const auto before = dir.file("before.jsonld"), after = dir.file("after.jsonld");
    ASSERT_EQ(cli({"export", "--store", store, "--format", "w3c", "--out", before.string()}).status, 0);
    // The export holds each kind of decision, so that comparing it compares them.
    const std::string exported = readJson(before).dump();
    for (const char* decision : {"\"status\":\"confirmed\"", "\"status\":\"rejected\"",
                                 "\"the operator's own estimate\"", "\"credibility\":2", "\"two outlets saw it\"",
                                 "\"check the date line\""})
        EXPECT_THAT(exported, HasSubstr(decision));

    CliRun run = cli({"reanalyze", "--store", store});
    EXPECT_EQ(run.status, 0) << run.output;
    EXPECT_THAT(run.output, HasSubstr("re-analysed 8 documents"));
    EXPECT_THAT(run.output, HasSubstr(" 0 added, 0 removed, 4 kept with their ids"));

    ASSERT_EQ(cli({"export", "--store", store, "--format", "w3c", "--out", after.string()}).status, 0);
    const auto items = [](const nlohmann::json& j) { return j.at("first").at("items"); };
    const auto was = readJson(before), is = readJson(after);
    ASSERT_GT(items(was).size(), 10u);
    EXPECT_EQ(items(is), items(was));
    // A speaker's grade is no part of the W3C export: read from the store.
    auto opened = store::ProjectStore::open(store);
    ASSERT_TRUE(opened.ok()) << opened.error();
    store::ClaimQuery bySpeaker;
    bySpeaker.speakerId = 1;
    auto graded = opened->claims(bySpeaker);
    ASSERT_TRUE(graded.ok()) << graded.error();
    ASSERT_FALSE(graded->empty());
    for (const auto& claim : *graded)
        EXPECT_EQ(claim.speakerReliability, 'B') << "claim " << claim.id;

    CliRun one = cli({"reanalyze", "--store", store, "--document", "2"});
    EXPECT_EQ(one.status, 0) << one.output;
    EXPECT_THAT(one.output, HasSubstr("re-analysed 1 document\n"));
    CliRun missing = cli({"reanalyze", "--store", store, "--document", "99"});
    EXPECT_EQ(missing.status, 3);
    EXPECT_THAT(missing.output, HasSubstr("no document 99"));
}

}  // namespace
}  // namespace claimdesk
