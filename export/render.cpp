#include "export/render.h"

#include "export/cluster_composition.h"
#include "export/isolated_render.h"

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

std::string renderDiagram(const Diagram& diagram, DiagramFormat format) {
    std::string dot = diagram.graph.dot();
    // A clustered diagram under a force layout is placed first; its DOT carries the positions,
    // so that the dot command on it still draws what kg draws.
    if (diagram.composed)
        dot = composeInChild(dot, layoutName(diagram.engine));
    if (format == DiagramFormat::Dot)
        return dot;
    // Lay out the graph read back from its own DOT text, not the graph built in memory: agwrite
    // orders nodes differently from their creation order, and the order steers the layout.
    // This way `dot -Tsvg exported.dot` gives byte for byte the SVG rendered here.
    return renderInChild(dot, diagram.composed ? kComposedLayout : layoutName(diagram.engine),
                         diagramFormatName(format));
}

} // namespace kg::exporter
