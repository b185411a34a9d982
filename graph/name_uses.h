#pragma once
// How often each name of an entity is written in its evidence, so a reader can see which
// surface forms were merged into it and how much each one weighs ("Mark Rutte" 12, "Rutte" 30,
// "NATO chief" 1).
#include "graph/graph_view.h"

#include <string_view>
#include <utility>
#include <vector>

namespace kg::graph {

/// The entity's canonical name, then each alias, with the number of distinct evidence sentences
/// of its relations that write it as a whole word or phrase, case as stored, not inside a longer
/// name of the same entity ("Rutte" in "Mark Rutte" counts for "Mark Rutte" only). A name the
/// resolver inferred rather than read (a country named for its capital) may count 0.
std::vector<std::pair<std::string_view, std::size_t>> nameUses(GraphView graph, EntityId id);

} // namespace kg::graph
