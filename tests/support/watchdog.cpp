#include "watchdog.h"

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

namespace claimdesk::testing {

void finishesWithin(int seconds, const std::string& what, const std::function<void()>& work) {
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    std::thread watcher([&] {
        std::unique_lock lock(mutex);
        if (!finished.wait_for(lock, std::chrono::seconds(seconds), [&] { return done; })) {
            std::fprintf(stderr, "FAILED: %s did not finish within %d s\n", what.c_str(), seconds);
            std::fflush(stderr);
            std::_Exit(1);
        }
    });
    auto stop = [&] {
        {
            std::lock_guard lock(mutex);
            done = true;
        }
        finished.notify_one();
        watcher.join();
    };
    try {
        work();
    } catch (...) {
        stop();
        throw;
    }
    stop();
}

}  // namespace claimdesk::testing
