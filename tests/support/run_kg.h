#pragma once
// Runs the kg binary under test end to end, for the CLI test suites of every module.
#include "tests/support/temp_dir.h"

#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <sys/wait.h>

namespace kg::testing {

struct KgResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// The binary under test: KG_BIN (set by ctest), else the one in this build tree.
inline std::string kgBinary() {
    const char* bin = std::getenv("KG_BIN");
    return bin != nullptr ? bin : KG_BINARY_DIR "/cli/kg";
}

/// Runs `kg ARGS` in `dir` through the shell (ARGS is shell text) with `stdinText` on stdin;
/// `shellPrefix` goes before the binary (e.g. "ulimit -f 1; ").
inline KgResult runKg(const std::filesystem::path& dir, const std::string& args,
                      std::string_view stdinText = "", const std::string& shellPrefix = "") {
    writeFile(dir / ".in", stdinText);
    // stdin is redirected before ARGS, so a redirection inside ARGS takes precedence.
    std::string command = "cd '" + dir.string() + "' && " + shellPrefix + "'" + kgBinary() +
                          "' <.in " + args + " >.out 2>.err";
    int status = std::system(command.c_str());
    KgResult run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = readFile(dir / ".out");
    run.err = readFile(dir / ".err");
    for (const char* scratch : {".in", ".out", ".err"})
        std::filesystem::remove(dir / scratch);
    return run;
}

} // namespace kg::testing
