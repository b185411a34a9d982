#pragma once
// Small graphs built in code for the export tests. The sentences are invented for the tests.
#include "graph/knowledge_graph.h"

#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

namespace kg::exporter::testing {

/// Eight entities of every kind of fact a diagram must show: modal and qualified ("will increase
/// · by 2029"), negated, attributed to a speaker, parallel facts between one pair, a fact seen
/// three times, and names full of characters that need escaping.
graph::KnowledgeGraph makeFixtureGraph();

/// A star: one hub with `leaves` neighbours, leaf i with support i + 1.
graph::KnowledgeGraph makeStarGraph(unsigned leaves);

/// A fresh empty folder under the system temp folder, removed by the destructor.
class TempDir {
public:
    TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir();
    std::filesystem::path operator/(std::string_view name) const { return path_ / name; }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

std::string readFile(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, std::string_view text);

struct CommandResult {
    int exitCode = -1;
    std::string output; ///< stdout and stderr together
};
/// Runs `command` through the shell.
CommandResult runCommand(const std::string& command);
/// Single-quotes `text` for the shell.
std::string shellQuote(std::string_view text);

} // namespace kg::exporter::testing
