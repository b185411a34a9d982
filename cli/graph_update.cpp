#include "cli/graph_update.h"

#include "cli/command.h"
#include "cli/output_guard.h"
#include "export/entity_lookup.h"
#include "graph/io/kg_file.h"

#include <fmt/core.h>
#include <memory>

namespace kg::cli {

std::string updateGraphFile(const std::string& file,
                            const std::function<std::string(graph::KnowledgeGraph&)>& change) {
    std::unique_ptr<base::FileLock> lock = lockForUpdate(file);
    graph::KnowledgeGraph graph = graph::loadGraph(file);
    std::string message = change(graph);
    graph::saveGraph(graph, file);
    return message;
}

graph::EntityId entityNamed(const graph::KnowledgeGraph& graph, std::string_view name) {
    if (auto id = graph.findEntity(name))
        return *id;
    std::string message = fmt::format("no entity named '{}'", name);
    if (auto close = exporter::closestEntityName(graph, name))
        message += fmt::format(" (did you mean '{}'?)", *close);
    throw CliError(message);
}

} // namespace kg::cli
