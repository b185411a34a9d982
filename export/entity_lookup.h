#pragma once
#include "graph/knowledge_graph.h"

#include <optional>
#include <string>
#include <string_view>

namespace kg::exporter {

/// Finds an entity by canonical name or alias, exactly, then ignoring case. Throws ExportError
/// "no entity named 'X'" (with "; did you mean 'Y'?" when a name is close) otherwise.
graph::EntityId resolveEntity(const graph::KnowledgeGraph& g, std::string_view name);

/// The canonical name or alias closest to `name` by edit distance (ignoring case), if one is
/// close enough to be a likely typo. Scans every name: only for the error path.
std::optional<std::string> closestEntityName(const graph::KnowledgeGraph& g, std::string_view name);

} // namespace kg::exporter
