#include "export/entity_lookup.h"

#include "base/case_fold.h"
#include "base/edit_distance.h"
#include "export/export_error.h"

#include <algorithm>
#include <fmt/format.h>
#include <vector>

namespace kg::exporter {

std::optional<std::string> closestEntityName(const graph::KnowledgeGraph& g,
                                             std::string_view name) {
    std::string wanted = base::foldCase(name);
    // A typo or two in a short name, proportionally more in a long one.
    std::size_t limit = std::max<std::size_t>(1, wanted.size() / 4);
    std::optional<std::string> best;
    std::size_t bestDistance = limit + 1;
    auto consider = [&](graph::Sym sym) {
        std::string_view candidate = g.str(sym);
        std::size_t d =
            base::editDistanceIgnoreCase(wanted, base::foldCase(candidate), bestDistance - 1);
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
