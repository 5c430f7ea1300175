// Extraction alone on given article files, on one core, best of three runs:
//   build/bench/bench_extract FILE|FOLDER...
// Each file is read and its layout analysed (the body found) first, outside
// the timing; then every document is extracted (timexes, attributions,
// speakers, figures, stated_on, events) three times over and the fastest
// run counts. The last line is
//   extract: N files, X MB, Y s, Z MB/s
// where X counts the files' bytes, so that the figure compares with any
// other tool run over the same files (bench/extract_vs_chrono.sh), and Y is
// the CPU time the process spent extracting: the development machine is
// shared, and on a loaded machine wall time measures the scheduler more
// than the code. Each run line shows both.

#include <sched.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "core/extract/extractor.h"
#include "core/ingest/ingest.h"

namespace {

using namespace claimdesk;

// One core: the process stays on the CPU it started on, so a run is not
// spread over (or migrated between) cores.
void pinToOneCore() {
    const int cpu = sched_getcpu();
    if (cpu < 0)
        return;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    sched_setaffinity(0, sizeof(set), &set);
}

double processCpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_extract FILE|FOLDER...\n");
        return 2;
    }
    pinToOneCore();
    const ingest::CollectedPaths paths = ingest::collectArticles(std::vector<std::string>(argv + 1, argv + argc));
    for (const auto& error : paths.errors)
        std::fprintf(stderr, "bench_extract: %s\n", error.c_str());
    std::vector<Document> documents;
    std::size_t bytes = 0;
    for (const auto& path : paths.files) {
        auto document = ingest::loadFile(path);
        if (!document) {
            std::fprintf(stderr, "bench_extract: %s\n", document.error().c_str());
            continue;
        }
        bytes += document->original.size();
        documents.push_back(std::move(*document));
    }
    if (documents.empty()) {
        std::fprintf(stderr, "bench_extract: no article could be read\n");
        return 1;
    }
    constexpr int kRuns = 3;
    double best = 0;
    std::size_t found = 0;
    for (int run = 0; run < kRuns; ++run) {
        found = 0;
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = processCpuSeconds();
        for (const Document& document : documents) {
            const Analysis analysis = extract::analyzeDocument(document);
            found += analysis.claims.size() + analysis.timexes.size() + analysis.events.size();
        }
        const double seconds = processCpuSeconds() - cpuStart;
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("run %d: %.3f s CPU, %.3f s wall\n", run + 1, seconds, wall);
        if (run == 0 || seconds < best)
            best = seconds;
    }
    const double megabytes = static_cast<double>(bytes) / 1e6;
    std::printf("found %zu claims, timexes and events per run\n", found);
    std::printf("extract: %zu files, %.2f MB, %.3f s, %.1f MB/s\n", documents.size(), megabytes, best,
                megabytes / best);
    return 0;
}
