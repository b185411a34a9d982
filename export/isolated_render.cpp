#include "export/isolated_render.h"

#include "export/cluster_composition.h"
#include "export/final_layout.h"
#include "export/graphviz.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <functional>
#include <sys/wait.h>
#include <unistd.h>

namespace kg::exporter {
namespace {

// The child's answer on the pipe: one status byte, then the rendered bytes or an error message.
constexpr char kOk = '0';
constexpr char kFailed = '1';

bool writeAll(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

[[noreturn]] void runChild(int fd, const std::function<std::string()>& work) {
    // Graphviz's errors come back through the pipe; its warnings ("graph is too large for
    // cairo-renderer bitmaps") are not kg's to print.
    int devNull = ::open("/dev/null", O_WRONLY);
    if (devNull >= 0)
        ::dup2(devNull, STDERR_FILENO);
    std::string answer;
    try {
        answer = kOk + work();
    } catch (const std::exception& e) {
        answer = std::string(1, kFailed) + e.what();
    }
    bool written = writeAll(fd, answer);
    // _exit: the child must not run the parent's atexit handlers or flush its stdio buffers.
    ::_exit(written ? 0 : 1);
}

// Runs `work` in a forked child and returns what it returned, or throws what it threw.
std::string runInChild(const std::function<std::string()>& work) {
    int fds[2];
    if (::pipe(fds) != 0)
        throw GraphvizError(fmt::format("cannot start the layout: {}", std::strerror(errno)));
    std::fflush(nullptr); // nothing buffered may be written twice
    pid_t child = ::fork();
    if (child < 0) {
        int error = errno;
        ::close(fds[0]);
        ::close(fds[1]);
        throw GraphvizError(fmt::format("cannot start the layout: {}", std::strerror(error)));
    }
    if (child == 0) {
        ::close(fds[0]);
        runChild(fds[1], work);
    }
    ::close(fds[1]);
    std::string answer;
    char chunk[1 << 16];
    for (;;) {
        ssize_t n = ::read(fds[0], chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        answer.append(chunk, static_cast<std::size_t>(n));
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFSIGNALED(status))
        throw GraphvizError(fmt::format("Graphviz crashed laying out the diagram ({})",
                                        strsignal(WTERMSIG(status))));
    if (answer.empty() || (answer[0] != kOk && answer[0] != kFailed))
        throw GraphvizError("the layout process ended without an answer");
    if (answer[0] == kFailed)
        throw GraphvizError(answer.substr(1));
    answer.erase(0, 1);
    return answer;
}

} // namespace

std::string renderInChild(const std::string& dot, std::string_view engine,
                          std::string_view format) {
    return runInChild([&] {
        DotGraph graph = DotGraph::parse(dot);
        GvContext context;
        GvLayout layout(context, graph, engine);
        return std::string(layout.render(format).bytes());
    });
}

FinalLayout fixDrawingInChild(const std::string& dot, std::string_view engine, bool composed) {
    std::string answer = runInChild([&] {
        const GvContext gvc;
        FinalLayout fixed =
            composed ? fixDrawing(gvc, composeClusters(gvc, dot, engine), kComposedLayout)
                     : fixDrawing(gvc, dot, engine);
        return fmt::format("{}\n{}", fixed.crowdedLabels, fixed.dot);
    });
    std::size_t newline = answer.find('\n');
    return {answer.substr(newline + 1), std::stoul(answer.substr(0, newline))};
}

} // namespace kg::exporter
