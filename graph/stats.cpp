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

} // namespace

GraphStats computeStats(const KnowledgeGraph& graph, std::size_t top) {
    GraphStats s;
    s.entities = graph.entityCount();
    s.relations = graph.relationCount();

    Components components(graph.entityIdBound());
    for (RelationId r = 0; r < graph.relationIdBound(); ++r) {
        if (!graph.isLiveRelation(r))
            continue;
        const Relation& rel = graph.relation(r);
        components.join(rel.source, rel.target);
        s.mentions += rel.mentions.size();
    }

    // Keep the `top` highest degrees in a small heap instead of sorting every entity.
    auto higher = [](const std::pair<EntityId, std::size_t>& a,
                     const std::pair<EntityId, std::size_t>& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    std::vector<std::pair<EntityId, std::size_t>>& best = s.topEntities;
    for (EntityId id = 0; id < graph.entityIdBound(); ++id) {
        if (!graph.isLive(id))
            continue;
        ++s.entitiesByType[static_cast<std::size_t>(graph.entity(id).type)];
        if (!graph.entity(id).aliases.empty())
            ++s.withAliases;
        if (components.find(id) == id) {
            ++s.components;
            s.largestComponent = std::max(s.largestComponent, components.sizeOf(id));
        }
        if (top == 0)
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

    auto predicates = graph.predicates();
    s.predicates = predicates.size();
    predicates.resize(std::min(predicates.size(), top));
    s.topPredicates = std::move(predicates);
    return s;
}

} // namespace kg::graph
