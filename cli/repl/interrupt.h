#pragma once
// Ctrl-C in the REPL cancels what is going on (the line being typed, a running query, output
// being printed) instead of ending the process. The SIGINT handler only raises a flag: the
// line reader waits for keys in ppoll with SIGINT unblocked only there (edit_line_reader.cpp),
// the query engine polls the flag through RunOptions::cancel, and long output loops check it
// between rows.
#include <atomic>
#include <csignal>

namespace kg::cli::repl {

/// Installs the SIGINT handler for its lifetime and restores the previous one afterwards.
/// The handler is installed without SA_RESTART so that a blocking read returns EINTR.
class InterruptScope {
public:
    InterruptScope();
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;
    ~InterruptScope();

    /// Raised by SIGINT; lowered by clear(). Lock-free, so safe to set from the handler.
    static std::atomic<bool>& flag();
    static bool raised() { return flag().load(std::memory_order_relaxed); }
    static void clear() { flag().store(false, std::memory_order_relaxed); }

private:
    struct sigaction previous_ {};
};

} // namespace kg::cli::repl
