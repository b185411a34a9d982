#pragma once
// A small graph that uses every property a graph file holds, and a comparison of two graphs
// property by property: for the tests of both file forms.
#include "graph/knowledge_graph.h"

namespace kg::graph::testing {

/// A graph using every property, with removed objects that saving must leave out.
KnowledgeGraph richGraph();

/// Every property of every live entity and relation, compared in id order (saving renumbers
/// live objects densely but keeps their order).
void expectSameGraph(const KnowledgeGraph& a, const KnowledgeGraph& b);

} // namespace kg::graph::testing
