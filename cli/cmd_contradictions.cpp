// `kg contradictions graph.kg [--format FORMAT] [--as-of DAY]`: the facts that
// contradict each other, grouped by entity pair, each side with its speaker, document, date and
// sentence (docs/positions.md).
#include "cli/command.h"
#include "cli/date_options.h"
#include "cli/report_output.h"
#include "export/fact_reports.h"
#include "graph/io/kg_file.h"

#include <memory>
#include <string>

namespace kg::cli {

namespace {

struct ContradictionsArgs {
    std::string graph;
    std::string format = "table";
    std::string asOf;
};

} // namespace

void addContradictionsCommand(CLI::App& app, CommandStatus&) {
    auto args = std::make_shared<ContradictionsArgs>();
    auto* cmd = app.add_subcommand("contradictions",
                                   "List facts that contradict each other (see docs/positions.md)");
    cmd->add_option("graph", args->graph, "Graph file (.kg)")->required();
    addResultFormatOption(*cmd, args->format);
    addAsOfOption(*cmd, args->asOf);
    cmd->callback([args] {
        graph::KnowledgeGraph graph = graph::loadGraph(args->graph);
        applyAsOf(graph, args->asOf);
        writeReport(graph, args->format,
                    [&](query::RowSink& sink) { exporter::writeContradictions(graph, sink); });
    });
}

} // namespace kg::cli
