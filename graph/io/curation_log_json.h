#pragma once
// The curation log as JSON text: the value of the `.kg` file's "log" key, and the content of
// the `.kgb` file's log section (docs/file-format.md describes the layout).
#include "graph/curation_log.h"

#include <string>
#include <string_view>

namespace kg::graph {

/// Deepest nesting inside the log (the log array is level 1): a reader refuses anything deeper
/// before parsing, so no input can exhaust the stack.
inline constexpr unsigned kCurationLogDepth = 8;

std::string curationLogToJson(const CurationLog& log);
/// Throws CurationError naming the entry and field at fault.
CurationLog curationLogFromJson(std::string_view json);

} // namespace kg::graph
