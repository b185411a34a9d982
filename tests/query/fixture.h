#pragma once
// The small news graph every query test runs on (its facts are listed in fixture.cpp).
#include "graph/knowledge_graph.h"

namespace kg::query::testing {

/// Built fresh for each call: ids are deterministic (entities and relations in the order
/// fixture.cpp adds them).
graph::KnowledgeGraph makeFixtureGraph();

} // namespace kg::query::testing
