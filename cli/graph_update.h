#pragma once
// The shape every curation command shares (kg merge-entities, kg rename-entity): take the
// graph's writer lock, load it, change it, save it atomically, all or nothing.
#include "graph/knowledge_graph.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::cli {

/// What the curation log says a change was: the command and its arguments (the graph file
/// left out) as a shell would read them back: `kg merge-entities Berg 'Jonas Berg'`.
struct LoggedCommand {
    std::string command; ///< "merge-entities"
    std::vector<std::string> args;
    std::string note;
    std::string text() const;
};

/// Loads `file` under the lock every writer takes (cli/output_guard.h), lets `change` edit
/// the graph, records the change in the graph's curation log and returns its message once the
/// graph is saved. `change` throws CliError to leave the file as it was.
std::string updateGraphFile(const std::string& file, const LoggedCommand& command,
                            const std::function<std::string(graph::KnowledgeGraph&)>& change);

/// The entity named or aliased exactly `name`; CliError "no entity named 'X'" (with the closest
/// name as a hint) otherwise. No case folding: a curator's change must hit the entity named.
graph::EntityId entityNamed(const graph::KnowledgeGraph& graph, std::string_view name);

} // namespace kg::cli
