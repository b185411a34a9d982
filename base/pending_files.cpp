#include "base/pending_files.h"

#include <array>
#include <atomic>
#include <csignal>
#include <cstring>
#include <mutex>
#include <unistd.h>

namespace kg::base {
namespace {

// Fixed storage: a signal handler may not allocate or take locks, only read what is there.
constexpr std::size_t kSlots = 64;
constexpr std::size_t kPathBytes = 4096;

struct Slot {
    std::atomic<bool> claimed{false};
    std::atomic<bool> ready{false}; ///< `path` and `owner` are written
    pid_t owner = 0; ///< a forked child (Graphviz isolation) must not remove its parent's files
    char path[kPathBytes] = {};
};

std::array<Slot, kSlots> slots;
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

void removePendingAndDie(int signal) {
    pid_t self = ::getpid();
    for (Slot& slot : slots)
        if (slot.ready.load() && slot.owner == self)
            ::unlink(slot.path);
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

void installHandlers() {
    for (int signal : kSignals) {
        struct sigaction previous {};
        if (::sigaction(signal, nullptr, &previous) != 0 || previous.sa_handler != SIG_DFL ||
            (previous.sa_flags & SA_SIGINFO) != 0)
            continue;
        struct sigaction action {};
        action.sa_handler = removePendingAndDie;
        sigemptyset(&action.sa_mask);
        for (int other : kSignals)
            sigaddset(&action.sa_mask, other);
        ::sigaction(signal, &action, nullptr);
    }
}

} // namespace

int registerPendingFile(const std::filesystem::path& path) {
    static std::once_flag installed;
    std::call_once(installed, installHandlers);
    const std::string& text = path.native();
    if (text.size() >= kPathBytes)
        return -1;
    for (std::size_t i = 0; i < kSlots; ++i) {
        if (slots[i].claimed.exchange(true))
            continue;
        std::memcpy(slots[i].path, text.c_str(), text.size() + 1);
        slots[i].owner = ::getpid();
        slots[i].ready.store(true);
        return static_cast<int>(i);
    }
    return -1;
}

void releasePendingFile(int slot) {
    if (slot < 0)
        return;
    slots[static_cast<std::size_t>(slot)].ready.store(false);
    slots[static_cast<std::size_t>(slot)].claimed.store(false);
}

} // namespace kg::base
