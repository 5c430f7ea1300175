// claimdesk-cli under the conditions of issue 14: outputs that are not
// regular files, file names with newlines, a bad file inside a batch, and a
// run that must leave a record of each file as it is committed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "clirun.h"
#include "core/store/database.h"
#include "testsupport.h"

namespace claimdesk {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::CliRun;
using testing::TempDir;

CliRun cli(const std::vector<std::string>& args) { return testing::runCli(args); }

const char* const kArticle =
    "date 2025-03-05\nBarge closes river\n\nMayor Ilona Dzhurenko said that the barge had been carrying diesel "
    "fuel when it ran aground near the water intake.\n";
const char* const kOtherArticle =
    "date 2025-03-05\nRiver closed after grounding\n\nMayor Ilona Djurenko said that the barge was carrying "
    "diesel fuel when it ran aground close to the water intake.\n";

mode_t modeOf(const std::string& path) {
    struct stat st{};
    ::lstat(path.c_str(), &st);
    return st.st_mode;
}

// /dev/null itself, or (as root, who could replace it) a private node with
// its device numbers, so that a regression harms nothing.
std::string nullDevice(const TempDir& dir) {
    if (::geteuid() != 0)
        return "/dev/null";
    const std::string node = dir.file("null").string();
    ::mknod(node.c_str(), S_IFCHR | 0666, makedev(1, 3));
    return node;
}

TEST(CliOutput, ANullDeviceAndStandardOutputWorkAndTheDeviceStaysOne) {
    TempDir dir;
    const auto article = dir.write("a.txt", kArticle);
    const std::string device = nullDevice(dir);
    CliRun analyzed = cli({"analyze", "--json", device, article.string()});
    EXPECT_EQ(analyzed.status, 0) << analyzed.output;
    EXPECT_TRUE(S_ISCHR(modeOf(device))) << device << " is no longer a device";

    CliRun toStdout = cli({"analyze", "--json", "-", article.string()});
    ASSERT_EQ(toStdout.status, 0) << toStdout.output;
    EXPECT_EQ(nlohmann::json::parse(toStdout.output)["documents"].size(), 1u);

    const std::string store = dir.file("p.claimdesk").string();
    ASSERT_EQ(cli({"ingest", "--store", store, article.string()}).status, 0);
    for (const char* format : {"csv", "json", "w3c"}) {
        CliRun exported = cli({"export", "--store", store, "--format", format, "--out", device});
        EXPECT_EQ(exported.status, 0) << format << ": " << exported.output;
    }
    EXPECT_TRUE(S_ISCHR(modeOf(device)));
}

TEST(CliOutput, ASymbolicLinkIsWrittenThrough) {
    TempDir dir;
    const auto article = dir.write("a.txt", kArticle);
    const auto target = dir.write("exports/latest.json", "old");
    const std::string link = dir.file("latest.json").string();
    std::filesystem::create_symlink(target, link);
    ASSERT_EQ(cli({"analyze", "--json", link, article.string()}).status, 0);
    EXPECT_TRUE(S_ISLNK(modeOf(link)));
    EXPECT_EQ(nlohmann::json::parse(testing::readFile(target))["documents"].size(), 1u);
}

TEST(CliOutput, ANewlineInAFileNameDoesNotSplitItsLine) {
    TempDir dir;
    dir.write("in/two\nlines.txt", kArticle);
    const std::string store = dir.file("p.claimdesk").string();
    CliRun r = cli({"ingest", "--store", store, (dir.path() / "in").string()});
    ASSERT_EQ(r.status, 0) << r.output;
    EXPECT_THAT(r.output, HasSubstr("added      " + (dir.path() / "in").string() + "/two\\nlines.txt\n"));
    EXPECT_THAT(r.output, Not(HasSubstr("two\nlines")));
}

TEST(CliIngest, ANulByteFileIsNamedAndTheRestOfTheBatchIsStoredAndLinked) {
    TempDir dir;
    dir.write("in/a.txt", kArticle);
    std::string nul(12000, ' ');
    for (std::size_t i = 0; i + 60 < nul.size(); i += 61)
        nul.replace(i, 60, "The minister said the talks would resume on Monday morning. ");
    nul[9000] = '\0';
    dir.write("in/b-nul.txt", nul);
    dir.write("in/c.txt", kOtherArticle);
    const std::string store = dir.file("p.claimdesk").string();
    CliRun r = cli({"ingest", "--store", store, (dir.path() / "in").string()});
    EXPECT_EQ(r.status, 1) << r.output;
    EXPECT_THAT(r.output, HasSubstr("error: " + (dir.path() / "in" / "b-nul.txt").string() +
                                    ": binary file, not text (a NUL byte at byte 9000)"));
    EXPECT_THAT(r.output, HasSubstr("2 added, 0 already stored, 1 failed"));
    const auto claims = nlohmann::json::parse(cli({"claims", "--store", store, "--json"}).output);
    ASSERT_EQ(claims.size(), 2u);
    EXPECT_EQ(claims[0]["cluster"], claims[1]["cluster"]) << "the documents around the bad one were linked";
}

TEST(CliIngest, AFailureInsideTheEngineIsThatFilesErrorAndTheBatchGoesOn) {
    // Without its lexicons the engine throws for every file: each is named
    // in one line and the run ends as for bad inputs, not as a crash.
    TempDir dir;
    dir.write("in/a.txt", kArticle);
    dir.write("in/b.txt", kOtherArticle);
    const std::string store = dir.file("p.claimdesk").string();
    CliRun r = testing::runCli({"ingest", "--store", store, (dir.path() / "in").string()},
                               "CLAIMDESK_DATA_DIR=" + dir.file("nowhere").string());
    EXPECT_EQ(r.status, 1) << r.output;
    for (const char* name : {"a.txt", "b.txt"})
        EXPECT_THAT(r.output, HasSubstr("error: " + (dir.path() / "in" / name).string() +
                                        ": internal error: lexicon file missing"));
    EXPECT_THAT(r.output, HasSubstr("0 added, 0 already stored, 2 failed"));
}

TEST(CliIngest, AnArticleIsReadFromAPipe) {
    TempDir dir;
    const auto article = dir.write("a.txt", kArticle);
    const std::string store = dir.file("p.claimdesk").string();
    CliRun r = testing::runCli({"ingest", "--store", store, "/dev/stdin"}, "cat '" + article.string() + "' |");
    EXPECT_EQ(r.status, 0) << r.output;
    EXPECT_THAT(r.output, HasSubstr("added      /dev/stdin\n"));
}

TEST(CliReview, AReviewAfterAnImportDatedInTheFutureBecomesTheStatus) {
    TempDir dir;
    const auto article = dir.write("a.txt", kArticle);
    const std::string store = dir.file("p.claimdesk").string();
    ASSERT_EQ(cli({"ingest", "--store", store, article.string()}).status, 0);
    // An export from a machine whose clock runs far ahead, confirming claim 1.
    const std::string theirs = dir.file("theirs.claimdesk").string();
    ASSERT_EQ(cli({"ingest", "--store", theirs, article.string()}).status, 0);
    ASSERT_EQ(cli({"review", "--store", theirs, "--claim", "1", "--status", "confirmed", "--analyst", "dee"}).status, 0);
    const std::string w3c = dir.file("theirs.jsonld").string();
    ASSERT_EQ(cli({"export", "--store", theirs, "--format", "w3c", "--out", w3c}).status, 0);
    std::string text = testing::readFile(w3c);
    const std::size_t at = text.find("\"at\": \"");
    ASSERT_NE(at, std::string::npos);
    text.replace(at + 7, 4, "2099");
    dir.write("theirs.jsonld", text);

    CliRun imported = cli({"import", "--store", store, "--w3c", w3c});
    ASSERT_EQ(imported.status, 0) << imported.output;
    EXPECT_THAT(cli({"claims", "--store", store, "--status", "confirmed"}).output, HasSubstr("1\tconfirmed"));

    CliRun review = cli({"review", "--store", store, "--claim", "1", "--status", "rejected", "--analyst", "ana"});
    EXPECT_EQ(review.status, 0) << review.output;
    EXPECT_THAT(review.output, HasSubstr("claim 1: rejected"));
    EXPECT_THAT(cli({"claims", "--store", store, "--status", "rejected"}).output, HasSubstr("1\trejected"))
        << "the review is the status, not the import dated 2099";

    // Importing the same file again conflicts with the review: listed, and
    // the review stands.
    const std::string other = dir.file("other.jsonld").string();
    ASSERT_EQ(cli({"review", "--store", theirs, "--claim", "1", "--status", "confirmed", "--reason", "again",
                   "--analyst", "dee"}).status, 0);
    ASSERT_EQ(cli({"export", "--store", theirs, "--format", "w3c", "--out", other}).status, 0);
    CliRun conflicting = cli({"import", "--store", store, "--w3c", other});
    EXPECT_EQ(conflicting.status, 1) << conflicting.output;
    EXPECT_THAT(conflicting.output, HasSubstr("1 conflicting decisions kept in history, not applied"));
    EXPECT_THAT(conflicting.output, HasSubstr("but is rejected (by ana"));
    EXPECT_THAT(cli({"claims", "--store", store, "--status", "rejected"}).output, HasSubstr("1\trejected"));
}

// A running claimdesk-cli whose output (stdout and stderr) is a pipe.
struct Running {
    pid_t pid = -1;
    int output = -1;
};

Running start(const std::vector<std::string>& args) {
    int fds[2];
    if (::pipe(fds) != 0)
        return {};
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(fds[1], 1);
        ::dup2(fds[1], 2);
        ::close(fds[0]);
        // One document per transaction, so that a kill comes between commits.
        ::setenv("CLAIMDESK_DOCUMENTS_PER_TRANSACTION", "1", 1);
        std::vector<char*> argv{const_cast<char*>(CLAIMDESK_CLI)};
        for (const auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(CLAIMDESK_CLI, argv.data());
        ::_exit(127);
    }
    ::close(fds[1]);
    return {pid, fds[0]};
}

std::int64_t storedDocuments(const std::string& path) {
    auto db = store::Database::open(path);
    if (!db)
        return 0;
    auto count = db->prepare("SELECT COUNT(*) FROM documents");
    return count && count->step() ? count->int64(0) : 0;
}

TEST(CliIngest, ARunKilledHalfWayHasReportedWhatItCommitted) {
    TempDir dir;
    for (int i = 0; i < 40; ++i)
        dir.write("in/" + std::to_string(100 + i) + ".txt",
                  std::string(kArticle) + "Article " + std::to_string(i) + " adds that the river stays closed.\n");
    const std::string store = dir.file("p.claimdesk").string();
    Running run = start({"ingest", "--store", store, (dir.path() / "in").string()});
    ASSERT_GT(run.pid, 0);
    // Killed once at least two files are in: the first two reports are due.
    std::int64_t stored = 0;
    for (int tries = 0; tries < 6000 && stored < 2; ++tries) {
        ::usleep(5000);
        if (std::filesystem::exists(store))
            stored = storedDocuments(store);
    }
    ::kill(run.pid, SIGKILL);
    int status = 0;
    ::waitpid(run.pid, &status, 0);
    std::string printed;
    char buffer[4096];
    for (ssize_t n; (n = ::read(run.output, buffer, sizeof buffer)) > 0;)
        printed.append(buffer, static_cast<std::size_t>(n));
    ::close(run.output);
    stored = storedDocuments(store);
    ASSERT_GE(stored, 2);
    if (stored == 40)
        GTEST_SKIP() << "the run ended before it could be killed";
    std::int64_t reported = 0;
    for (std::size_t at = printed.find("added      "); at != std::string::npos; at = printed.find("added      ", at + 1))
        ++reported;
    // The file being committed when the kill came may not be reported yet.
    EXPECT_GE(reported, stored - 1) << printed;
    EXPECT_LE(reported, stored) << printed;
}

}  // namespace
}  // namespace claimdesk
