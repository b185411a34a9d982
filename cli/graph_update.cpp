#include "cli/graph_update.h"

#include "cli/command.h"
#include "cli/output_guard.h"
#include "export/entity_lookup.h"
#include "extract/graph_claims.h"
#include "graph/curation.h"
#include "graph/io/kg_file.h"

#include <fmt/core.h>
#include <memory>

namespace kg::cli {

namespace {

// Plain words stay bare; anything else is single-quoted as a POSIX shell reads it back.
std::string shellWord(std::string_view word) {
    bool plain =
        !word.empty() && word.find_first_not_of("abcdefghijklmnopqrstuvwxyz"
                                                "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                "0123456789-_./,:=+@%") == std::string_view::npos;
    if (plain)
        return std::string(word);
    std::string quoted = "'";
    for (char c : word)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

} // namespace

std::string LoggedCommand::text() const {
    std::string line = "kg " + command;
    for (const std::string& arg : args)
        line += " " + shellWord(arg);
    return line;
}

std::string updateGraphFile(const std::string& file, const LoggedCommand& command,
                            const std::function<std::string(graph::KnowledgeGraph&)>& change) {
    std::unique_ptr<base::FileLock> lock = lockForUpdate(file);
    graph::KnowledgeGraph graph = graph::loadGraph(file);
    graph::GraphSnapshot before = graph::takeSnapshot(graph);
    std::string message = change(graph);
    graph::logChange(graph, before, command.text(), command.note);
    extract::saveLoggedChanges(graph, file);
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
