#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kg::exporter {

/// Graphviz layout engines kg offers. Auto is dot for small diagrams and sfdp with overlap
/// removal above kAutoSfdpAbove nodes, where dot's layered drawing becomes unreadable and slow.
enum class Layout { Auto, Dot, Neato, Fdp, Sfdp, Circo };
enum class Cluster { None, Type, Doc };

inline constexpr std::size_t kAutoSfdpAbove = 60;
/// Most entities drawn in clusters: past this the clusters themselves become too many and too
/// large to read, whichever way they are laid out.
inline constexpr std::size_t kMaxClusteredNodes = 200;
inline constexpr std::size_t kDefaultMaxNodes = 40;
/// Largest diagram built at all (entities or facts), whatever --max-nodes says.
inline constexpr std::size_t kMaxDiagramFacts = 500000;
/// Largest diagram laid out (SVG, PNG, PDF): beyond it Graphviz takes minutes to hours.
inline constexpr std::size_t kMaxLayoutEntities = 2000;

struct DiagramOptions {
    /// Entity nodes drawn at most; the rest fold into "+N more" nodes. 0 draws every entity.
    std::size_t maxNodes = kDefaultMaxNodes;
    Layout layout = Layout::Auto;
    Cluster cluster = Cluster::None;
    bool legend = true;
    /// Caption under the diagram ("Around Mark Rutte, depth 2"); none if empty.
    std::string title;
    /// The output can be hovered for tooltips (SVG, and DOT that may become SVG); the legend
    /// only mentions hovering then.
    bool hoverable = true;
};

/// "auto", "dot", "neato", "fdp", "sfdp", "circo" (case-insensitive).
std::optional<Layout> parseLayout(std::string_view name);
std::string_view layoutName(Layout layout);
/// "none", "type", "doc" (case-insensitive).
std::optional<Cluster> parseCluster(std::string_view name);

/// The engine for `layout` on a diagram of `nodes` nodes: under auto, dot for small diagrams and
/// sfdp for the rest (with clusters laid out apart and composed: cluster_composition.h).
Layout resolveLayout(Layout layout, std::size_t nodes);

/// Whether `engine` lays edge labels out itself (dot); force layouts place them afterwards.
bool placesEdgeLabels(Layout engine);

} // namespace kg::exporter
