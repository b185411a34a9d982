#pragma once
// The words a diagram shows: edge labels and the evidence tooltips. Plain text lines here; the
// diagram escapes them for Graphviz.
#include "graph/knowledge_graph.h"

#include <string>
#include <vector>

namespace kg::exporter {

/// "will not increase · by 2029 · 2%" and, for a reported fact, a second line
/// "according to Mark Rutte".
std::vector<std::string> edgeLabelLines(const graph::KnowledgeGraph& g, const graph::Relation& r);

/// The tooltip of an edge: the fact, its support and confidence, then its evidence.
std::vector<std::string> edgeTooltipLines(const graph::KnowledgeGraph& g, const graph::Relation& r);

/// The tooltip of a node: name and type, aliases, mention count, then evidence sentences taken
/// from `relations` (its drawn relations, in order).
std::vector<std::string> nodeTooltipLines(const graph::KnowledgeGraph& g, graph::EntityId id,
                                          const std::vector<graph::RelationId>& relations);

} // namespace kg::exporter
