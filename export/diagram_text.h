#pragma once
// The words a diagram shows: edge labels and the evidence tooltips. Plain text lines here; the
// diagram escapes them for Graphviz.
#include "graph/knowledge_graph.h"

#include <string>
#include <string_view>
#include <vector>

namespace kg::exporter {

/// "will not increase · by 2029 · 2%" and, for a reported fact, a second line
/// "according to Mark Rutte".
std::vector<std::string> edgeLabelLines(const graph::KnowledgeGraph& g, const graph::Relation& r);

/// A document as a diagram names it: its file name, without the folders it was built from
/// ("/home/ana/news/riverton-1.txt" → "riverton-1.txt"); a name without folders stays as is.
std::string documentName(std::string_view doc);

/// The tooltip of an edge: the fact, its support and confidence, then its evidence.
std::vector<std::string> edgeTooltipLines(const graph::KnowledgeGraph& g, const graph::Relation& r);

/// The tooltip of a node: name and type, aliases, mention count, then evidence sentences taken
/// from `relations` (its drawn relations, in order).
std::vector<std::string> nodeTooltipLines(const graph::KnowledgeGraph& g, graph::EntityId id,
                                          const std::vector<graph::RelationId>& relations);

} // namespace kg::exporter
