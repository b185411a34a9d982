// kg repl [graph.kg] [--bail]: the interactive shell (cli/repl/), or a script runner when stdin
// is not a terminal.
#include "cli/command.h"
#include "cli/query_limit_options.h"
#include "cli/repl/repl.h"
#include "graph/io/kg_file.h"

#include <memory>

namespace kg::cli {

void addReplCommand(CLI::App& app, CommandStatus& status) {
    auto* command = app.add_subcommand(
        "repl", "Explore a graph interactively; with stdin not a terminal, run it as a script");
    auto options = std::make_shared<repl::ReplOptions>();
    auto limits = std::make_shared<QueryLimitArgs>();
    command->add_option("graph", options->graphFile,
                        "Graph file to open (a new graph is saved there if it does not exist)");
    command->add_flag("--bail", options->bail, "Stop at the first error, with exit code 1");
    addQueryLimitOptions(*command, *limits);
    command->callback([options, limits, &status] {
        options->limits = queryLimitsFrom(*limits);
        status.exitCode = repl::runRepl(*options);
    });
}

} // namespace kg::cli
