#include "export/render.h"

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
    if (format == DiagramFormat::Dot)
        return dot;
    // Lay out the graph read back from its own DOT text, not the graph built in memory: agwrite
    // orders nodes differently from their creation order, and the order steers the layout.
    // This way `dot -Tsvg exported.dot` gives byte for byte the SVG rendered here.
    return renderInChild(dot, layoutName(diagram.engine), diagramFormatName(format));
}

} // namespace kg::exporter
