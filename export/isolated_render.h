#pragma once
// Layout and rendering in a child process. Graphviz keeps layout state in globals between calls
// (fdp's parameters, the C library's random sequences sfdp draws from), so a second layout in one
// process can differ from the first. Forking for each layout gives every diagram the state of a
// fresh process: the same bytes as the `dot` command, whatever was drawn before (a batch). It
// also keeps a crash inside Graphviz from taking kg down with it.
#include "export/final_layout.h"

#include <string>
#include <string_view>

namespace kg::exporter {

/// Lays out the graph in `dot` with `engine` and renders it as `format` ("svg", "png", "pdf").
/// Throws GraphvizError with Graphviz's message if layout or rendering fails or crashes.
std::string renderInChild(const std::string& dot, std::string_view engine, std::string_view format);

/// fixDrawing (final_layout.h) in a child, on the clusters composed first (cluster_composition.h)
/// if `composed`: the DOT with the whole drawing fixed, to be drawn with kComposedLayout.
FinalLayout fixDrawingInChild(const std::string& dot, std::string_view engine, bool composed);

} // namespace kg::exporter
