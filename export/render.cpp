#include "export/render.h"

#include "export/cluster_composition.h"
#include "export/isolated_render.h"

#include <fmt/format.h>

namespace kg::exporter {

std::string_view diagramFormatName(DiagramFormat format) {
    switch (format) {
    case DiagramFormat::Dot:
        return "dot";
    case DiagramFormat::Svg:
        return "svg";
    case DiagramFormat::Png:
        return "png";
    case DiagramFormat::Pdf:
        return "pdf";
    }
    return "dot";
}

std::string crowdedLabelsWarning(std::size_t labels) {
    return fmt::format("edge labels with no free spot near their edge: {} (each covers a node or "
                       "another label); draw fewer entities (--max-nodes) to give them room",
                       labels);
}

DrawnDiagram drawDiagram(const Diagram& diagram, DiagramFormat format) {
    DrawnDiagram drawn;
    std::string dot = diagram.graph.dot();
    // Under a force layout kg fixes the drawing itself (final_layout.h); the DOT carries it, so
    // that the dot command on it still draws what kg draws.
    const bool fixed = diagram.engine != Layout::Dot;
    if (fixed) {
        FinalLayout layout = fixDrawingInChild(dot, layoutName(diagram.engine), diagram.composed);
        dot = std::move(layout.dot);
        if (layout.crowdedLabels > 0)
            drawn.warning = crowdedLabelsWarning(layout.crowdedLabels);
    }
    if (format == DiagramFormat::Dot) {
        drawn.bytes = std::move(dot);
        return drawn;
    }
    // Lay out the graph read back from its own DOT text, not the graph built in memory: agwrite
    // orders nodes differently from their creation order, and the order steers the layout.
    // This way `dot -Tsvg exported.dot` gives byte for byte the SVG rendered here.
    drawn.bytes = renderInChild(dot, fixed ? kComposedLayout : layoutName(diagram.engine),
                                diagramFormatName(format));
    return drawn;
}

std::string renderDiagram(const Diagram& diagram, DiagramFormat format) {
    return drawDiagram(diagram, format).bytes;
}

} // namespace kg::exporter
