#include "cli/repl/terminal.h"

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <string>
#include <sys/ioctl.h>
#include <unistd.h>

namespace kg::cli::repl {
namespace {

bool windowSize(std::FILE* out, winsize& size) {
    return isatty(fileno(out)) && ioctl(fileno(out), TIOCGWINSZ, &size) == 0;
}

} // namespace

std::size_t terminalColumns(std::FILE* out) {
    winsize size{};
    return windowSize(out, size) ? size.ws_col : 0;
}

std::size_t terminalRows(std::FILE* out) {
    winsize size{};
    return windowSize(out, size) ? size.ws_row : 0;
}

std::string pagerFor(std::string_view text, std::FILE* out) {
    std::size_t rows = terminalRows(out);
    if (rows == 0)
        return {};
    // One line is kept for the prompt that follows the output.
    auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    if (lines < rows)
        return {};
    const char* pager = std::getenv("PAGER");
    if (pager == nullptr)
        return "less -FRX";
    return pager;
}

void writePaged(std::string_view text, std::FILE* out) {
    std::string pager = pagerFor(text, out);
    std::fflush(out);
    std::FILE* pipe = pager.empty() ? nullptr : popen(pager.c_str(), "w");
    if (pipe == nullptr) {
        std::fwrite(text.data(), 1, text.size(), out);
        std::fflush(out);
        return;
    }
    // Quitting the pager early closes the pipe: that must not end kg with SIGPIPE.
    auto previous = std::signal(SIGPIPE, SIG_IGN);
    std::fwrite(text.data(), 1, text.size(), pipe);
    pclose(pipe);
    std::signal(SIGPIPE, previous);
}

} // namespace kg::cli::repl
