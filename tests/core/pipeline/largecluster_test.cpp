// Linking into a cluster larger than linking reads whole: the new claim
// joins it, nothing of it is lost or split, and its counts cover every
// member, not only the sample compared.
#include <gtest/gtest.h>

#include <string>

#include "core/pipeline/ingestion.h"
#include "core/store/database.h"
#include "testsupport.h"
#include "storeaccess.h"

namespace claimdesk::pipeline {
namespace {

const Clock kClock = [] { return claimdesk::testing::fixedTime(); };

std::int64_t scalar(store::ProjectStore& store, const std::string& sql) {
    auto stmt = claimdesk::testing::rawDatabase(store).prepare(sql);
    EXPECT_TRUE(stmt.ok()) << sql;
    EXPECT_TRUE(stmt->step()) << sql;
    return stmt->int64(0);
}

// One wire story as outlet `n % outlets` ran it: the same quoted statement
// about a different district.
std::string story(int n, int outlets) {
    return "date 2025-03-05\nBarge grounding closes the river\n\nVELLMAR, March 5 (Outlet" + std::to_string(n % outlets) +
           " Wire) - Mayor Ilona Dzhurenko said that the barge had been carrying diesel fuel when it ran aground "
           "near the water intake of district" + std::to_string(n) + ".\n";
}

TEST(LargeClusterLinking, ANewClaimJoinsTheWholeClusterAndItsCountsCoverEveryMember) {
    claimdesk::testing::TempDir dir;
    auto store = store::ProjectStore::open(dir.file("p.claimdesk").string());
    ASSERT_TRUE(store.ok()) << store.error();
    constexpr int kFirst = 260;  // more than linking reads of one cluster
    constexpr int kOutlets = 13;
    std::vector<std::string> paths;
    for (int n = 0; n < kFirst; ++n)
        paths.push_back(dir.write("in/" + std::to_string(n) + ".txt", story(n, kOutlets)).string());
    auto first = ingestPaths(*store, paths, {}, kClock);
    ASSERT_FALSE(first.anyFailed());
    ASSERT_TRUE(first.linkError.empty()) << first.linkError;
    const std::string biggest =
        "SELECT cluster_id FROM cluster_members WHERE claim_id IS NOT NULL GROUP BY cluster_id "
        "ORDER BY COUNT(*) DESC LIMIT 1";
    const std::int64_t cluster = scalar(*store, biggest);
    ASSERT_EQ(scalar(*store, "SELECT COUNT(*) FROM cluster_members WHERE cluster_id = " + std::to_string(cluster)),
              kFirst)
        << "the story's statement is one cluster";

    // A later outlet, not among the first ones, runs the story too.
    const auto later = dir.write("in/later.txt", story(kFirst, kFirst + 1));
    auto second = ingestPaths(*store, {later.string()}, {}, kClock);
    ASSERT_FALSE(second.anyFailed());
    ASSERT_TRUE(second.linkError.empty()) << second.linkError;

    const std::string where = " WHERE id = " + std::to_string(cluster);
    EXPECT_EQ(scalar(*store, "SELECT COUNT(*) FROM cluster_members WHERE cluster_id = " + std::to_string(cluster)),
              kFirst + 1)
        << "the new claim joined and no member was left behind";
    EXPECT_EQ(scalar(*store, "SELECT COUNT(DISTINCT cluster_id) FROM cluster_members WHERE claim_id IS NOT NULL"), 1);
    EXPECT_EQ(scalar(*store, "SELECT document_count FROM clusters" + where), kFirst + 1);
    EXPECT_EQ(scalar(*store, "SELECT outlet_count FROM clusters" + where), kOutlets + 1)
        << "every outlet of the cluster counts, not only those of the members compared";
    EXPECT_EQ(scalar(*store, "SELECT independent_sources FROM clusters" + where), 1);
}

}  // namespace
}  // namespace claimdesk::pipeline
