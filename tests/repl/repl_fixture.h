#pragma once
// Shared by the REPL tests: a temporary folder, a small news graph saved in it, and a way to run
// the kg binary with a script on stdin (not a terminal).
#include "graph/knowledge_graph.h"
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kg::test {

using testing::TempDir;

/// A small news graph: five entities (Ana Lima, alias Mayor Lima; Tomas Berg; Harbor Council;
/// Riverton; ferry line) and six facts with provenance, one with support 2.
graph::KnowledgeGraph fixtureGraph();
/// Saves fixtureGraph() to `file`.
void writeFixtureGraph(const std::filesystem::path& file);

using testing::kgBinary;

struct RunResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// Runs kg with `args`, `input` as its stdin (a file, so not a terminal), in `workDir`.
RunResult runKg(const std::vector<std::string>& args, std::string_view input,
                const std::filesystem::path& workDir);

/// The environment the REPL tests give kg: HOME and KG_HISTORY inside `dir`, a known terminal.
std::vector<std::string> testEnvironment(const std::filesystem::path& dir);

using testing::readFile;
using testing::writeFile;

} // namespace kg::test
