#include "graph/stats.h"

#include <algorithm>
#include <numeric>

namespace kg::graph {

namespace {

/// Union-find over entity ids with path halving and union by size.
class Components {
public:
    explicit Components(std::size_t n) : parent_(n), size_(n, 1) {
        std::iota(parent_.begin(), parent_.end(), EntityId{0});
    }
    EntityId find(EntityId x) {
        while (parent_[x] != x) {
            parent_[x] = parent_[parent_[x]];
            x = parent_[x];
        }
        return x;
    }
    void join(EntityId a, EntityId b) {
        a = find(a);
        b = find(b);
        if (a == b)
            return;
        if (size_[a] < size_[b])
            std::swap(a, b);
        parent_[b] = a;
        size_[a] += size_[b];
    }
    std::size_t sizeOf(EntityId root) const { return size_[root]; }

private:
    std::vector<EntityId> parent_;
    std::vector<std::size_t> size_;
};

/// The `top` entities of highest degree, through a small heap instead of sorting every entity.
std::vector<std::pair<EntityId, std::size_t>> topByDegree(GraphView graph, std::size_t top) {
    auto higher = [](const std::pair<EntityId, std::size_t>& a,
                     const std::pair<EntityId, std::size_t>& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    std::vector<std::pair<EntityId, std::size_t>> best;
    if (top == 0)
        return best;
    for (EntityId id = 0; id < graph.entityIdBound(); ++id) {
        if (!graph.isLive(id))
            continue;
        std::pair<EntityId, std::size_t> candidate{id, graph.degree(id)};
        if (best.size() < top) {
            best.push_back(candidate);
            std::push_heap(best.begin(), best.end(), higher);
        } else if (higher(candidate, best.front())) {
            std::pop_heap(best.begin(), best.end(), higher);
            best.back() = candidate;
            std::push_heap(best.begin(), best.end(), higher);
        }
    }
    std::sort_heap(best.begin(), best.end(), higher);
    return best;
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
        Components components(g.entityIdBound());
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
