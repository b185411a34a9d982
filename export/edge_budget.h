#pragma once
// Which facts a diagram draws among its kept entities. Forty busy entities can share thousands
// of facts (FB15k-237's biggest hubs do), far beyond what a reader can follow or Graphviz can lay
// out quickly. So: first a maximum spanning forest (heaviest facts that join two groups not yet
// joined), which keeps every entity that has a drawn fact attached; then the heaviest remaining
// facts, at most kFactsPerPair between one pair, until the edge budget is spent. Weight =
// support × confidence; ties go to the lower relation id, so the choice is deterministic.
#include "graph/knowledge_graph.h"

#include <cstddef>
#include <vector>

namespace kg::exporter {

inline constexpr std::size_t kFactsPerPair = 3;
inline constexpr std::size_t kEdgesPerNode = 3;

struct DrawnFacts {
    std::vector<graph::RelationId> drawn; ///< increasing id
    std::size_t hidden = 0;               ///< facts among the kept entities left out
};

/// `candidates`: the selected facts among the kept entities, increasing id. `maxEdges` 0 draws
/// them all.
DrawnFacts chooseFacts(const graph::KnowledgeGraph& g, const std::vector<graph::EntityId>& kept,
                       const std::vector<graph::RelationId>& candidates, std::size_t maxEdges);

} // namespace kg::exporter
