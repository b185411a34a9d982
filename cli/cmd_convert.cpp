// `kg convert in.kg out.kgb`: rewrites a graph in the other file form — JSON (.kg, the
// interchange form) or binary (.kgb, mapped by read-only commands); the output's extension
// decides. Every id, string and fact survives, so converting back gives the same bytes.
#include "cli/command.h"
#include "cli/output_guard.h"
#include "graph/io/kg_file.h"

#include <memory>

namespace kg::cli {

namespace {

struct ConvertArgs {
    std::string input;
    std::string output;
};

void runConvert(const ConvertArgs& args) {
    checkOutput(args.output, {args.input});
    std::unique_ptr<base::FileLock> lock = lockForUpdate(args.output);
    graph::KnowledgeGraph graph = graph::loadGraph(args.input);
    graph::saveGraph(graph, args.output);
}

} // namespace

void addConvertCommand(CLI::App& app, CommandStatus& /*status*/) {
    auto args = std::make_shared<ConvertArgs>();
    CLI::App* cmd = app.add_subcommand(
        "convert", "Rewrite a graph as JSON (.kg) or binary (.kgb), by the output's extension");
    cmd->add_option("input", args->input, "Graph file to read (.kg or .kgb)")->required();
    cmd->add_option("output", args->output, "Graph file to write: .kgb binary, else JSON")
        ->required();
    cmd->callback([args] { runConvert(*args); });
}

} // namespace kg::cli
