#include "export/entity_lookup.h"

#include "export/export_error.h"

#include <algorithm>
#include <fmt/format.h>
#include <vector>

namespace kg::exporter {
namespace {

// Levenshtein distance, giving up (returning limit + 1) as soon as it must exceed `limit`: most
// names of a big graph are rejected after a row or two.
std::size_t boundedDistance(std::string_view a, std::string_view b, std::size_t limit) {
    std::size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (gap > limit)
        return limit + 1;
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        std::size_t best = row[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
            best = std::min(best, row[j]);
        }
        if (best > limit)
            return limit + 1;
    }
    return row[b.size()];
}

} // namespace

std::optional<std::string> closestEntityName(const graph::KnowledgeGraph& g,
                                             std::string_view name) {
    std::string wanted = graph::foldCase(name);
    // A typo or two in a short name, proportionally more in a long one.
    std::size_t limit = std::max<std::size_t>(1, wanted.size() / 4);
    std::optional<std::string> best;
    std::size_t bestDistance = limit + 1;
    auto consider = [&](graph::Sym sym) {
        std::string_view candidate = g.str(sym);
        std::size_t d = boundedDistance(wanted, graph::foldCase(candidate), bestDistance - 1);
        if (d < bestDistance) {
            bestDistance = d;
            best = std::string(candidate);
        }
    };
    for (graph::EntityId id = 0, bound = g.entityIdBound(); id < bound && bestDistance > 1; ++id) {
        if (!g.isLive(id))
            continue;
        const graph::Entity& e = g.entity(id);
        consider(e.name);
        for (graph::Sym alias : e.aliases)
            consider(alias);
    }
    return best;
}

graph::EntityId resolveEntity(const graph::KnowledgeGraph& g, std::string_view name) {
    if (auto id = g.findEntity(name))
        return *id;
    if (auto id = g.findEntityIgnoreCase(name))
        return *id;
    std::string message = fmt::format("no entity named '{}'", name);
    if (auto close = closestEntityName(g, name))
        message += fmt::format("; did you mean '{}'?", *close);
    throw ExportError(message);
}

} // namespace kg::exporter
