// Fault tests of linking across processes (issue: storing and linking as
// one unit; no lost update of an analyst's cluster move during an ingest):
// ingests killed with SIGKILL at random points, and an ingest running
// while an analyst moves claims and reviews them from another process.

#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <random>
#include <thread>

#include "clirun.h"
#include "core/store/projectstore.h"
#include "syntheticnews.h"
#include "testsupport.h"
#include "storeaccess.h"

namespace claimdesk::testing {
namespace {

using Clock = std::chrono::steady_clock;

// Starts claimdesk-cli with `args`, its output thrown away.
pid_t spawnCli(const std::vector<std::string>& args) {
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        std::vector<char*> argv{const_cast<char*>(CLAIMDESK_CLI)};
        for (const auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(CLAIMDESK_CLI, argv.data());
        _exit(127);
    }
    return pid;
}

// Whether the child had exited by itself; kills it otherwise.
bool killAndReap(pid_t pid) {
    int status = 0;
    const bool exited = waitpid(pid, &status, WNOHANG) == pid;
    if (!exited) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
    }
    return exited;
}

std::int64_t scalar(store::ProjectStore& s, const std::string& sql) {
    auto stmt = claimdesk::testing::rawDatabase(s).prepare(sql);
    EXPECT_TRUE(stmt.ok()) << sql;
    if (!stmt || !stmt->step())
        return -1;
    return stmt->int64(0);
}

std::string text(store::ProjectStore& s, const std::string& sql) {
    auto stmt = claimdesk::testing::rawDatabase(s).prepare(sql);
    if (!stmt || !stmt->step())
        return {};
    return stmt->text(0);
}

// Folders of synthetic news, `perFolder` articles each, stories shared
// across folders so that later ones link into earlier clusters.
std::vector<std::filesystem::path> writeCorpus(const TempDir& dir, int folders, int perFolder) {
    std::vector<std::filesystem::path> out;
    const std::size_t total = static_cast<std::size_t>(folders * perFolder);
    for (int f = 0; f < folders; ++f) {
        out.push_back(dir.path() / ("batch" + std::to_string(f)));
        for (int i = 0; i < perFolder; ++i) {
            const auto article = bench::syntheticNews(static_cast<std::size_t>(f * perFolder + i), total, 14);
            dir.write("batch" + std::to_string(f) + "/" + article.fileName, article.text);
        }
    }
    return out;
}

class LinkFaults : public ::testing::Test {
protected:
    void SetUp() override {
        m_folders = writeCorpus(m_dir, 4, 10);
        m_project = m_dir.file("p.claimdesk").string();
    }

    CliRun cli(const std::vector<std::string>& args) { return runCli(args); }

    store::ProjectStore openStore() {
        auto s = store::ProjectStore::open(m_project);
        EXPECT_TRUE(s.ok()) << s.error();
        return std::move(*s);
    }

    TempDir m_dir;
    std::vector<std::filesystem::path> m_folders;
    std::string m_project;
};

TEST_F(LinkFaults, IngestsKilledAtRandomPointsLoseNoLinkNoDocumentAndNoDecision) {
    // The claims each file yields, from a project no one killed.
    const std::string reference = m_dir.file("reference.claimdesk").string();
    const auto started = Clock::now();
    std::vector<std::string> all{"ingest", "--store", reference};
    for (const auto& f : m_folders)
        all.push_back(f.string());
    ASSERT_EQ(runCli(all).status, 0);
    const double fullRun = std::chrono::duration<double>(Clock::now() - started).count();
    std::map<std::string, std::int64_t> claimsOf;
    {
        auto ref = store::ProjectStore::open(reference);
        ASSERT_TRUE(ref.ok());
        auto stmt = claimdesk::testing::rawDatabase(*ref).prepare(
            "SELECT d.file_name, (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id) FROM documents d");
        while (stmt->step())
            claimsOf[stmt->text(0)] = stmt->int64(1);
    }
    ASSERT_EQ(claimsOf.size(), 40u);

    // Decisions made before the kills: a review and a pinned move.
    ASSERT_EQ(cli({"ingest", "--store", m_project, m_folders[0].string()}).status, 0);
    ASSERT_EQ(cli({"review", "--store", m_project, "--claim", "2", "--status", "rejected", "--analyst", "t"}).status, 0);
    ASSERT_EQ(cli({"cluster", "--store", m_project, "--claim", "3", "--new"}).status, 0);
    std::int64_t movedInto;
    {
        auto s = openStore();
        movedInto = scalar(s, "SELECT cluster_id FROM cluster_members WHERE claim_id = 3");
    }

    std::mt19937 random(1414);
    // A run of one folder takes about a quarter of the reference run.
    std::uniform_real_distribution<double> when(0.0, fullRun / 4);
    int killedMidway = 0;
    const int trials = 24;
    for (int trial = 0; trial < trials; ++trial) {
        const auto& folder = m_folders[1 + static_cast<std::size_t>(trial) % 3];
        const pid_t pid = spawnCli({"ingest", "--store", m_project, folder.string()});
        std::this_thread::sleep_for(std::chrono::duration<double>(when(random)));
        if (!killAndReap(pid))
            ++killedMidway;

        // The next open finishes what the killed run left.
        ASSERT_EQ(cli({"claims", "--store", m_project}).status, 0) << "trial " << trial;
        auto s = openStore();
        SCOPED_TRACE("trial " + std::to_string(trial));
        EXPECT_EQ(text(s, "PRAGMA integrity_check"), "ok");
        EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM pragma_foreign_key_check"), 0);
        auto docs = claimdesk::testing::rawDatabase(s).prepare(
            "SELECT d.file_name, (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id), "
            "(SELECT COUNT(*) FROM documents_fts f WHERE f.rowid = d.id) FROM documents d");
        while (docs->step()) {
            EXPECT_EQ(docs->int64(1), claimsOf.at(docs->text(0))) << "partial document " << docs->text(0);
            EXPECT_EQ(docs->int64(2), 1) << docs->text(0);
        }
        // Every claim linked, but the one whose attribution is wrong: it is
        // set aside from every cluster.
        EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM claims WHERE status <> 'rejected' AND id NOT IN "
                            "(SELECT claim_id FROM cluster_members WHERE claim_id IS NOT NULL)"),
                  0);
        EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM cluster_members WHERE claim_id = 2"), 0);
        EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM link_pending_claims"), 0);
        EXPECT_EQ(text(s, "SELECT status FROM claims WHERE id = 2"), "rejected");
        EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM review_history WHERE claim_id = 2"), 1);
        EXPECT_EQ(scalar(s, "SELECT cluster_id FROM cluster_members WHERE claim_id = 3 AND pinned = 1"), movedInto);
    }
    // Many runs were cut short, not finished before the kill.
    EXPECT_GE(killedMidway, trials / 4);
    // A run that is not killed stores what the killed ones did not, each
    // file once, every claim linked.
    std::vector<std::string> rest{"ingest", "--store", m_project};
    for (const auto& f : m_folders)
        rest.push_back(f.string());
    ASSERT_EQ(cli(rest).status, 0);
    auto s = openStore();
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM documents"), 40);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM link_pending_claims"), 0);
    EXPECT_EQ(text(s, "SELECT status FROM claims WHERE id = 2"), "rejected");
}

TEST_F(LinkFaults, MovesAndReviewsMadeWhileAnotherProcessIngestsSurvive) {
    ASSERT_EQ(cli({"ingest", "--store", m_project, m_folders[0].string()}).status, 0);
    std::vector<std::int64_t> claims;
    {
        auto s = openStore();
        auto stmt = claimdesk::testing::rawDatabase(s).prepare("SELECT id FROM claims ORDER BY id LIMIT 12");
        while (stmt->step())
            claims.push_back(stmt->int64(0));
    }
    ASSERT_EQ(claims.size(), 12u);
    const pid_t ingest =
        spawnCli({"ingest", "--store", m_project, m_folders[1].string(), m_folders[2].string(), m_folders[3].string()});
    // The analyst's loop, as long as the ingest runs (and at least once round).
    std::map<std::int64_t, std::int64_t> movedInto;
    std::map<std::int64_t, std::string> status;
    int round = 0;
    int duringIngest = 0;
    for (bool running = true; running || round < 1; ++round) {
        for (std::int64_t id : claims) {
            running = waitpid(ingest, nullptr, WNOHANG) == 0;
            duringIngest += running;
            const std::string claim = std::to_string(id);
            const CliRun moved = cli({"cluster", "--store", m_project, "--claim", claim, "--new"});
            ASSERT_EQ(moved.status, 0) << moved.output;
            movedInto[id] = std::stoll(moved.output.substr(moved.output.find("in cluster ") + 11));
            const std::string decision = (round + id) % 2 ? "confirmed" : "rejected";
            ASSERT_EQ(cli({"review", "--store", m_project, "--claim", claim, "--status", decision, "--analyst", "t"}).status,
                      0);
            status[id] = decision;
            if (!running)
                break;
        }
        if (round > 200)
            break;
    }
    if (waitpid(ingest, nullptr, WNOHANG) == 0)
        waitpid(ingest, nullptr, 0);
    EXPECT_GT(duringIngest, 0) << "the ingest ended before the analyst began";
    EXPECT_FALSE(movedInto.empty());

    auto s = openStore();
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM documents"), 40);
    for (const auto& [id, cluster] : movedInto) {
        // A claim whose attribution ended wrong is set aside from the
        // cluster it was moved into, which is remembered, pinned.
        const bool rejected = status[id] == "rejected";
        const std::string where = " WHERE claim_id = " + std::to_string(id);
        const std::string placed = rejected ? "cluster_set_aside" : "cluster_members";
        EXPECT_EQ(scalar(s, "SELECT cluster_id FROM " + placed + where), cluster) << "claim " << id;
        EXPECT_EQ(scalar(s, "SELECT pinned FROM " + placed + where), 1) << "claim " << id;
        if (rejected) {
            EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM cluster_members" + where), 0) << "claim " << id;
        }
        EXPECT_EQ(text(s, "SELECT status FROM claims WHERE id = " + std::to_string(id)), status[id]) << "claim " << id;
    }
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM claims WHERE status <> 'rejected' AND id NOT IN "
                        "(SELECT claim_id FROM cluster_members WHERE claim_id IS NOT NULL)"),
              0);
}

}  // namespace
}  // namespace claimdesk::testing
