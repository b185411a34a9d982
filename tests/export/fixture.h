#pragma once
// Small graphs built in code for the export tests. The sentences are invented for the tests.
#include "graph/knowledge_graph.h"
#include "tests/support/temp_dir.h"

#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

namespace kg::exporter::testing {

using kg::testing::readFile;
using kg::testing::TempDir;
using kg::testing::writeFile;

/// Eight entities of every kind of fact a diagram must show: modal and qualified ("will increase
/// · by 2029"), negated, attributed to a speaker, parallel facts between one pair, a fact seen
/// three times, and names full of characters that need escaping.
graph::KnowledgeGraph makeFixtureGraph();

/// A star: one hub with `leaves` neighbours, leaf i with support i + 1.
graph::KnowledgeGraph makeStarGraph(unsigned leaves);

struct CommandResult {
    int exitCode = -1;
    std::string output; ///< stdout and stderr together
};
/// Runs `command` through the shell.
CommandResult runCommand(const std::string& command);
/// Single-quotes `text` for the shell.
std::string shellQuote(std::string_view text);

} // namespace kg::exporter::testing
