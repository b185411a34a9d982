#pragma once
// The whole drawing of a force layout, fixed in the DOT: where every node is (`pos`), the route
// of every edge (`pos`) and the spot of every edge label (`xlp`), with `layout=nop2`, so that
// Graphviz only draws what kg decided and the dot command on the DOT draws the same.
//
// kg decides two things Graphviz 2.43 does poorly at this size:
//   - edge labels: placed by label_placement.h, where none covers a node or another label;
//   - in composed clusters (cluster_composition.h), the edges' routes: straight, and only the
//     edges whose line would cross a node are routed around nodes, each among the nodes near it
//     (Graphviz routing every edge among all nodes costs seconds: bench/RESULTS.md).
#include "export/graphviz.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::exporter {

struct FinalLayout {
    std::string dot;
    /// Labels that found no free spot near their edge and cover something.
    std::size_t crowdedLabels = 0;
};

/// Lays `dot` out with `engine` (kComposedLayout for composed clusters, whose nodes are placed)
/// and fixes the drawing as above. Runs layouts in this process: call it in a child
/// (isolated_render.h). Throws GraphvizError.
FinalLayout fixDrawing(const GvContext& gvc, const std::string& dot, std::string_view engine);

} // namespace kg::exporter
