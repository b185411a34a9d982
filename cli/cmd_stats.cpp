// Placeholder so the tree configures; the store-io engineer replaces this file.
#include "cli/command.h"

namespace kg::cli {
void addStatsCommand(CLI::App& app, CommandStatus&) {
    app.add_subcommand("stats", "(being written)")->callback([] { throw CliError("not yet"); });
}
} // namespace kg::cli
