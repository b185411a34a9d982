#pragma once
// Drawing a diagram: DOT text straight from cgraph (agwrite, no layout, so it stays short and
// diffable), or SVG/PNG/PDF laid out and rendered in memory by gvc.
#include "export/diagram.h"

#include <string>
#include <string_view>

namespace kg::exporter {

enum class DiagramFormat { Dot, Svg, Png, Pdf };

std::string_view diagramFormatName(DiagramFormat format);

/// The diagram's bytes in `format`. Throws GraphvizError if layout or rendering fails.
std::string renderDiagram(const Diagram& diagram, DiagramFormat format);

} // namespace kg::exporter
