// Regression (issue 14): inputs that hung, took minutes or gigabytes. Each
// now ends with a result or one clear line naming the file, well inside a
// watchdog that fails the test instead of letting it hang. The time each
// takes is measured in docs/reliability.md, not asserted here.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>

#include "core/pipeline/ingestion.h"
#include "testsupport.h"
#include "watchdog.h"

namespace claimdesk::pipeline {
namespace {

using ::testing::HasSubstr;
using testing::TempDir;

const Clock kClock = [] { return testing::fixedTime(); };
constexpr int kWatchdogSeconds = 120;  // generous: sanitizer builds run several times slower

std::string digits(std::mt19937& random, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += static_cast<char>('0' + random() % 10);
    return out;
}

class Pathological : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = store::ProjectStore::open(":memory:");
        ASSERT_TRUE(opened.ok()) << opened.error();
        m_store.emplace(std::move(*opened));
    }

    // Ingests one file (and links it) under the watchdog.
    FileOutcome ingest(const std::string& name, const std::string& bytes, const ingest::IngestOptions& options = {}) {
        const auto path = m_dir.write(name, bytes);
        BatchReport report;
        testing::finishesWithin(kWatchdogSeconds, "ingesting " + name, [&] {
            report = ingestPaths(*m_store, {path.string()}, options, kClock);
        });
        EXPECT_EQ(report.outcomes.size(), 1u);
        EXPECT_TRUE(report.linkError.empty()) << report.linkError;
        return report.outcomes.empty() ? FileOutcome{} : report.outcomes.front();
    }

    std::string pathOf(const std::string& name) const { return m_dir.file(name).string(); }

    TempDir m_dir;
    std::optional<store::ProjectStore> m_store;
};

std::string article(std::size_t bytes) {
    std::string out;
    while (out.size() < bytes)
        out += "Mayor Ilona Dzhurenko said on Monday that 40 families had been moved. \"We will reopen the bridge "
               "by 3 March,\" she told reporters. ";
    return out;
}

TEST_F(Pathological, ANulArticleIsNamedAsBinary) {
    std::string text = article(20000);
    text[9000] = '\0';
    const FileOutcome o = ingest("nul.txt", text);
    EXPECT_EQ(o.kind, FileOutcome::Kind::Failed);
    EXPECT_EQ(o.message, pathOf("nul.txt") + ": binary file, not text (a NUL byte at byte 9000)");
}

TEST_F(Pathological, ANulInsideAnHtmlPageIsRead) {
    std::string page = "<html><body><article><p>" + article(20000) + "</p></article></body></html>";
    page[9000] = '\0';
    const FileOutcome o = ingest("nul.html", page);
    EXPECT_EQ(o.kind, FileOutcome::Kind::Added) << o.message;
}

TEST_F(Pathological, ATwentyMegabyteSingleLineIsRefusedAsTooLong) {
    std::string line = article(20'000'000);
    const FileOutcome o = ingest("line.txt", line);
    EXPECT_EQ(o.kind, FileOutcome::Kind::Failed);
    EXPECT_THAT(o.message, HasSubstr(pathOf("line.txt") + ": text too long ("));
}

TEST_F(Pathological, AFiftyMegabyteTextIsRefusedAsTooLong) {
    const FileOutcome o = ingest("big.txt", article(50'000'000));
    EXPECT_EQ(o.kind, FileOutcome::Kind::Failed);
    EXPECT_THAT(o.message, HasSubstr(pathOf("big.txt") + ": text too long ("));
}

TEST_F(Pathological, HtmlNestedAHundredThousandDeepIsRefused) {
    std::string page = "<html><body>";
    for (int i = 0; i < 100000; ++i)
        page += "<div>";
    page += "<p>The minister said 40 people came on Monday.</p>";
    for (int i = 0; i < 100000; ++i)
        page += "</div>";
    const FileOutcome o = ingest("deep.html", page + "</body></html>");
    EXPECT_EQ(o.kind, FileOutcome::Kind::Failed);
    EXPECT_EQ(o.message, pathOf("deep.html") + ": HTML nested more than 1000 elements deep (the limit)");
}

TEST_F(Pathological, FiveThousandDigitNumbersAreRead) {
    // 264 KB of sentences whose figures have 5,000 digits: plain, grouped by
    // commas, grouped by spaces, and with a decimal point.
    std::mt19937 random(14);
    std::string text;
    for (int form = 0; text.size() < 264'000; form = (form + 1) % 4) {
        std::string number = digits(random, 5000);
        if (form == 1 || form == 2)
            for (std::size_t at = 3; at < number.size(); at += 4)
                number.insert(at, 1, form == 1 ? ',' : ' ');
        if (form == 3)
            number[2500] = '.';
        text += "The ministry said " + number + " people were moved, officials said.\n\n";
    }
    const FileOutcome o = ingest("digits.txt", text);
    // A comma-grouped number is one 6,666-character run: under the limit.
    EXPECT_EQ(o.kind, FileOutcome::Kind::Added) << o.message;
}

TEST_F(Pathological, WordsAtTheLengthLimitAreRead) {
    std::mt19937 random(14);
    const std::string alphabet = "abcdefghij0123456789,.-'";
    std::string text = "The minister said ";
    while (text.size() < 264'000) {
        for (int i = 0; i < 9999; ++i)
            text += alphabet[random() % alphabet.size()];
        text += " yesterday. ";
    }
    const FileOutcome o = ingest("words.txt", text);
    EXPECT_EQ(o.kind, FileOutcome::Kind::Added) << o.message;
}

TEST_F(Pathological, ALongerRunIsRefusedNamingWhereItStarts) {
    const FileOutcome o = ingest("run.txt", "The minister said " + std::string(20000, 'x') + " yesterday.");
    EXPECT_EQ(o.kind, FileOutcome::Kind::Failed);
    EXPECT_EQ(o.message, pathOf("run.txt") +
                             ": a run of more than 10000 characters without a space at character 18 (the limit is 10000)");
}

TEST_F(Pathological, AnArticleOverTheTimeLimitIsRefusedAndNothingIsStored) {
    ingest::IngestOptions options;
    options.maxAnalysisSeconds = 0;
    const FileOutcome o = ingest("slow.txt", article(4000), options);
    EXPECT_EQ(o.kind, FileOutcome::Kind::Failed);
    EXPECT_EQ(o.message, pathOf("slow.txt") + ": reading and analysing it took longer than the limit of 0 s");
    auto documents = m_store->documents();
    ASSERT_TRUE(documents.ok());
    EXPECT_TRUE(documents->empty());
}

}  // namespace
}  // namespace claimdesk::pipeline
