// `kg rename-entity graph.kg "J. Berg" "Jonas Berg"`: a new canonical name; the old one stays
// as an alias, so queries and later builds still find the entity by it (docs/curation.md).
#include "cli/command.h"
#include "cli/graph_update.h"

#include <fmt/core.h>
#include <memory>

namespace kg::cli {
namespace {

struct RenameArgs {
    std::string graph;
    std::string note;
    std::string from;
    std::string to;
};

std::string renameEntity(graph::KnowledgeGraph& graph, const RenameArgs& args) {
    if (args.to.empty())
        throw CliError("the new name is empty", kExitUsage);
    graph::EntityId id = entityNamed(graph, args.from);
    std::string old(graph.name(id));
    if (!graph.rename(id, args.to))
        throw CliError(fmt::format("'{}' names another entity, '{}' (kg merge-entities joins "
                                   "the two)",
                                   args.to, graph.name(*graph.findEntity(args.to))));
    return fmt::format("renamed '{}' to '{}' ('{}' stays as an alias)", old, args.to, old);
}

} // namespace

void addRenameEntityCommand(CLI::App& app, CommandStatus&) {
    auto args = std::make_shared<RenameArgs>();
    auto* cmd = app.add_subcommand("rename-entity",
                                   "Give an entity a new name; the old one stays as an alias");
    cmd->add_option("graph", args->graph, "Graph file (.kg), changed in place")->required();
    cmd->add_option("name", args->from, "Name or alias of the entity")->required();
    cmd->add_option("new-name", args->to, "Its new name")->required();
    cmd->add_option("--note", args->note, "Why: kept with the change in the curation log");
    cmd->footer("Example: kg rename-entity news.kg \"J. Berg\" \"Jonas Berg\"");
    cmd->callback([args] {
        LoggedCommand logged{"rename-entity", {args->from, args->to}, args->note};
        fmt::print("{}\n", updateGraphFile(args->graph, logged, [&](graph::KnowledgeGraph& graph) {
                       return renameEntity(graph, *args);
                   }));
    });
}

} // namespace kg::cli
