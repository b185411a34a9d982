#include "extract/extractor.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

namespace kg::extract {

Extractor::Extractor(ExtractOptions options)
    : options_(options), dictionary_(std::make_unique<LinkDictionary>()) {
    options_.threads = std::max(1u, options_.threads);
}

Extractor::~Extractor() = default;

namespace {

// The work of readAll: documents are cut into sentences as they are needed and their sentences
// parsed by whichever thread is free, so one long document (or one file read with --lines) keeps
// every thread busy. A thread takes a sentence of a document already started before it starts a
// new one, so only about one document per thread is open at a time.
class SentenceScheduler {
public:
    SentenceScheduler(std::size_t count, const std::function<Document(std::size_t)>& load,
                      const ExtractOptions& options, const LinkDictionary& dictionary)
        : load_(load), options_(options), dictionary_(dictionary), results_(count) {}

    /// Runs until every document is read or one of them failed; reports to `onDone` (under the
    /// lock) after each finished document.
    void work(const std::function<void(const ExtractStats&)>& onDone) {
        try {
            SentenceReader reader(dictionary_, options_.read);
            while (true) {
                std::unique_lock lock(mutex_);
                if (failure_)
                    return;
                if (OpenDocument* open = nextSentence()) {
                    const std::size_t k = open->handedOut++;
                    lock.unlock();
                    ExtractStats stats = reader.parse(open->claims.sentences[k], open->budget);
                    lock.lock();
                    open->claims.stats.add(stats);
                    ++open->parsed;
                    finishIfDone(*open, onDone);
                } else if (nextDocument_ < results_.size()) {
                    const std::size_t i = nextDocument_++;
                    ++segmenting_;
                    lock.unlock();
                    auto open = std::make_unique<OpenDocument>();
                    open->index = i;
                    open->claims = segmentDocument(load_(i), options_.read);
                    lock.lock();
                    --segmenting_;
                    open_.push_back(std::move(open));
                    changed_.notify_all(); // its sentences are work for the waiting threads
                    finishIfDone(*open_.back(), onDone);
                } else if (segmenting_ > 0) {
                    // The last documents are still being cut into sentences: a thread that
                    // left now would leave one document's sentences to a single thread.
                    changed_.wait(lock);
                } else {
                    return;
                }
            }
        } catch (...) {
            std::lock_guard lock(mutex_);
            if (!failure_)
                failure_ = std::current_exception();
            changed_.notify_all();
        }
    }

    /// Waits for the workers, calling `progress` outside the lock after each finished document.
    void report(const ProgressCallback& progress) {
        std::unique_lock lock(mutex_);
        std::size_t reported = 0;
        while (finished_ < results_.size() && !failure_) {
            changed_.wait(lock, [&] { return finished_ > reported || failure_; });
            reported = finished_;
            if (progress && !failure_) {
                ExtractStats copy = soFar_;
                lock.unlock();
                progress(copy);
                lock.lock();
            }
        }
    }

    std::vector<DocumentClaims> take() {
        if (failure_)
            std::rethrow_exception(failure_);
        return std::move(results_);
    }

private:
    struct OpenDocument {
        std::size_t index = 0;
        DocumentClaims claims;
        DocumentBudget budget;
        std::size_t handedOut = 0; ///< sentences given to a thread
        std::size_t parsed = 0;    ///< sentences back from it
    };

    OpenDocument* nextSentence() {
        for (const std::unique_ptr<OpenDocument>& open : open_)
            if (open->handedOut < open->claims.sentences.size())
                return open.get();
        return nullptr;
    }

    void finishIfDone(OpenDocument& open, const std::function<void(const ExtractStats&)>& onDone) {
        if (open.parsed < open.claims.sentences.size())
            return;
        soFar_.add(open.claims.stats);
        results_[open.index] = std::move(open.claims);
        std::erase_if(open_, [&](const auto& o) { return o.get() == &open; });
        ++finished_;
        changed_.notify_all();
        if (onDone)
            onDone(soFar_);
    }

    const std::function<Document(std::size_t)>& load_;
    const ExtractOptions& options_;
    const LinkDictionary& dictionary_;
    std::vector<DocumentClaims> results_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<std::unique_ptr<OpenDocument>> open_;
    std::size_t nextDocument_ = 0;
    std::size_t segmenting_ = 0; ///< documents being cut into sentences outside the lock
    std::size_t finished_ = 0;
    ExtractStats soFar_;
    std::exception_ptr failure_;
};

} // namespace

std::vector<DocumentClaims> Extractor::readAll(std::size_t count,
                                               const std::function<Document(std::size_t)>& load,
                                               const ProgressCallback& progress) {
    if (options_.threads > 1 && !std::getenv("KG_PARSE_THREADS")) {
        if (!workers_ || !workers_->usable())
            workers_ =
                std::make_unique<ParseWorkers>(*dictionary_, options_.read, options_.threads);
        return workers_->readAll(count, load, progress);
    }
    SentenceScheduler scheduler(count, load, options_, *dictionary_);
    if (options_.threads == 1) {
        scheduler.work(progress);
    } else {
        std::vector<std::thread> pool;
        for (unsigned t = 0; t < options_.threads; ++t)
            pool.emplace_back([&scheduler] { scheduler.work({}); });
        scheduler.report(progress); // this thread only reports progress while the workers run
        for (std::thread& t : pool)
            t.join();
    }
    return scheduler.take();
}

} // namespace kg::extract
