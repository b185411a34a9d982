// Placeholder so the tree configures; the store-io engineer replaces this file.
#include "cli/command.h"

namespace kg::cli {
void addImportCommand(CLI::App& app, CommandStatus&) {
    app.add_subcommand("import", "(being written)")->callback([] { throw CliError("not yet"); });
}
} // namespace kg::cli
