#include "core/pipeline/workerpool.h"

#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <vector>

namespace claimdesk::pipeline {

int workerThreads() {
    if (const char* value = std::getenv("CLAIMDESK_THREADS")) {
        char* end = nullptr;
        const long n = std::strtol(value, &end, 10);
        if (end != value && *end == '\0' && n > 0 && n <= 256)
            return static_cast<int>(n);
    }
    const unsigned cores = std::thread::hardware_concurrency();
    return cores ? static_cast<int>(cores) : 1;
}

void runInOrder(std::size_t count, int threads, std::size_t ahead, const std::function<void(std::size_t)>& work,
                const std::function<bool(std::size_t)>& take) {
    if (threads <= 1 || count <= 1) {
        for (std::size_t i = 0; i < count; ++i) {
            work(i);
            if (!take(i))
                return;
        }
        return;
    }
    if (ahead == 0)
        ahead = 1;
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<char> done(count, 0);
    std::size_t next = 0;   // the next index to start
    std::size_t taken = 0;  // indexes below this were taken
    bool stop = false;

    auto worker = [&] {
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || next >= count || next < taken + ahead; });
                if (stop || next >= count)
                    return;
                i = next++;
            }
            work(i);
            {
                std::lock_guard lock(mutex);
                done[i] = 1;
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(worker);
    for (std::size_t i = 0; i < count; ++i) {
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return done[i] != 0; });
        }
        const bool more = take(i);
        {
            std::lock_guard lock(mutex);
            taken = i + 1;
            stop = !more;
        }
        changed.notify_all();
        if (!more)
            break;
    }
    for (auto& t : pool)
        t.join();
}

}  // namespace claimdesk::pipeline
