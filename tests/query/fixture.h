#pragma once
// The small news graph every query test runs on (its facts are listed in fixture.cpp).
#include "graph/graph_view.h"
#include "graph/knowledge_graph.h"

namespace kg::query::testing {

/// Built fresh for each call: ids are deterministic (entities and relations in the order
/// fixture.cpp adds them).
graph::KnowledgeGraph makeFixtureGraph();

/// The two forms a query reads a graph in: the editable graph, or its binary file mapped.
enum class StoreForm { Editable, Mapped };
inline constexpr StoreForm kStoreForms[] = {StoreForm::Editable, StoreForm::Mapped};
const char* storeFormName(StoreForm form);

/// The fixture graph in `form`, built once per process (the mapped one saved to a temporary
/// .kgb file first).
graph::GraphView fixtureGraph(StoreForm form);

} // namespace kg::query::testing
