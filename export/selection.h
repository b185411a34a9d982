#pragma once
// Selection: the part of a graph an export writes, as entity and relation ids. Every exporter
// reads a Selection, so "the whole graph", "around an entity" and "what a query returned" are
// one code path each, not one per format.
#include "graph/knowledge_graph.h"

#include <optional>
#include <string_view>
#include <vector>

namespace kg::exporter {

struct Selection {
    /// Every live entity and relation. Kept as a flag rather than id lists so that exporting a
    /// 10M-fact graph streams over the store without first copying its ids.
    bool whole = false;
    std::vector<graph::EntityId> entities;    ///< sorted, unique, live (unused when whole)
    std::vector<graph::RelationId> relations; ///< sorted, unique, live; both ends in entities
    /// The entity a neighbourhood was built around; diagrams keep it and grow from it.
    std::optional<graph::EntityId> focus;

    std::size_t entityCount(const graph::KnowledgeGraph& g) const {
        return whole ? g.entityCount() : entities.size();
    }
    std::size_t relationCount(const graph::KnowledgeGraph& g) const {
        return whole ? g.relationCount() : relations.size();
    }
};

/// Calls f(EntityId) for each selected entity in increasing id order.
template <class F> void forEachEntity(const graph::KnowledgeGraph& g, const Selection& s, F&& f) {
    if (!s.whole) {
        for (graph::EntityId id : s.entities)
            f(id);
        return;
    }
    for (graph::EntityId id = 0, bound = g.entityIdBound(); id < bound; ++id)
        if (g.isLive(id))
            f(id);
}

/// Calls f(RelationId) for each selected relation in increasing id order.
template <class F> void forEachRelation(const graph::KnowledgeGraph& g, const Selection& s, F&& f) {
    if (!s.whole) {
        for (graph::RelationId id : s.relations)
            f(id);
        return;
    }
    for (graph::RelationId id = 0, bound = g.relationIdBound(); id < bound; ++id)
        if (g.isLiveRelation(id))
            f(id);
}

/// O(1) membership tests for a selection (bitmaps over the id ranges, or liveness when whole).
class SelectionIndex {
public:
    SelectionIndex(const graph::KnowledgeGraph& g, const Selection& s);
    bool hasEntity(graph::EntityId id) const {
        return whole_ ? g_->isLive(id) : id < entities_.size() && entities_[id];
    }
    bool hasRelation(graph::RelationId id) const {
        return whole_ ? g_->isLiveRelation(id) : id < relations_.size() && relations_[id];
    }

private:
    const graph::KnowledgeGraph* g_;
    bool whole_;
    std::vector<bool> entities_;
    std::vector<bool> relations_;
};

Selection selectWhole();

/// The entity named `name` and everything within `depth` hops of it (either direction), with
/// every relation among them. Throws ExportError naming the entity if it is not found.
Selection selectAround(const graph::KnowledgeGraph& g, std::string_view name, unsigned depth);

/// Builds a selection from loose ids: sorts, removes duplicates and dead ids, and adds the ends
/// of every relation to the entities.
Selection selectIds(const graph::KnowledgeGraph& g, std::vector<graph::EntityId> entities,
                    std::vector<graph::RelationId> relations);

} // namespace kg::exporter
