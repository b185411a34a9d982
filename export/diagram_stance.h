#pragma once
// How a diagram shows positions: support edges green, opposition red, and a contested fact
// marked, its tooltip quoting the facts that contradict it (graph/contradictions.h).
#include "graph/knowledge_graph.h"

#include <string>
#include <string_view>
#include <vector>

namespace kg::exporter {

/// The edge colour of a stance; empty for neutral (the edge keeps its usual colour).
std::string_view stanceColor(graph::Stance stance);

/// The label's marker on a contested edge.
inline constexpr std::string_view kContestedMarker = "≠ contested";

/// For a contested fact: "contested by:" and one line per contradicting fact, with its words,
/// speaker, document, date and sentence. Empty when the fact is not contested.
std::vector<std::string> contestedLines(const graph::KnowledgeGraph& g, graph::RelationId id);

} // namespace kg::exporter
