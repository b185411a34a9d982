#include "cli/repl/interrupt.h"

namespace kg::cli::repl {
namespace {

std::atomic<bool> interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the SIGINT handler needs a lock-free flag");

void onInterrupt(int) {
    interrupted.store(true, std::memory_order_relaxed);
}

} // namespace

std::atomic<bool>& InterruptScope::flag() {
    return interrupted;
}

InterruptScope::InterruptScope() {
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: an interrupted read must return to the REPL loop
    sigaction(SIGINT, &action, &previous_);
}

InterruptScope::~InterruptScope() {
    sigaction(SIGINT, &previous_, nullptr);
}

} // namespace kg::cli::repl
