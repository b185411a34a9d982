#pragma once
// Phase timings for `--timings`: wall time, and the process's CPU time, which stays meaningful
// when other processes share the cores (benchmarks on a busy machine).
#include <chrono>
#include <ctime>
#include <fmt/format.h>
#include <string>
#include <string_view>

namespace kg::cli {

class Stopwatch {
public:
    Stopwatch() { restart(); }

    void restart() {
        wall_ = std::chrono::steady_clock::now();
        cpu_ = std::clock();
    }

    /// "NAME 1.234 s (cpu 1.200 s)" for the time since the last restart or lap, then restarts.
    std::string lap(std::string_view name) {
        double wall =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_).count();
        double cpu = static_cast<double>(std::clock() - cpu_) / CLOCKS_PER_SEC;
        restart();
        return fmt::format("{} {:.3f} s (cpu {:.3f} s)", name, wall, cpu);
    }

private:
    std::chrono::steady_clock::time_point wall_;
    std::clock_t cpu_ = 0;
};

} // namespace kg::cli
