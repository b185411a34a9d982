#pragma once
// The stance map: the part of a graph where someone takes a position (`kg render --stances`).
#include "graph/knowledge_graph.h"

namespace kg::graph {

/// Keeps the facts with a stance and the proposals' `propose` and `by` edges, and the entities
/// they join; removes every other relation and the entities left without one.
void keepStanceFacts(KnowledgeGraph& graph);

} // namespace kg::graph
