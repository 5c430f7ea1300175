// claimdesk-cli as a user runs it: arguments, output, exit status.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "clirun.h"
#include "testsupport.h"

namespace claimdesk {
namespace {

using ::testing::HasSubstr;
using testing::TempDir;

using testing::CliRun;

CliRun cli(const std::vector<std::string>& args) { return testing::runCli(args); }

TEST(Cli, PrintsItsVersionAndHelp) {
    CliRun v = cli({"--version"});
    EXPECT_EQ(v.status, 0);
    EXPECT_THAT(v.output, HasSubstr("claimdesk-cli " CLAIMDESK_VERSION));
    for (const char* command : {"ingest", "analyze", "search", "claims", "review", "cluster", "export", "import"}) {
        CliRun h = cli({command, "--help"});
        EXPECT_EQ(h.status, 0) << command;
        EXPECT_THAT(h.output, HasSubstr(std::string("usage: claimdesk-cli ") + command));
    }
}

TEST(Cli, WrongArgumentsExitWithTwo) {
    EXPECT_EQ(cli({}).status, 2);
    EXPECT_EQ(cli({"frobnicate"}).status, 2);
    CliRun r = cli({"ingest", "--store"});
    EXPECT_EQ(r.status, 2);
    EXPECT_THAT(r.output, HasSubstr("--store needs a value"));
    EXPECT_EQ(cli({"analyze", "--json", "x.json", "--published", "3 March", "a.txt"}).status, 2);
    EXPECT_EQ(cli({"analyze", "--json", "x.json", "--published", "2025-13-45", "a.txt"}).status, 2) << "not a calendar day";
}

TEST(Cli, IngestsSearchesAndSkipsDuplicates) {
    TempDir dir;
    const auto article = dir.write("in/bridge.txt",
                                   "date 2025-03-05\nThe mayor said the harbour bridge would reopen on Monday.\n");
    const std::string store = dir.file("p.claimdesk").string();
    CliRun first = cli({"ingest", "--store", store, (dir.path() / "in").string()});
    EXPECT_EQ(first.status, 0) << first.output;
    EXPECT_THAT(first.output, HasSubstr("1 added, 0 already stored, 0 failed"));
    CliRun second = cli({"ingest", "--store", store, article.string()});
    EXPECT_EQ(second.status, 0);
    EXPECT_THAT(second.output, HasSubstr("0 added, 1 already stored, 0 failed"));
    CliRun search = cli({"search", "--store", store, "harbour"});
    EXPECT_EQ(search.status, 0);
    EXPECT_THAT(search.output, HasSubstr("bridge.txt"));
    EXPECT_THAT(search.output, HasSubstr("[harbour]"));
}

TEST(Cli, ABadFileIsNamedAndTheRestGoesOnWithExitOne) {
    TempDir dir;
    const auto good = dir.write("good.txt", "Officials said the road was closed.\n");
    const auto bad = dir.write("bad.txt", "bad \xff byte");
    const std::string out = dir.file("a.json").string();
    CliRun r = cli({"analyze", "--json", out, bad.string(), good.string()});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.output, HasSubstr("error: " + bad.string() + ": invalid UTF-8 at byte 4"));
    const auto j = nlohmann::json::parse(testing::readFile(out));
    ASSERT_EQ(j["documents"].size(), 1u);
    EXPECT_EQ(j["documents"][0]["file"], "good.txt");
}

TEST(Cli, AnalyzeWritesTheExportWithTextAndTheDefaultDate) {
    TempDir dir;
    const auto article = dir.write("a.txt", "Officials said the road was closed.\n");
    const std::string out = dir.file("a.json").string();
    CliRun r = cli({"analyze", "--with-text", "--published", "2016-09-12", "--json", out, article.string()});
    ASSERT_EQ(r.status, 0) << r.output;
    const auto j = nlohmann::json::parse(testing::readFile(out));
    const auto& d = j["documents"][0];
    EXPECT_EQ(d["text"], "Officials said the road was closed.\n");
    EXPECT_EQ(d["source"]["published"], "2016-09-12");
    EXPECT_TRUE(j["clusters"].is_array());
}

TEST(Cli, AStoreThatCannotBeOpenedExitsWithThree) {
    TempDir dir;
    const auto notStore = dir.write("x.claimdesk", "not a database, just some words in a file....");
    const auto article = dir.write("a.txt", "Text.\n");
    CliRun r = cli({"ingest", "--store", notStore.string(), article.string()});
    EXPECT_EQ(r.status, 3);
    EXPECT_THAT(r.output, HasSubstr(notStore.string()));
}

TEST(Cli, ReviewingAnUnknownClaimIsAUsageError) {
    TempDir dir;
    const std::string store = dir.file("p.claimdesk").string();
    ASSERT_EQ(cli({"ingest", "--store", store, dir.write("a.txt", "Some text.\n").string()}).status, 0);
    CliRun r = cli({"review", "--store", store, "--claim", "77", "--status", "confirmed"});
    EXPECT_EQ(r.status, 2);
    EXPECT_THAT(r.output, HasSubstr("no claim 77"));
    EXPECT_EQ(cli({"review", "--store", store, "--claim", "1", "--status", "maybe"}).status, 2);
    EXPECT_EQ(cli({"claims", "--store", store, "--status", "maybe"}).status, 2);
    CliRun list = cli({"claims", "--store", store, "--json"});
    EXPECT_EQ(list.status, 0);
    EXPECT_TRUE(nlohmann::json::parse(list.output).is_array());
}

TEST(Cli, ReviewsAndMovesClaimsOfAStore) {
    TempDir dir;
    const std::string store = dir.file("p.claimdesk").string();
    dir.write("in/a.txt", "date 2025-03-05\nBarge closes river\n\nMayor Ilona Dzhurenko said that the barge had been "
                          "carrying diesel fuel when it ran aground near the water intake.\n");
    dir.write("in/b.txt", "date 2025-03-05\nRiver closed after grounding\n\nMayor Ilona Djurenko said that the barge "
                          "was carrying diesel fuel when it ran aground close to the water intake.\n");
    ASSERT_EQ(cli({"ingest", "--store", store, (dir.path() / "in").string()}).status, 0);
    auto claims = nlohmann::json::parse(cli({"claims", "--store", store, "--json"}).output);
    ASSERT_EQ(claims.size(), 2u);
    EXPECT_EQ(claims[0]["speaker"], claims[1]["speaker"]) << "one mayor under two spellings";
    EXPECT_EQ(claims[0]["cluster"], claims[1]["cluster"]) << "one statement in two outlets";
    const std::string id = std::to_string(claims[0]["id"].get<long long>());

    CliRun review = cli({"review", "--store", store, "--claim", id, "--status", "rejected", "--reason", "misquoted",
                         "--analyst", "ana"});
    EXPECT_EQ(review.status, 0) << review.output;
    CliRun rejected = cli({"claims", "--store", store, "--status", "rejected"});
    EXPECT_THAT(rejected.output, HasSubstr(id + "\trejected"));

    CliRun moved = cli({"cluster", "--store", store, "--claim", id, "--new"});
    EXPECT_EQ(moved.status, 0) << moved.output;
    claims = nlohmann::json::parse(cli({"claims", "--store", store, "--json"}).output);
    EXPECT_NE(claims[0]["cluster"], claims[1]["cluster"]);
    EXPECT_EQ(cli({"cluster", "--store", store, "--claim", id, "--into", "987654"}).status, 2);
}

using Args = std::vector<std::string>;

// Two articles of one story, ingested into a new project; returns its path.
std::string storyProject(const TempDir& dir, const std::string& name = "p.claimdesk") {
    dir.write("in/a.txt", "date 2025-03-05\nBarge closes river\n\nMayor Ilona Dzhurenko said that the barge had been "
                          "carrying diesel fuel when it ran aground near the water intake.\n");
    dir.write("in/b.txt", "date 2025-03-05\nRiver closed after grounding\n\n\"=1+1 was painted on the hull, and it "
                          "is a joke, not a threat,\" a police spokesman said on Tuesday.\n");
    const std::string store = dir.file(name).string();
    EXPECT_EQ(cli({"ingest", "--store", store, (dir.path() / "in").string()}).status, 0);
    return store;
}

TEST(CliExport, WrongArgumentsExitWithTwo) {
    TempDir dir;
    const std::string store = storyProject(dir);
    const std::string out = dir.file("x").string();
    CliRun bad = cli({"export", "--store", store, "--format", "xlsx", "--out", out});
    EXPECT_EQ(bad.status, 2);
    EXPECT_THAT(bad.output, HasSubstr("unknown format 'xlsx' (one of csv, json, w3c, claimreview, pdf, html, timelinejs)"));
    CliRun reportOption = cli({"export", "--store", store, "--format", "csv", "--out", out, "--no-excerpts"});
    EXPECT_EQ(reportOption.status, 2);
    EXPECT_THAT(reportOption.output, HasSubstr("apply to --format pdf and html only"));
    EXPECT_EQ(cli({"export", "--store", store, "--format", "timelinejs", "--out", out, "--speaker", "1"}).status, 2);
    CliRun missing = cli({"export", "--store", dir.file("typo.claimdesk").string(), "--format", "csv", "--out", out});
    EXPECT_EQ(missing.status, 3);
    EXPECT_THAT(missing.output, HasSubstr("no project at"));
    EXPECT_FALSE(std::filesystem::exists(dir.file("typo.claimdesk"))) << "a mistyped store is not created";
    const auto empty = dir.write("empty.claimdesk", "");
    EXPECT_EQ(cli({"export", "--store", empty.string(), "--format", "csv", "--out", out}).status, 3);
    EXPECT_EQ(std::filesystem::file_size(empty), 0u) << "an empty file is not made a project";
    CliRun overProject = cli({"export", "--store", store, "--format", "csv", "--out", store});
    EXPECT_EQ(overProject.status, 2);
    EXPECT_THAT(overProject.output, HasSubstr("is the project itself"));
    EXPECT_EQ(cli({"export", "--store", store, "--format", "csv"}).status, 2);
    EXPECT_EQ(cli({"export", "--store", store, "--format", "csv", "--out", out, "--status", "maybe"}).status, 2);
    EXPECT_EQ(cli({"export", "--store", store, "--format", "csv", "--out", out, "--document", "x"}).status, 2);
    CliRun unknown = cli({"export", "--store", store, "--format", "csv", "--out", out, "--document", "99"});
    EXPECT_EQ(unknown.status, 2);
    EXPECT_THAT(unknown.output, HasSubstr("no document 99"));
    EXPECT_EQ(cli({"export", "--store", store, "--format", "w3c", "--out", out, "--bom"}).status, 2);
    EXPECT_FALSE(std::filesystem::exists(out)) << "nothing written on a usage error";
    const auto notStore = dir.write("x.claimdesk", "not a database, just some words in a file....");
    EXPECT_EQ(cli({"export", "--store", notStore.string(), "--format", "csv", "--out", out}).status, 3);
    CliRun help = cli({"export", "--help"});
    EXPECT_THAT(help.output, HasSubstr("claimreview"));
    EXPECT_THAT(help.output, HasSubstr("timelinejs"));
}

TEST(CliExport, WritesCsvWithFiltersToAFileOrStandardOutput) {
    TempDir dir;
    const std::string store = storyProject(dir);
    auto claims = nlohmann::json::parse(cli({"claims", "--store", store, "--json"}).output);
    ASSERT_EQ(claims.size(), 2u);
    const std::string first = std::to_string(claims[0]["id"].get<long long>());
    ASSERT_EQ(cli({"review", "--store", store, "--claim", first, "--status", "confirmed", "--analyst", "ana"}).status, 0);

    CliRun all = cli({"export", "--store", store, "--format", "csv", "--out", "-"});
    ASSERT_EQ(all.status, 0) << all.output;
    EXPECT_EQ(all.output.rfind("id,status,", 0), 0u);
    EXPECT_THAT(all.output, HasSubstr("\r\n"));
    EXPECT_THAT(all.output, HasSubstr(",\"'=1+1 was painted on the hull, and it is a joke"));  // neutralised, quoted

    const std::string out = dir.file("confirmed.csv").string();
    CliRun confirmed = cli({"export", "--store", store, "--format", "csv", "--out", out, "--status", "confirmed", "--bom"});
    ASSERT_EQ(confirmed.status, 0) << confirmed.output;
    const std::string csv = testing::readFile(out);
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBFid,", 0), 0u);
    EXPECT_THAT(csv, HasSubstr(first + ",confirmed,"));
    EXPECT_EQ(csv.find("painted"), std::string::npos);

    const std::string document = std::to_string(claims[1]["document"].get<long long>());
    CliRun one = cli({"export", "--store", store, "--format", "csv", "--out", "-", "--document", document});
    EXPECT_EQ(one.output.find("barge"), std::string::npos);
    EXPECT_THAT(one.output, HasSubstr("painted"));
    const std::string speaker = std::to_string(claims[0]["speaker_id"].get<long long>());
    CliRun mayor = cli({"export", "--store", store, "--format", "csv", "--out", "-", "--speaker", speaker});
    EXPECT_THAT(mayor.output, HasSubstr("barge"));
    EXPECT_EQ(mayor.output.find("painted"), std::string::npos);
    for (const Args& statuses : {Args{"--status", "extracted,confirmed"},
                                 Args{"--status", "extracted", "--status", "confirmed"}}) {
        Args args = {"export", "--store", store, "--format", "csv", "--out", "-"};
        args.insert(args.end(), statuses.begin(), statuses.end());
        CliRun both = cli(args);
        EXPECT_THAT(both.output, HasSubstr("barge"));
        EXPECT_THAT(both.output, HasSubstr("painted"));
    }
}

// The timeline as TimelineJS: every dated claim, with the title asked for;
// a status filter keeps only that status's claims (and no events).
TEST(CliExport, WritesTheTimelineAsTimelineJs) {
    TempDir dir;
    const std::string store = storyProject(dir);
    CliRun all = cli({"export", "--store", store, "--format", "timelinejs", "--out", "-", "--title", "River <closure>"});
    ASSERT_EQ(all.status, 0) << all.output;
    const auto timeline = nlohmann::json::parse(all.output);
    EXPECT_EQ(timeline["title"]["text"]["headline"], "River &lt;closure&gt;");
    ASSERT_FALSE(timeline["events"].empty());
    for (const auto& event : timeline["events"])
        EXPECT_EQ(event["start_date"]["year"], "2025") << event.dump();

    CliRun confirmed = cli({"export", "--store", store, "--format", "timelinejs", "--out", "-", "--status", "confirmed"});
    ASSERT_EQ(confirmed.status, 0) << confirmed.output;
    EXPECT_TRUE(nlohmann::json::parse(confirmed.output)["events"].empty()) << "nothing is confirmed yet";
}

TEST(CliExport, WritesTheAnalysisJsonAndClaimReview) {
    TempDir dir;
    const std::string store = storyProject(dir);
    CliRun json = cli({"export", "--store", store, "--format", "json", "--out", "-"});
    ASSERT_EQ(json.status, 0) << json.output;
    const auto analysis = nlohmann::json::parse(json.output);
    EXPECT_EQ(analysis["documents"].size(), 2u);
    EXPECT_TRUE(analysis["clusters"].is_array());

    const auto claims = nlohmann::json::parse(cli({"claims", "--store", store, "--json"}).output);
    const std::string id = std::to_string(claims[1]["id"].get<long long>());
    // Review alone rates nothing; an assessment does.
    ASSERT_EQ(cli({"review", "--store", store, "--claim", id, "--status", "confirmed", "--analyst", "bo"}).status, 0);
    CliRun none = cli({"export", "--store", store, "--format", "claimreview", "--out", "-"});
    ASSERT_EQ(none.status, 0) << none.output;
    EXPECT_TRUE(nlohmann::json::parse(none.output)["@graph"].empty());
    EXPECT_EQ(cli({"assess", "--store", store, "--claim", id, "--verdict", "True"}).status, 2)
        << "not one of the project's labels";
    CliRun assessed = cli({"assess", "--store", store, "--claim", id, "--verdict", "False", "--credibility", "5",
                           "--note", "a joke", "--analyst", "bo"});
    ASSERT_EQ(assessed.status, 0) << assessed.output;
    CliRun reviews = cli({"export", "--store", store, "--format", "claimreview", "--out", "-"});
    ASSERT_EQ(reviews.status, 0) << reviews.output;
    const auto graph = nlohmann::json::parse(reviews.output)["@graph"];
    ASSERT_EQ(graph.size(), 1u);
    EXPECT_EQ(graph[0]["reviewRating"]["alternateName"], "false");
    EXPECT_EQ(graph[0]["reviewRating"]["ratingValue"], 1);
    EXPECT_EQ(graph[0]["reviewBody"], "a joke");
    EXPECT_EQ(graph[0]["author"]["name"], "bo");
    // Every export carries the assessment: CSV, the analysis JSON and W3C.
    CliRun csv = cli({"export", "--store", store, "--format", "csv", "--out", "-"});
    ASSERT_EQ(csv.status, 0) << csv.output;
    EXPECT_THAT(csv.output, HasSubstr(",false,a joke,bo,"));
    const auto again = nlohmann::json::parse(cli({"export", "--store", store, "--format", "json", "--out", "-"}).output);
    int assessedInJson = 0;
    for (const auto& document : again["documents"])
        for (const auto& c : document["claims"])
            if (c.contains("assessment") && c["assessment"]["verdict"] == "false") {
                ++assessedInJson;
                EXPECT_EQ(c["assessment"]["credibility"], 5);
                EXPECT_EQ(c["assessment"]["note"], "a joke");
            }
    EXPECT_EQ(assessedInJson, 1);
    CliRun w3cOut = cli({"export", "--store", store, "--format", "w3c", "--out", "-"});
    ASSERT_EQ(w3cOut.status, 0) << w3cOut.output;
    EXPECT_THAT(w3cOut.output, HasSubstr("\"verdict: false\""));
    EXPECT_THAT(w3cOut.output, HasSubstr("\"assessmentNote\": \"a joke\""));
}

TEST(CliImport, AW3cExportRoundTripsIntoAFreshProjectOnce) {
    TempDir dir;
    const std::string store = storyProject(dir);
    const auto claims = nlohmann::json::parse(cli({"claims", "--store", store, "--json"}).output);
    const std::string id = std::to_string(claims[0]["id"].get<long long>());
    ASSERT_EQ(cli({"review", "--store", store, "--claim", id, "--status", "rejected", "--reason", "misquoted",
                   "--analyst", "ana"}).status, 0);
    const std::string w3c = dir.file("p.jsonld").string();
    CliRun exported = cli({"export", "--store", store, "--format", "w3c", "--out", w3c});
    ASSERT_EQ(exported.status, 0) << exported.output;

    const std::string fresh = dir.file("fresh.claimdesk").string();
    ASSERT_EQ(cli({"ingest", "--store", fresh, (dir.path() / "in").string()}).status, 0);
    CliRun first = cli({"import", "--store", fresh, "--w3c", w3c});
    EXPECT_EQ(first.status, 0) << first.output;
    EXPECT_THAT(first.output, HasSubstr("1 claims updated"));
    CliRun rejected = cli({"claims", "--store", fresh, "--status", "rejected"});
    EXPECT_THAT(rejected.output, HasSubstr("rejected\tIlona Dzhurenko"));
    CliRun second = cli({"import", "--store", fresh, "--w3c", w3c});
    EXPECT_EQ(second.status, 0);
    EXPECT_THAT(second.output, HasSubstr("0 claims updated, 0 created, 2 unchanged"));
}

TEST(CliImport, AMissingDocumentLeavesTheProjectUnchanged) {
    TempDir dir;
    const std::string store = storyProject(dir);
    const auto claims = nlohmann::json::parse(cli({"claims", "--store", store, "--json"}).output);
    for (const auto& c : claims)
        ASSERT_EQ(cli({"review", "--store", store, "--claim", std::to_string(c["id"].get<long long>()), "--status",
                       "confirmed", "--analyst", "ana"}).status, 0);
    const std::string w3c = dir.file("p.jsonld").string();
    ASSERT_EQ(cli({"export", "--store", store, "--format", "w3c", "--out", w3c}).status, 0);

    // A project holding only the first article.
    const std::string partial = dir.file("partial.claimdesk").string();
    ASSERT_EQ(cli({"ingest", "--store", partial, (dir.path() / "in" / "a.txt").string()}).status, 0);
    const std::string before = cli({"claims", "--store", partial, "--json"}).output;
    CliRun r = cli({"import", "--store", partial, "--w3c", w3c});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.output, HasSubstr("the project has no document \"River closed after grounding\" (urn:sha256:"));
    EXPECT_THAT(r.output, HasSubstr("nothing imported"));
    EXPECT_EQ(cli({"claims", "--store", partial, "--json"}).output, before);

    EXPECT_EQ(cli({"import", "--store", partial}).status, 2);
    CliRun missing = cli({"import", "--store", partial, "--w3c", dir.file("none.jsonld").string()});
    EXPECT_EQ(missing.status, 1);
    EXPECT_THAT(missing.output, HasSubstr("none.jsonld: no such file"));
    CliRun notW3c = cli({"import", "--store", partial, "--w3c", dir.write("n.json", "{\"a\": 1}").string()});
    EXPECT_EQ(notW3c.status, 1);
    EXPECT_THAT(notW3c.output, HasSubstr("not a W3C Web Annotation export"));
}

}  // namespace
}  // namespace claimdesk
