#pragma once

// Work on every core, results in order: `work(i)` runs for each index on a
// pool of threads while the calling thread takes the results in index
// order, so what it writes (ids, exports) does not depend on which thread
// finished first. Plain std::thread: the core stays free of Qt.

#include <cstddef>
#include <functional>

namespace claimdesk::pipeline {

// Threads for parallel work: CLAIMDESK_THREADS when set to a positive
// number, else one per core.
int workerThreads();

// Runs work(0..count-1) on `threads` threads (1: all on the calling thread,
// no pool) and calls take(i) on the calling thread in index order as each
// result is ready; at most `ahead` results wait to be taken. When take
// returns false no further work starts and take is not called again.
// `work` must only touch its own index's data.
void runInOrder(std::size_t count, int threads, std::size_t ahead, const std::function<void(std::size_t)>& work,
                const std::function<bool(std::size_t)>& take);

}  // namespace claimdesk::pipeline
