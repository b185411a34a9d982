#include "export/diagram_style.h"

#include <array>
#include <bit>

namespace kg::exporter {

NodeStyle nodeStyle(graph::EntityType type) {
    // Shapes tell types apart in greyscale print; the pastel fills (ColorBrewer Paired's light
    // half) keep black labels readable.
    switch (type) {
    case graph::EntityType::Person:
        return {"ellipse", "#a6cee3"};
    case graph::EntityType::Organization:
        return {"box", "#b2df8a"};
    case graph::EntityType::Place:
        return {"hexagon", "#fdbf6f"};
    case graph::EntityType::Group:
        return {"octagon", "#cab2d6"};
    case graph::EntityType::Quantity:
        return {"note", "#ffff99"};
    case graph::EntityType::Date:
        return {"tab", "#fb9a99"};
    // Set3's pastels continue Paired's when its light half is used up.
    case graph::EntityType::Event:
        return {"parallelogram", "#fccde5"};
    case graph::EntityType::Document:
        return {"folder", "#ccebc5"};
    case graph::EntityType::Proposal:
        return {"component", "#fddbc7"};
    case graph::EntityType::Other:
        break;
    }
    return {"ellipse", "#e0e0e0"};
}

std::string_view penWidth(std::uint32_t support) {
    static constexpr std::array<std::string_view, 6> kWidths = {"1", "2", "3", "4", "5", "6"};
    std::size_t step = support <= 1 ? 0 : static_cast<std::size_t>(std::bit_width(support) - 1);
    return kWidths[step < kWidths.size() ? step : kWidths.size() - 1];
}

} // namespace kg::exporter
