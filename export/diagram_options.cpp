#include "export/diagram_options.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace kg::exporter {
namespace {

constexpr std::array<std::pair<std::string_view, Layout>, 6> kLayouts = {{
    {"auto", Layout::Auto},
    {"dot", Layout::Dot},
    {"neato", Layout::Neato},
    {"fdp", Layout::Fdp},
    {"sfdp", Layout::Sfdp},
    {"circo", Layout::Circo},
}};

constexpr std::array<std::pair<std::string_view, Cluster>, 3> kClusters = {{
    {"none", Cluster::None},
    {"type", Cluster::Type},
    {"doc", Cluster::Doc},
}};

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) ==
               std::tolower(static_cast<unsigned char>(y));
    });
}

} // namespace

std::optional<Layout> parseLayout(std::string_view name) {
    for (const auto& [text, layout] : kLayouts)
        if (equalsIgnoreCase(text, name))
            return layout;
    return std::nullopt;
}

std::string_view layoutName(Layout layout) {
    for (const auto& [text, value] : kLayouts)
        if (value == layout)
            return text;
    return "auto";
}

std::optional<Cluster> parseCluster(std::string_view name) {
    for (const auto& [text, cluster] : kClusters)
        if (equalsIgnoreCase(text, name))
            return cluster;
    return std::nullopt;
}

Layout resolveLayout(Layout layout, std::size_t nodes) {
    if (layout != Layout::Auto)
        return layout;
    return nodes > kAutoSfdpAbove ? Layout::Sfdp : Layout::Dot;
}

} // namespace kg::exporter
