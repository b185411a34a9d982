#include "export/selection.h"

#include "export/entity_lookup.h"

#include <algorithm>

namespace kg::exporter {
namespace {

void sortUnique(std::vector<std::uint32_t>& ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

} // namespace

SelectionIndex::SelectionIndex(const graph::KnowledgeGraph& g, const Selection& s)
    : g_(&g), whole_(s.whole) {
    if (whole_)
        return;
    entities_.assign(g.entityIdBound(), false);
    relations_.assign(g.relationIdBound(), false);
    for (graph::EntityId id : s.entities)
        entities_[id] = true;
    for (graph::RelationId id : s.relations)
        relations_[id] = true;
}

Selection selectWhole() {
    Selection s;
    s.whole = true;
    return s;
}

Selection selectAround(const graph::KnowledgeGraph& g, std::string_view name, unsigned depth) {
    graph::EntityId centre = resolveEntity(g, name);
    // Breadth-first over both directions; `seen` is indexed by id so each visit is O(1).
    std::vector<bool> seen(g.entityIdBound(), false);
    std::vector<graph::EntityId> layer{centre};
    std::vector<graph::EntityId> reached{centre};
    seen[centre] = true;
    for (unsigned hop = 0; hop < depth && !layer.empty(); ++hop) {
        std::vector<graph::EntityId> next;
        auto visit = [&](graph::EntityId other) {
            if (!seen[other]) {
                seen[other] = true;
                next.push_back(other);
            }
        };
        for (graph::EntityId id : layer) {
            for (const graph::EdgeView& e : g.outEdges(id))
                visit(e.other);
            for (const graph::EdgeView& e : g.inEdges(id))
                visit(e.other);
        }
        reached.insert(reached.end(), next.begin(), next.end());
        layer = std::move(next);
    }

    Selection s;
    s.focus = centre;
    s.entities = std::move(reached);
    sortUnique(s.entities);
    // Every relation among the reached entities: scanning out-edges finds each exactly once.
    for (graph::EntityId id : s.entities)
        for (const graph::EdgeView& e : g.outEdges(id))
            if (seen[e.other])
                s.relations.push_back(e.relation);
    sortUnique(s.relations);
    return s;
}

Selection selectIds(const graph::KnowledgeGraph& g, std::vector<graph::EntityId> entities,
                    std::vector<graph::RelationId> relations) {
    Selection s;
    std::erase_if(relations, [&](graph::RelationId r) { return !g.isLiveRelation(r); });
    for (graph::RelationId r : relations) {
        entities.push_back(g.relation(r).source);
        entities.push_back(g.relation(r).target);
    }
    std::erase_if(entities, [&](graph::EntityId e) { return !g.isLive(e); });
    sortUnique(entities);
    sortUnique(relations);
    s.entities = std::move(entities);
    s.relations = std::move(relations);
    return s;
}

} // namespace kg::exporter
