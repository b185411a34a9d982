#include "export/diagram_options.h"

#include "base/case_fold.h"

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

} // namespace

std::optional<Layout> parseLayout(std::string_view name) {
    for (const auto& [text, layout] : kLayouts)
        if (base::equalsIgnoreCase(text, name))
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
        if (base::equalsIgnoreCase(text, name))
            return cluster;
    return std::nullopt;
}

Layout resolveLayout(Layout layout, std::size_t nodes) {
    if (layout != Layout::Auto)
        return layout;
    return nodes > kAutoSfdpAbove ? Layout::Sfdp : Layout::Dot;
}

bool placesEdgeLabels(Layout engine) {
    return engine == Layout::Dot;
}

} // namespace kg::exporter
