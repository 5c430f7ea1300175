// `claimdesk-cli export --format pdf|html` as a user runs it, on the demo corpus.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "clirun.h"
#include "testsupport.h"

namespace claimdesk {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::TempDir;

using testing::CliRun;

// With no platform set and a display that cannot be reached: the command
// must bring its own offscreen platform.
CliRun cli(const std::vector<std::string>& args) {
    return testing::runCli(args, "env -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM DISPLAY=:97");
}

class ReportExportCli : public ::testing::Test {
protected:
    void SetUp() override {
        m_store = m_dir.file("demo.claimdesk").string();
        CliRun ingest = cli({"ingest", "--store", m_store, testing::demoCorpusDir().string()});
        ASSERT_EQ(ingest.status, 0) << ingest.output;
        CliRun claims = cli({"claims", "--store", m_store, "--json"});
        ASSERT_EQ(claims.status, 0);
        const auto list = nlohmann::json::parse(claims.output);
        ASSERT_GE(list.size(), 3u);
        m_confirmed = list[0]["content"].get<std::string>();
        m_rejected = list[1]["content"].get<std::string>();
        m_document = list[1]["document"].get<std::int64_t>();
        ASSERT_EQ(cli({"review", "--store", m_store, "--claim", std::to_string(list[0]["id"].get<int>()), "--status",
                       "confirmed", "--analyst", "Ines Test"})
                      .status,
                  0);
        ASSERT_EQ(cli({"review", "--store", m_store, "--claim", std::to_string(list[1]["id"].get<int>()), "--status",
                       "rejected", "--reason", "no second source", "--analyst", "Ines Test"})
                      .status,
                  0);
    }

    TempDir m_dir;
    std::string m_store, m_confirmed, m_rejected;
    std::int64_t m_document = 0;
};

TEST_F(ReportExportCli, WritesHtmlWithFilters) {
    const std::string out = m_dir.file("r.html").string();
    CliRun all = cli({"export", "--store", m_store, "--format", "html", "--out", out, "--title", "Demo & co"});
    ASSERT_EQ(all.status, 0) << all.output;
    std::string html = testing::readFile(out);
    EXPECT_THAT(html, HasSubstr("Demo &amp; co"));
    EXPECT_THAT(html, HasSubstr("no second source"));

    CliRun some = cli({"export", "--store", m_store, "--format=html", "--out", out, "--status", "confirmed",
                       "--no-excerpts", "--group", "speaker"});
    ASSERT_EQ(some.status, 0) << some.output;
    html = testing::readFile(out);
    EXPECT_THAT(html, HasSubstr("Claims by speaker"));
    EXPECT_THAT(html, Not(HasSubstr("no second source")));
    EXPECT_THAT(html, Not(HasSubstr("Annotated excerpts")));

    CliRun one = cli({"export", "--store", m_store, "--format", "html", "--out", out, "--document",
                      std::to_string(m_document), "--status", "confirmed,rejected"});
    ASSERT_EQ(one.status, 0) << one.output;
    EXPECT_THAT(testing::readFile(out), HasSubstr("no second source"));
}

TEST_F(ReportExportCli, WritesPdfWithoutADisplay) {
    const std::string out = m_dir.file("r.pdf").string();
    CliRun r = cli({"export", "--store", m_store, "--format", "pdf", "--out", out, "--analyst", "Ines Test"});
    ASSERT_EQ(r.status, 0) << r.output;
    EXPECT_EQ(testing::readFile(out).substr(0, 5), "%PDF-");
}

TEST_F(ReportExportCli, WrongArgumentsAndMissingStores) {
    const std::string out = m_dir.file("r.pdf").string();
    EXPECT_EQ(cli({"export", "--store", m_store, "--format", "docx", "--out", out}).status, 2);
    EXPECT_EQ(cli({"export", "--store", m_store, "--format", "pdf"}).status, 2);
    EXPECT_EQ(cli({"export", "--store", m_store, "--format", "pdf", "--out", out, "--status", "maybe"}).status, 2);
    EXPECT_EQ(cli({"export", "--store", m_store, "--format", "pdf", "--out", out, "--document", "999"}).status, 2);
    EXPECT_EQ(cli({"export", "--store", m_store, "--format", "pdf", "--out", out, "--group", "outlet"}).status, 2);
    CliRun missing = cli({"export", "--store", m_dir.file("none.claimdesk").string(), "--format", "pdf", "--out", out});
    EXPECT_EQ(missing.status, 3);
    EXPECT_THAT(missing.output, HasSubstr("no project at"));
    CliRun help = cli({"export", "--help"});
    EXPECT_EQ(help.status, 0);
    EXPECT_THAT(help.output, HasSubstr("usage: claimdesk-cli export"));
}

}  // namespace
}  // namespace claimdesk
