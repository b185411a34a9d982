#pragma once
// Every subcommand lives in its own cmd_<name>.cpp and adds itself to the CLI11 app through one
// add<Name>Command function, listed in main.cpp. Commands report failure by throwing CliError;
// only main() prints it and turns it into the exit code.
#include <CLI/CLI.hpp>
#include <stdexcept>
#include <string>

namespace kg::cli {

/// Exit codes: 0 success, 1 the work failed (bad input, I/O, query error), 2 usage error.
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

class CliError : public std::runtime_error {
public:
    explicit CliError(const std::string& message, int exitCode = kExitFailure)
        : std::runtime_error(message), exitCode_(exitCode) {}
    int exitCode() const { return exitCode_; }

private:
    int exitCode_;
};

/// Set by a command's callback when it finishes with a non-zero code without an error message
/// of its own to print (e.g. some batch jobs failed and were reported already).
struct CommandStatus {
    int exitCode = 0;
};

void addImportCommand(CLI::App& app, CommandStatus& status);
void addStatsCommand(CLI::App& app, CommandStatus& status);
void addExtractCommand(CLI::App& app, CommandStatus& status);
void addBuildCommand(CLI::App& app, CommandStatus& status);
void addReplCommand(CLI::App& app, CommandStatus& status);
void addExportCommand(CLI::App& app, CommandStatus& status);
void addRenderCommand(CLI::App& app, CommandStatus& status);
void addQueryCommand(CLI::App& app, CommandStatus& status);
void addContradictionsCommand(CLI::App& app, CommandStatus& status);
void addDiffCommand(CLI::App& app, CommandStatus& status);
void addConvertCommand(CLI::App& app, CommandStatus& status);
void addMergeEntitiesCommand(CLI::App& app, CommandStatus& status);
void addRenameEntityCommand(CLI::App& app, CommandStatus& status);
void addLogCommand(CLI::App& app, CommandStatus& status);
void addUndoCommand(CLI::App& app, CommandStatus& status);

} // namespace kg::cli
