#pragma once
// Drawing a diagram: DOT text straight from cgraph (agwrite, no layout, so it stays short and
// diffable), or SVG/PNG/PDF laid out and rendered in memory by gvc.
#include "export/diagram.h"

#include <string>
#include <string_view>

namespace kg::exporter {

enum class DiagramFormat { Dot, Svg, Png, Pdf };

std::string_view diagramFormatName(DiagramFormat format);

struct DrawnDiagram {
    std::string bytes;
    /// Said to the user when the drawing is not clean ("" when it is): what covers what, and
    /// what to change.
    std::string warning;
};

/// The diagram in `format`. Throws GraphvizError if layout or rendering fails.
DrawnDiagram drawDiagram(const Diagram& diagram, DiagramFormat format);

/// The warning for a drawing where `labels` edge labels cover a node or another label.
std::string crowdedLabelsWarning(std::size_t labels);

/// drawDiagram's bytes alone.
std::string renderDiagram(const Diagram& diagram, DiagramFormat format);

} // namespace kg::exporter
