#pragma once
#include <string>
#include <string_view>

namespace kg::graph {

/// Appends `in` as a JSON string literal, quotes included. Bytes that are not well-formed UTF-8
/// become U+FFFD, so whatever a graph holds, the output is valid JSON.
void appendJsonString(std::string& out, std::string_view in);

} // namespace kg::graph
