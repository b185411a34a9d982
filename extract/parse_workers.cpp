#include "extract/parse_workers.h"

#include "extract/claims_wire.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <fmt/core.h>
#include <memory>
#include <poll.h>
#include <string>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace kg::extract {
namespace {

// Each worker has this many sentences handed to it at a time: while it parses one, the next is
// already waiting, so it never sits idle until this process gets the CPU to answer.
constexpr std::size_t kSentencesInFlight = 2;

// A message is its length (4 bytes) and its fields (claims_wire.h).
constexpr std::size_t kLengthBytes = sizeof(std::uint32_t);

std::string startMessage() {
    return std::string(kLengthBytes, '\0');
}

void finishMessage(std::string& message) {
    const auto length = static_cast<std::uint32_t>(message.size() - kLengthBytes);
    std::memcpy(message.data(), &length, kLengthBytes);
}

// The length of the complete message at the start of `buffer`, if one is there.
bool completeMessage(const std::string& buffer, std::size_t& length) {
    if (buffer.size() < kLengthBytes)
        return false;
    std::uint32_t n = 0;
    std::memcpy(&n, buffer.data(), kLengthBytes);
    length = n;
    return buffer.size() >= kLengthBytes + n;
}

// --- the worker's side: blocking reads and writes, one sentence at a time.

// Repeats `step(done)`, a read or a send of the bytes after the first `done`, until `size` bytes
// went through; false at the end of the socket or on an error.
template <typename Step> bool transferAll(std::size_t size, Step step) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = step(done);
        if (n > 0)
            done += static_cast<std::size_t>(n);
        else if (n == 0 || errno != EINTR)
            return false;
    }
    return true;
}

bool readExactly(int fd, char* data, std::size_t size) {
    return transferAll(size,
                       [&](std::size_t done) { return ::read(fd, data + done, size - done); });
}

bool writeExactly(int fd, const std::string& bytes) {
    return transferAll(bytes.size(), [&](std::size_t done) {
        return ::send(fd, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
    });
}

long dieAfterSentences() {
    const char* value = std::getenv(kDieAfterSentencesVariable);
    return value ? std::strtol(value, nullptr, 10) : -1;
}

// Answers each sentence with its outcome (1, then the outcome) or the error that stopped its
// parse (0, then the message) until the socket closes.
[[noreturn]] void runWorker(int socket, pid_t parent, const LinkDictionary& dictionary,
                            const ReadOptions& options) {
    // Ctrl-C is for the process that forked the workers: it stops them when it stops. Its
    // handlers (pending files, the REPL's cancel) are not the worker's business.
    std::signal(SIGINT, SIG_IGN);
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGHUP, SIG_DFL);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent)
        ::_exit(1);
    const long dieAfter = dieAfterSentences();
    SentenceReader reader(dictionary, options);
    std::string request;
    for (long parsed = 0;; ++parsed) {
        std::uint32_t length = 0;
        if (!readExactly(socket, reinterpret_cast<char*>(&length), sizeof length))
            ::_exit(0);
        request.resize(length);
        if (!readExactly(socket, request.data(), length))
            ::_exit(0);
        if (parsed == dieAfter)
            ::raise(SIGKILL);
        std::string reply = startMessage();
        WireWriter out(reply);
        try {
            WireReader in(request);
            SentenceClaims sentence;
            sentence.index = in.value<std::uint32_t>();
            DocumentBudget budget;
            budget.spend(in.value<double>());
            sentence.text = in.str();
            const double before = budget.usedSeconds();
            SentenceOutcome outcome;
            outcome.stats = reader.parse(sentence, budget);
            outcome.claims = std::move(sentence.claims);
            outcome.budgetSpent = budget.usedSeconds() - before;
            out.value<std::uint8_t>(1);
            writeOutcome(out, outcome);
        } catch (const std::exception& e) {
            reply = startMessage();
            out.value<std::uint8_t>(0);
            out.str(e.what());
        }
        finishMessage(reply);
        if (!writeExactly(socket, reply))
            ::_exit(0);
    }
}

// "was killed by signal 9 (Killed)", "exited with status 3".
std::string howItEnded(int status) {
    if (WIFSIGNALED(status))
        return fmt::format("was killed by signal {} ({})", WTERMSIG(status),
                           ::strsignal(WTERMSIG(status)));
    if (WIFEXITED(status))
        return fmt::format("exited with status {}", WEXITSTATUS(status));
    return "stopped";
}

int waitFor(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

// --- this process's side: one run of readAll.

struct OpenDocument {
    std::size_t index = 0;
    DocumentClaims claims;
    double budgetUsed = 0; ///< CPU seconds its finished sentences charged to its budget
    std::size_t handedOut = 0;
    std::size_t parsed = 0;
};

struct Channel {
    ParseWorkers::Worker& worker;
    std::string out; ///< bytes not yet written to the worker
    std::string in;  ///< bytes read from it, not yet a whole message
    std::deque<std::pair<OpenDocument*, std::size_t>> inFlight; ///< document, sentence
};

class Run {
public:
    Run(std::vector<ParseWorkers::Worker>& workers, std::size_t count,
        const std::function<Document(std::size_t)>& load, const ReadOptions& options,
        const std::function<void(const ExtractStats&)>& progress,
        const std::function<void(const DocumentClaims&)>& onDocument)
        : load_(load), options_(options), progress_(progress), onDocument_(onDocument),
          results_(count), finishedDocument_(count, false) {
        for (ParseWorkers::Worker& worker : workers)
            channels_.push_back({worker, {}, {}, {}});
    }

    std::vector<DocumentClaims> run() {
        std::vector<pollfd> polled(channels_.size());
        while (true) {
            // The workers get their next sentences before this process turns to the documents
            // finished in order, so they parse while it resolves.
            for (Channel& channel : channels_) {
                handOut(channel);
                if (!channel.out.empty())
                    send(channel);
            }
            passOnFinishedDocuments();
            if (passedOn_ == results_.size())
                return std::move(results_);
            for (std::size_t w = 0; w < channels_.size(); ++w) {
                polled[w].fd = channels_[w].worker.socket;
                polled[w].events =
                    static_cast<short>(POLLIN | (channels_[w].out.empty() ? 0 : POLLOUT));
                polled[w].revents = 0;
            }
            if (::poll(polled.data(), polled.size(), -1) < 0) {
                if (errno == EINTR)
                    continue;
                throw ParseWorkerError(
                    fmt::format("waiting for the parsing workers: {}", std::strerror(errno)));
            }
            for (std::size_t w = 0; w < channels_.size(); ++w) {
                if (polled[w].revents & POLLOUT)
                    send(channels_[w]);
                if (polled[w].revents & (POLLIN | POLLHUP | POLLERR))
                    receive(channels_[w]);
            }
        }
    }

private:
    // Gives the worker sentences up to kSentencesInFlight: from documents already open first,
    // so only about one document per worker is open at a time.
    void handOut(Channel& channel) {
        while (channel.inFlight.size() < kSentencesInFlight) {
            OpenDocument* open = nextSentence();
            if (!open)
                return;
            const std::size_t k = open->handedOut++;
            const SentenceClaims& sentence = open->claims.sentences[k];
            std::string message = startMessage();
            WireWriter out(message);
            out.value(sentence.index);
            out.value(open->budgetUsed);
            out.str(sentence.text);
            finishMessage(message);
            channel.out += message;
            channel.inFlight.emplace_back(open, k);
        }
    }

    OpenDocument* nextSentence() {
        while (true) {
            for (const std::unique_ptr<OpenDocument>& open : open_)
                if (open->handedOut < open->claims.sentences.size())
                    return open.get();
            if (nextDocument_ == results_.size())
                return nullptr;
            auto open = std::make_unique<OpenDocument>();
            open->index = nextDocument_++;
            open->claims = segmentDocument(load_(open->index), options_);
            open_.push_back(std::move(open));
            finishIfDone(*open_.back());
        }
    }

    void finishIfDone(OpenDocument& open) {
        if (open.parsed < open.claims.sentences.size())
            return;
        soFar_.add(open.claims.stats);
        results_[open.index] = std::move(open.claims);
        finishedDocument_[open.index] = true;
        std::erase_if(open_, [&](const auto& o) { return o.get() == &open; });
        if (progress_)
            progress_(soFar_);
    }

    void passOnFinishedDocuments() {
        for (; passedOn_ < results_.size() && finishedDocument_[passedOn_]; ++passedOn_)
            if (onDocument_)
                onDocument_(results_[passedOn_]);
    }

    void send(Channel& channel) {
        const ssize_t n =
            ::send(channel.worker.socket, channel.out.data(), channel.out.size(), MSG_NOSIGNAL);
        if (n > 0)
            channel.out.erase(0, static_cast<std::size_t>(n));
        else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            died(channel); // EPIPE: its end is closed
    }

    void receive(Channel& channel) {
        char buffer[1 << 16];
        const ssize_t n = ::read(channel.worker.socket, buffer, sizeof buffer);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
            died(channel);
        if (n <= 0)
            return;
        channel.in.append(buffer, static_cast<std::size_t>(n));
        std::size_t length = 0;
        while (completeMessage(channel.in, length)) {
            accept(channel, std::string_view(channel.in).substr(kLengthBytes, length));
            channel.in.erase(0, kLengthBytes + length);
        }
    }

    void accept(Channel& channel, std::string_view message) {
        if (channel.inFlight.empty())
            throw ParseWorkerError(
                fmt::format("a parsing worker (process {}) answered a sentence it was not given",
                            channel.worker.pid));
        auto [open, k] = channel.inFlight.front();
        WireReader in(message);
        if (in.value<std::uint8_t>() == 0)
            throw ParseWorkerError(
                fmt::format("{}: sentence {}: {}", open->claims.id, k + 1, in.str()));
        SentenceOutcome outcome = readOutcome(in);
        channel.inFlight.pop_front();
        open->claims.sentences[k].claims = std::move(outcome.claims);
        open->claims.stats.add(outcome.stats);
        open->budgetUsed += outcome.budgetSpent;
        ++open->parsed;
        finishIfDone(*open);
    }

    [[noreturn]] void died(Channel& channel) {
        const int status = waitFor(channel.worker.pid);
        channel.worker.reaped = true;
        std::string what = "while idle";
        if (!channel.inFlight.empty())
            what =
                fmt::format("while parsing sentence {} of {}", channel.inFlight.front().second + 1,
                            channel.inFlight.front().first->claims.id);
        throw ParseWorkerError(fmt::format("a parsing worker (process {}) {} {}",
                                           channel.worker.pid, howItEnded(status), what));
    }

    std::vector<Channel> channels_;
    const std::function<Document(std::size_t)>& load_;
    const ReadOptions& options_;
    const std::function<void(const ExtractStats&)>& progress_;
    const std::function<void(const DocumentClaims&)>& onDocument_;
    std::vector<DocumentClaims> results_;
    std::vector<bool> finishedDocument_;
    std::vector<std::unique_ptr<OpenDocument>> open_;
    std::size_t nextDocument_ = 0;
    std::size_t passedOn_ = 0; ///< documents 0..passedOn_-1 went to onDocument_
    ExtractStats soFar_;
};

} // namespace

ParseWorkers::ParseWorkers(const LinkDictionary& dictionary, const ReadOptions& options,
                           unsigned count)
    : options_(options) {
    const pid_t parent = ::getpid();
    for (unsigned w = 0; w < count; ++w) {
        int ends[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, ends) < 0) {
            stop(true);
            throw ParseWorkerError(
                fmt::format("cannot connect a parsing worker: {}", std::strerror(errno)));
        }
        const pid_t pid = ::fork();
        if (pid < 0) {
            const int error = errno;
            ::close(ends[0]);
            ::close(ends[1]);
            stop(true);
            throw ParseWorkerError(
                fmt::format("cannot start a parsing worker: {}", std::strerror(error)));
        }
        if (pid == 0) {
            ::close(ends[0]);
            for (const Worker& earlier : workers_)
                ::close(earlier.socket);
            runWorker(ends[1], parent, dictionary, options_);
        }
        ::close(ends[1]);
        ::fcntl(ends[0], F_SETFL, ::fcntl(ends[0], F_GETFL) | O_NONBLOCK);
        workers_.push_back({pid, ends[0], false});
    }
}

ParseWorkers::~ParseWorkers() {
    stop(false);
}

void ParseWorkers::stop(bool kill) {
    // Every worker is told first, so they exit (and give back their memory) side by side.
    for (const Worker& worker : workers_) {
        if (kill && !worker.reaped)
            ::kill(worker.pid, SIGKILL);
        ::close(worker.socket); // an idle worker exits when it reads the end of its socket
    }
    for (const Worker& worker : workers_)
        if (!worker.reaped)
            waitFor(worker.pid);
    workers_.clear();
}

std::vector<DocumentClaims>
ParseWorkers::readAll(std::size_t count, const std::function<Document(std::size_t)>& load,
                      const std::function<void(const ExtractStats&)>& progress,
                      const std::function<void(const DocumentClaims&)>& onDocument) {
    if (!usable_)
        throw ParseWorkerError("the parsing workers were stopped by an earlier failure");
    try {
        return Run(workers_, count, load, options_, progress, onDocument).run();
    } catch (...) {
        // Sentences may still be in flight: the workers cannot serve another run.
        usable_ = false;
        stop(true);
        throw;
    }
}

} // namespace kg::extract
