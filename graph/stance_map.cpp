#include "graph/stance_map.h"

#include <vector>

namespace kg::graph {

void keepStanceFacts(KnowledgeGraph& graph) {
    for (RelationId id : graph.relationIds()) {
        const Relation& r = graph.relation(id);
        const std::string_view predicate = graph.str(r.predicate);
        const bool proposes = (predicate == "propose" || predicate == "by") &&
                              (graph.entity(r.source).type == EntityType::Proposal ||
                               graph.entity(r.target).type == EntityType::Proposal);
        if (r.stance == Stance::Neutral && !proposes)
            graph.removeRelation(id);
    }
    // A speaker of a kept fact stays, though no edge of its own is left.
    std::vector<bool> speaks(graph.entityIdBound(), false);
    for (RelationId id : graph.relationIds())
        if (const EntityId speaker = graph.relation(id).attributedTo; speaker != kNoId)
            speaks[speaker] = true;
    for (EntityId id = 0; id < graph.entityIdBound(); ++id)
        if (graph.isLive(id) && graph.degree(id) == 0 && !speaks[id])
            graph.removeEntity(id);
}

} // namespace kg::graph
