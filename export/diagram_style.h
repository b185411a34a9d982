#pragma once
#include "graph/entity.h"

#include <string_view>

namespace kg::exporter {

/// How a node of each entity type is drawn (Graphviz shape and fill colour).
struct NodeStyle {
    std::string_view shape;
    std::string_view fill;
};

NodeStyle nodeStyle(graph::EntityType type);

/// Pen width for a fact seen `support` times: 1, 2, 3, ... per doubling, at most 6.
std::string_view penWidth(std::uint32_t support);

} // namespace kg::exporter
