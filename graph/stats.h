#pragma once
// Summary figures of a graph, for `kg stats` and the REPL's :stats.
#include "graph/graph_view.h"

#include <array>
#include <cstddef>
#include <utility>
#include <vector>

namespace kg::graph {

struct GraphStats {
    std::size_t entities = 0;
    std::size_t relations = 0;
    std::size_t predicates = 0;       ///< distinct predicates in use
    std::size_t mentions = 0;         ///< evidence records over all relations
    std::size_t components = 0;       ///< weakly connected components (isolated entities count)
    std::size_t largestComponent = 0; ///< entities in the biggest component
    std::size_t withAliases = 0;      ///< entities known by more than one name
    std::array<std::size_t, kAllEntityTypes.size()> entitiesByType{}; ///< indexed by EntityType
    std::vector<std::pair<EntityId, std::size_t>> topEntities; ///< (entity, degree), highest first
    std::vector<std::pair<Sym, std::size_t>> topPredicates;    ///< (predicate, relations)
};

/// O(entities + relations) on the editable graph. A binary file stores the figures that need a
/// whole pass when it is written, so on a mapped graph this reads them and the predicate table.
/// Ties in the top lists go to the lower id / the smaller name.
GraphStats computeStats(GraphView graph, std::size_t top = 10);

} // namespace kg::graph
