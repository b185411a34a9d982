#pragma once
// Clusters under a force layout. sfdp, neato and circo ignore clusters, and fdp, which draws
// them, gives a different drawing on every run in Graphviz 2.43 (even with a fixed seed). So the
// clusters are laid out apart and composed:
//   1. each cluster's nodes and the edges among them are laid out alone with the force engine;
//   2. the clusters, as boxes of that size, are placed by neato on a graph with one node per
//      cluster (and per node outside every cluster) and an edge wherever facts join two of
//      them, with overlaps removed, so that clusters that share facts end up side by side;
//   3. each node takes its place inside its cluster's box.
// The result is the same DOT with `pos` on every node and `bb` on every cluster, and
// `layout=nop2`: Graphviz keeps the positions. The edges' routes and labels are fixed afterwards
// (final_layout.h).
#include "export/graphviz.h"

#include <string>
#include <string_view>

namespace kg::exporter {

/// The layout engine that draws a composed diagram: positions as given, in points.
inline constexpr std::string_view kComposedLayout = "nop2";

/// The DOT text `dot` with every node placed (see above), clusters laid out with `engine`.
/// Runs layouts in this process: call it in a child (isolated_render.h), with the one context
/// the child uses for every layout (Graphviz 2.43 keeps a text-size cache across contexts that
/// a freed context leaves dangling). Throws GraphvizError.
std::string composeClusters(const GvContext& gvc, const std::string& dot, std::string_view engine);

} // namespace kg::exporter
