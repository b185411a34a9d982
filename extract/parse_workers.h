#pragma once
// `-j N` as N forked parsing processes. link-grammar makes millions of small allocations a
// parse; in a process with threads every one of them takes glibc's arena lock, and two parsing
// threads cost some 15 % more CPU than one (bench/RESULTS.md, "-j 2"). A worker forked after the
// dictionary is loaded shares it copy-on-write and parses single-threaded, with no locks.
//
// The calling process stays the only one that reads documents and segments them: it hands single
// sentences to the workers (two in flight each, so none waits for the next), collects their claims
// through a socket and puts them back in document order, so the result is the same as parsing
// every sentence in order in one process.
#include "extract/document.h"
#include "extract/link_parser.h"
#include "extract/sentence_reader.h"

#include <cstddef>
#include <functional>
#include <stdexcept>
#include <sys/types.h>
#include <vector>

namespace kg::extract {

/// A worker died (killed, crashed in the parser) or sent something unreadable; the message is
/// one line naming the worker, how it ended and the sentence it was parsing.
class ParseWorkerError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Tests only: when set to N, each worker kills itself with SIGKILL instead of parsing its
/// (N+1)th sentence, as a crash inside link-grammar would end it.
inline constexpr const char* kDieAfterSentencesVariable = "KG_TEST_PARSE_WORKER_DIES_AFTER";

class ParseWorkers {
public:
    /// Forks `count` workers. The calling process must not have started threads (a forked child
    /// would inherit locks held by them).
    ParseWorkers(const LinkDictionary& dictionary, const ReadOptions& options, unsigned count);
    /// Ends the workers (they exit when their socket closes) and waits for them.
    ~ParseWorkers();
    ParseWorkers(const ParseWorkers&) = delete;
    ParseWorkers& operator=(const ParseWorkers&) = delete;

    /// Parses documents 0..count-1 (`load(i)` supplies document i, called in this process, in
    /// order); results in input order. `progress` is called after each finished document with
    /// the stats so far, `onDocument` with each document once every one before it is finished
    /// too, in input order. Throws ParseWorkerError when a worker fails, and rethrows what `load`
    /// or a callback throws; the workers are then stopped and this object can no longer be used.
    std::vector<DocumentClaims>
    readAll(std::size_t count, const std::function<Document(std::size_t)>& load,
            const std::function<void(const ExtractStats&)>& progress,
            const std::function<void(const DocumentClaims&)>& onDocument);

    /// False once a run failed.
    bool usable() const { return usable_; }

    struct Worker {
        pid_t pid = -1;
        int socket = -1;     ///< this process's end of the worker's socket
        bool reaped = false; ///< it died and was waited for
    };

private:
    void stop(bool kill);

    ReadOptions options_;
    std::vector<Worker> workers_;
    bool usable_ = true;
};

} // namespace kg::extract
