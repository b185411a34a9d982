#include "extract/extractor.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

namespace kg::extract {

Extractor::Extractor(ExtractOptions options)
    : options_(options), dictionary_(std::make_unique<LinkDictionary>()) {
    options_.threads = std::max(1u, options_.threads);
}

Extractor::~Extractor() = default;

std::vector<DocumentClaims> Extractor::readAll(std::size_t count,
                                               const std::function<Document(std::size_t)>& load,
                                               const ProgressCallback& progress) {
    std::vector<DocumentClaims> results(count);
    std::atomic<std::size_t> next{0};
    std::mutex mutex;
    std::condition_variable changed;
    std::size_t finished = 0;
    ExtractStats soFar;
    std::exception_ptr failure;

    const unsigned threads = static_cast<unsigned>(
        std::min<std::size_t>(options_.threads, std::max<std::size_t>(count, 1)));
    auto work = [&] {
        try {
            SentenceReader reader(*dictionary_, options_.read);
            for (std::size_t i = next++; i < count; i = next++) {
                DocumentClaims claims = reader.read(load(i));
                std::lock_guard lock(mutex);
                soFar.add(claims.stats);
                results[i] = std::move(claims);
                ++finished;
                changed.notify_all();
                if (threads == 1 && progress)
                    progress(soFar);
            }
        } catch (...) {
            std::lock_guard lock(mutex);
            if (!failure)
                failure = std::current_exception();
            next = count; // the other workers stop after their current document
            changed.notify_all();
        }
    };
    if (threads == 1) {
        work();
    } else {
        std::vector<std::thread> pool;
        for (unsigned t = 0; t < threads; ++t)
            pool.emplace_back(work);
        {
            // This thread only reports progress while the workers run.
            std::unique_lock lock(mutex);
            std::size_t reported = 0;
            while (finished < count && !failure) {
                changed.wait(lock, [&] { return finished > reported || failure; });
                reported = finished;
                if (progress && !failure) {
                    ExtractStats copy = soFar;
                    lock.unlock();
                    progress(copy);
                    lock.lock();
                }
            }
        }
        for (std::thread& t : pool)
            t.join();
    }
    if (failure)
        std::rethrow_exception(failure);
    return results;
}

} // namespace kg::extract
