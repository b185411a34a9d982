// `kg merge-entities graph.kg "Berg" "Jonas Berg"`: the first entity joins the second, which
// keeps its name; the first's names become aliases, its facts move, and facts that become the
// same fact fold into one (docs/curation.md).
#include "cli/command.h"
#include "cli/graph_update.h"

#include <fmt/core.h>
#include <memory>

namespace kg::cli {
namespace {

struct MergeArgs {
    std::string graph;
    std::string note;
    std::string gone;
    std::string keep;
};

std::string mergeEntities(graph::KnowledgeGraph& graph, const MergeArgs& args) {
    graph::EntityId gone = entityNamed(graph, args.gone);
    graph::EntityId keep = entityNamed(graph, args.keep);
    if (gone == keep)
        throw CliError(fmt::format("'{}' and '{}' are one entity already, '{}'", args.gone,
                                   args.keep, graph.name(keep)));
    std::string goneName(graph.name(gone));
    std::size_t moved = graph.degree(gone);
    std::size_t before = graph.relationCount();
    graph.mergeEntities(keep, gone);
    std::size_t folded = before - graph.relationCount();
    return fmt::format("merged '{}' into '{}': {} {} moved, {} folded into a fact it had", goneName,
                       graph.name(keep), moved, moved == 1 ? "relation" : "relations", folded);
}

} // namespace

void addMergeEntitiesCommand(CLI::App& app, CommandStatus&) {
    auto args = std::make_shared<MergeArgs>();
    auto* cmd = app.add_subcommand(
        "merge-entities", "Join an entity into another: its names become aliases, its facts move");
    cmd->add_option("graph", args->graph, "Graph file (.kg), changed in place")->required();
    cmd->add_option("from", args->gone, "Name or alias of the entity that joins the other")
        ->required();
    cmd->add_option("into", args->keep, "Name or alias of the entity that stays")->required();
    cmd->add_option("--note", args->note, "Why: kept with the change in the curation log");
    cmd->footer("Example: kg merge-entities news.kg \"Berg\" \"Jonas Berg\"");
    cmd->callback([args] {
        LoggedCommand logged{"merge-entities", {args->gone, args->keep}, args->note};
        fmt::print("{}\n", updateGraphFile(args->graph, logged, [&](graph::KnowledgeGraph& graph) {
                       return mergeEntities(graph, *args);
                   }));
    });
}

} // namespace kg::cli
