// The claim table's queries on a large project: the first page of 200
// claims in each sort order, a deep page, and the text filter. The
// project is written once with plain SQL (documents, speakers, claims in
// clusters of one to three spanning documents, the claims' full-text
// index), which is much faster than
// ingesting that many articles and gives the same tables.
//   build/bench/bench_claimtable [--benchmark_filter=...]
// CLAIMDESK_BENCH_CLAIMS sets the number of claims (default 1,000,000);
// CLAIMDESK_BENCH_PROJECT runs the queries on an existing project instead
// (bench/scale.sh does, on the project it ingested).

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "core/store/database.h"
#include "core/store/projectstore.h"

namespace {

using claimdesk::ClaimStatus;
using claimdesk::store::ClaimQuery;
using claimdesk::store::Database;
using claimdesk::store::ProjectStore;
using claimdesk::store::Statement;

constexpr int kClaimsPerDocument = 500;

const char* existingProject() { return std::getenv("CLAIMDESK_BENCH_PROJECT"); }

int claimCount() {
    const char* n = std::getenv("CLAIMDESK_BENCH_CLAIMS");
    return n ? std::max(1000, std::atoi(n)) : 1'000'000;
}

void check(const claimdesk::Status& s) {
    if (!s.ok())
        throw std::runtime_error(s.error());
}

Statement prepare(Database& db, const char* sql) {
    auto stmt = db.prepare(sql);
    if (!stmt)
        throw std::runtime_error(stmt.error());
    return *std::move(stmt);
}

// Writes beside the store, on a connection of its own, into the tables the
// store made: a fixture, not a way a caller writes a project.
void writeProject(const std::string& path, int claims) {
    auto opened = Database::open(path);
    if (!opened)
        throw std::runtime_error(opened.error());
    Database& db = *opened;
    claimdesk::store::Transaction tx(db);
    check(tx.started());
    check(db.exec("INSERT INTO outlets(name) VALUES ('Harbour Ledger'), ('River Post'), ('Valley Wire')"));
    check(db.exec("INSERT INTO speakers(name, kind) VALUES ('Ada Berg','person'), ('Ben Cole','person'), "
                  "('Port Authority','organization')"));
    Statement doc = prepare(db,
                            "INSERT INTO documents(sha256, file_name, file_path, media_type, original, text, outlet_id, "
                            "title, published, body_start, body_end, ingested_at) "
                            "VALUES (?, ?, ?, 'text/plain', '', '', ?, ?, '2025-03-01', 0, 0, '2025-03-01T00:00:00Z')");
    Statement claim = prepare(db,
                              "INSERT INTO claims(document_id, speaker_id, kind, content_start, content_end, content, "
                              "stated_on, status) VALUES (?, ?, 'indirect', ?, ?, ?, ?, ?)");
    Statement text = prepare(db, "INSERT INTO claims_fts(rowid, content) VALUES (?, ?)");
    Statement cluster = prepare(db, "INSERT INTO clusters(kind) VALUES ('claim')");
    Statement member = prepare(db, "INSERT INTO cluster_members(cluster_id, claim_id) VALUES (?, ?)");
    const int documents = (claims + kClaimsPerDocument - 1) / kClaimsPerDocument;
    for (int d = 1; d <= documents; ++d) {
        const std::string name = "article-" + std::to_string(d) + ".txt";
        doc.bind(1, "sha-" + std::to_string(d)).bind(2, name).bind(3, "/corpus/" + name);
        doc.bind(4, 1 + d % 3).bind(5, "Article " + std::to_string(d));
        check(doc.run());
    }
    // Claim i is in document i % documents + 1, so consecutive claims are in
    // different documents and a cluster of consecutive claims spans several.
    std::int64_t clusterId = 0;
    int left = 0;
    for (int i = 0; i < claims; ++i) {
        const std::string content = "the harbour will reopen after " + std::to_string(i) + " days of repairs";
        claim.bind(1, std::int64_t{i % documents + 1}).bind(2, std::int64_t{1 + i % 3});
        claim.bind(3, std::int64_t{i}).bind(4, std::int64_t{i + 40}).bind(5, content);
        claim.bind(6, "2025-03-" + std::to_string(10 + i % 19));
        claim.bind(7, i % 50 == 0 ? "confirmed" : i % 97 == 0 ? "rejected" : "extracted");
        check(claim.run());
        const std::int64_t claimId = db.lastInsertId();
        text.bind(1, claimId).bind(2, content);
        check(text.run());
        if (left == 0) {
            check(cluster.run());
            clusterId = db.lastInsertId();
            left = 1 + i % 3;
        }
        member.bind(1, clusterId).bind(2, claimId);
        check(member.run());
        --left;
    }
    check(tx.commit());
}

// One project for the whole run, written on first use.
ProjectStore& project() {
    static ProjectStore* store = [] {
        if (const char* existing = existingProject()) {
            auto opened = ProjectStore::open(existing);
            if (!opened)
                throw std::runtime_error(opened.error());
            return new ProjectStore(*std::move(opened));
        }
        const auto path = std::filesystem::temp_directory_path() / "claimdesk-bench-claimtable.claimdesk";
        for (const char* suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(path.string() + suffix);
        auto opened = ProjectStore::open(path.string());
        if (!opened)
            throw std::runtime_error(opened.error());
        writeProject(path.string(), claimCount());
        return new ProjectStore(*std::move(opened));
    }();
    return *store;
}

void runPage(benchmark::State& state, ClaimQuery query) {
    ProjectStore& store = project();
    query.limit = 200;
    for (auto _ : state) {
        auto rows = store.claims(query);
        if (!rows || rows->empty())
            state.SkipWithError(rows ? "no rows" : rows.error().c_str());
        benchmark::DoNotOptimize(rows);
    }
    if (!existingProject())
        state.counters["claims"] = claimCount();
}

void BM_FirstPage(benchmark::State& state) {
    ClaimQuery q;
    q.order = static_cast<ClaimQuery::Order>(state.range(0));
    runPage(state, q);
}
BENCHMARK(BM_FirstPage)
    ->ArgName("order")
    ->Arg(static_cast<int>(ClaimQuery::Order::Document))
    ->Arg(static_cast<int>(ClaimQuery::Order::Speaker))
    ->Arg(static_cast<int>(ClaimQuery::Order::StatedOn))
    ->Arg(static_cast<int>(ClaimQuery::Order::Cluster))
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

// A page 40% of the way down, as the table asks for it: continuing after
// the last row it holds (keyset paging). The row is found once, untimed.
void BM_DeepPage(benchmark::State& state) {
    ClaimQuery q;
    q.order = static_cast<ClaimQuery::Order>(state.range(0));
    const auto all = project().countClaims({});
    ClaimQuery anchor = q;
    anchor.offset = (all ? *all : 0) * 2 / 5;
    anchor.limit = 1;
    const auto row = project().claims(anchor);
    if (!row || row->empty()) {
        state.SkipWithError("no row to continue after");
        return;
    }
    q.after = row->front().id;
    runPage(state, q);
}
BENCHMARK(BM_DeepPage)
    ->ArgName("order")
    ->Arg(static_cast<int>(ClaimQuery::Order::Document))
    ->Arg(static_cast<int>(ClaimQuery::Order::StatedOn))
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

void BM_RareStatus(benchmark::State& state) {
    ClaimQuery q;
    q.status = ClaimStatus::Rejected;
    runPage(state, q);
}
BENCHMARK(BM_RareStatus)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_TextFilter(benchmark::State& state) {
    ClaimQuery q;
    q.text = "after 999 days";
    runPage(state, q);
}
BENCHMARK(BM_TextFilter)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
