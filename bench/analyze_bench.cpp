// Analyze throughput on one core: MB of article text per second.
//   build/bench/bench_analyze [--benchmark_filter=...]
#include <benchmark/benchmark.h>

#include "core/extract/extractor.h"
#include "core/ingest/ingest.h"
#include "core/pipeline/ingestion.h"
#include "core/store/projectstore.h"
#include "syntheticcorpus.h"

namespace {

using namespace claimdesk;

// Extraction alone, on an article already ingested.
void BM_Extract(benchmark::State& state) {
    auto doc = ingest::loadBytes(bench::syntheticArticle(static_cast<std::size_t>(state.range(0)), 7), "a.txt");
    if (!doc.ok()) {
        state.SkipWithError(doc.error().c_str());
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(extract::analyzeDocument(*doc));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(doc->text.size()));
}
BENCHMARK(BM_Extract)->Arg(4 << 10)->Arg(64 << 10)->Arg(1 << 20);

// Reading the text: layout analysis, metadata and the body.
void BM_IngestText(benchmark::State& state) {
    const std::string text = bench::syntheticArticle(static_cast<std::size_t>(state.range(0)), 11);
    for (auto _ : state)
        benchmark::DoNotOptimize(ingest::loadBytes(text, "a.txt"));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_IngestText)->Arg(4 << 10)->Arg(1 << 20);

// What `claimdesk-cli analyze` does per article: read, extract, store in
// an in-memory project.
void BM_AnalyzeIntoStore(benchmark::State& state) {
    std::vector<std::string> articles;
    for (unsigned i = 0; i < 64; ++i)
        articles.push_back(bench::syntheticArticle(static_cast<std::size_t>(state.range(0)), 100 + i));
    std::int64_t bytes = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto store = store::ProjectStore::open(":memory:");
        state.ResumeTiming();
        for (std::size_t i = 0; i < articles.size(); ++i) {
            auto doc = ingest::loadBytes(articles[i], "a" + std::to_string(i) + ".txt");
            const Analysis analysis = extract::analyzeDocument(*doc);
            benchmark::DoNotOptimize(store->addDocument(*doc, analysis));
            bytes += static_cast<std::int64_t>(articles[i].size());
        }
    }
    state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_AnalyzeIntoStore)->Arg(4 << 10)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
