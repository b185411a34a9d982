// `kg diff graph.kg --from DAY --to DAY [--format ...]`: the facts that appeared, disappeared (no
// longer stated) or changed stance between documents dated up to --from and those dated after
// it up to --to (docs/positions.md).
#include "cli/command.h"
#include "cli/date_options.h"
#include "cli/report_output.h"
#include "export/fact_reports.h"
#include "graph/io/kg_file.h"

#include <fmt/core.h>
#include <memory>
#include <string>

namespace kg::cli {

namespace {

struct DiffArgs {
    std::string graph;
    std::string from;
    std::string to;
    std::string format = "table";
};

} // namespace

void addDiffCommand(CLI::App& app, CommandStatus&) {
    auto args = std::make_shared<DiffArgs>();
    auto* cmd = app.add_subcommand(
        "diff", "What changed between two windows of days (see docs/positions.md)");
    cmd->add_option("graph", args->graph, "Graph file (.kg)")->required();
    addDayOption(*cmd, "--from", args->from, "End of the first window (YYYY-MM-DD)")->required();
    addDayOption(*cmd, "--to", args->to, "End of the second window (YYYY-MM-DD)")->required();
    addResultFormatOption(*cmd, args->format);
    cmd->callback([args] {
        if (args->to < args->from)
            throw CliError(fmt::format("--to {} is before --from {}", args->to, args->from),
                           kExitUsage);
        graph::KnowledgeGraph graph = graph::loadGraph(args->graph);
        writeReport(graph, args->format, [&](query::RowSink& sink) {
            exporter::writeDiff(graph, args->from, args->to, sink);
        });
    });
}

} // namespace kg::cli
