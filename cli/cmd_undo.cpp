// `kg undo graph.kg`: reverts the newest entry of the graph's curation log exactly and drops
// it (docs/curation.md).
#include "cli/command.h"
#include "cli/output_guard.h"
#include "extract/graph_claims.h"
#include "graph/curation.h"
#include "graph/io/kg_file.h"

#include <fmt/core.h>
#include <memory>
#include <string>

namespace kg::cli {
namespace {

void undo(const std::string& file) {
    std::unique_ptr<base::FileLock> lock = lockForUpdate(file);
    graph::KnowledgeGraph graph = graph::loadGraph(file);
    graph::CurationEntry undone;
    try {
        graph::KnowledgeGraph before = graph::undoLastChange(graph);
        undone = graph.curationLog().back();
        graph = std::move(before);
    } catch (const graph::CurationError& e) {
        throw CliError(fmt::format("{}: {}", file, e.what()));
    }
    extract::saveLoggedChanges(graph, file);
    fmt::print("undid entry {} of {} ({}): {}\n", graph.curationLog().size() + 1, file, undone.when,
               undone.what);
}

} // namespace

void addUndoCommand(CLI::App& app, CommandStatus&) {
    auto file = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand(
        "undo", "Revert the newest change of the curation log exactly (see docs/curation.md)");
    cmd->add_option("graph", *file, "Graph file (.kg or .kgb), changed in place")->required();
    cmd->footer("Example: kg undo news.kg");
    cmd->callback([file] { undo(*file); });
}

} // namespace kg::cli
