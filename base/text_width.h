#pragma once
// Terminal column widths of UTF-8 text, for aligned tables and completion listings: combining
// marks take no column, East Asian wide characters two, everything else one. Invalid bytes
// count as one column each (they print as a replacement character).
#include <cstddef>
#include <string>
#include <string_view>

namespace kg::base {

std::size_t displayWidth(std::string_view utf8);

/// The text cut to at most `width` columns, ending with "…" when something was cut.
std::string truncateToWidth(std::string_view utf8, std::size_t width);

/// Control characters (newlines and tabs in sentence text) become spaces so that one cell
/// stays on one line of the table.
std::string singleLine(std::string_view utf8);

} // namespace kg::base
