#include "tests/repl/pty_session.h"

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <stdexcept>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

namespace kg::test {

PtySession::PtySession(const std::vector<std::string>& argv, const std::vector<std::string>& env,
                       unsigned short columns) {
    std::vector<char*> args;
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    std::vector<char*> environment;
    for (const std::string& e : env)
        environment.push_back(const_cast<char*>(e.c_str()));
    environment.push_back(nullptr);

    winsize size{};
    size.ws_row = 40;
    size.ws_col = columns;
    child_ = forkpty(&master_, nullptr, nullptr, &size);
    if (child_ < 0)
        throw std::runtime_error("forkpty failed");
    if (child_ == 0) {
        execve(args[0], args.data(), environment.data());
        _exit(127);
    }
}

PtySession::~PtySession() {
    if (child_ > 0) {
        kill(child_, SIGKILL);
        waitpid(child_, nullptr, 0);
    }
    if (master_ >= 0)
        close(master_);
}

void PtySession::send(std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = write(master_, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw std::runtime_error("cannot write to the pseudo-terminal");
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

void PtySession::type(std::string_view bytes) {
    if (!waitForLineEditing(true, std::chrono::seconds(20)))
        throw std::runtime_error("the program never started editing a line");
    send(bytes);
}

bool PtySession::waitUntilLineAccepted(std::chrono::milliseconds deadline) {
    return waitForLineEditing(false, deadline);
}

bool PtySession::waitForLineEditing(bool editing, std::chrono::milliseconds deadline) {
    auto end = std::chrono::steady_clock::now() + deadline;
    while (std::chrono::steady_clock::now() < end) {
        termios mode{};
        // On Linux the master side reports the terminal settings the program made.
        if (tcgetattr(master_, &mode) == 0 && ((mode.c_lflag & ICANON) == 0) == editing)
            return true;
        readSome(std::chrono::milliseconds(5));
    }
    return false;
}

bool PtySession::readSome(std::chrono::milliseconds timeout) {
    pollfd p{master_, POLLIN, 0};
    int ready = poll(&p, 1, static_cast<int>(timeout.count()));
    if (ready <= 0)
        return false;
    char buffer[4096];
    ssize_t n = read(master_, buffer, sizeof buffer);
    if (n <= 0)
        return false; // EIO: the program closed the terminal
    output_.append(buffer, static_cast<std::size_t>(n));
    return true;
}

bool PtySession::expect(std::string_view text, std::chrono::milliseconds deadline) {
    auto end = std::chrono::steady_clock::now() + deadline;
    for (;;) {
        std::size_t at = output_.find(text, consumed_);
        if (at != std::string::npos) {
            lastChunk_ = output_.substr(consumed_, at + text.size() - consumed_);
            consumed_ = at + text.size();
            return true;
        }
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            end - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            break;
        if (!readSome(left)) {
            // Either the deadline passed or the program is gone: look one last time.
            if (output_.find(text, consumed_) == std::string::npos)
                break;
        }
    }
    lastChunk_ = output_.substr(consumed_);
    return false;
}

int PtySession::wait(std::chrono::milliseconds deadline) {
    auto end = std::chrono::steady_clock::now() + deadline;
    while (std::chrono::steady_clock::now() < end) {
        int status = 0;
        pid_t done = waitpid(child_, &status, WNOHANG);
        if (done == child_) {
            child_ = -1;
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
        readSome(std::chrono::milliseconds(20)); // keep draining so the program never blocks
    }
    return -1;
}

} // namespace kg::test
