#include "graph/stats.h"

#include "graph/stats_parts.h"

#include <algorithm>
#include <numeric>

namespace kg::graph {

namespace {

/// The `top` entities of highest degree.
std::vector<std::pair<EntityId, std::size_t>> topByDegree(GraphView graph, std::size_t top) {
    return graph::topByDegree(graph.entityIdBound(), top,
                              [&](EntityId id) -> std::optional<std::size_t> {
                                  if (!graph.isLive(id))
                                      return std::nullopt;
                                  return graph.degree(id);
                              });
}

GraphStats storedStats(const MappedGraph& file, std::size_t top) {
    GraphStats s;
    s.entities = file.entityCount();
    s.relations = file.relationCount();
    const kgb::Summary& summary = file.summary();
    s.mentions = summary.mentions;
    s.components = summary.components;
    s.largestComponent = summary.largestComponent;
    s.withAliases = summary.withAliases;
    for (std::size_t t = 0; t < s.entitiesByType.size(); ++t)
        s.entitiesByType[t] = summary.entitiesByType[t];
    auto stored = file.topEntities();
    if (top <= stored.size() || stored.size() == s.entities) {
        for (const kgb::TopEntity& e : stored.first(std::min(top, stored.size())))
            s.topEntities.emplace_back(file.entity(e.entity), e.degree);
    } else {
        s.topEntities = topByDegree(file, top);
    }
    return s;
}

} // namespace

GraphStats computeStats(GraphView graph, std::size_t top) {
    GraphStats s;
    if (graph.mapped()) {
        s = storedStats(*graph.mapped(), top);
    } else {
        const KnowledgeGraph& g = *graph.editable();
        s.entities = g.entityCount();
        s.relations = g.relationCount();
        UnionFind components(g.entityIdBound());
        for (RelationId r = 0; r < g.relationIdBound(); ++r) {
            if (!g.isLiveRelation(r))
                continue;
            const Relation& rel = g.relation(r);
            components.join(rel.source, rel.target);
            s.mentions += rel.mentions.size();
        }
        for (EntityId id = 0; id < g.entityIdBound(); ++id) {
            if (!g.isLive(id))
                continue;
            ++s.entitiesByType[static_cast<std::size_t>(g.entity(id).type)];
            if (!g.entity(id).aliases.empty())
                ++s.withAliases;
            if (components.find(id) == id) {
                ++s.components;
                s.largestComponent = std::max(s.largestComponent, components.sizeOf(id));
            }
        }
        s.topEntities = topByDegree(graph, top);
    }
    auto predicates = graph.predicates();
    s.predicates = predicates.size();
    predicates.resize(std::min(predicates.size(), top));
    s.topPredicates = std::move(predicates);
    return s;
}

} // namespace kg::graph
