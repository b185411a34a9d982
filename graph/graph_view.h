#pragma once
// GraphView: the read path of a graph, whichever form holds it — the editable KnowledgeGraph or
// a MappedGraph over a binary file. Queries, stats and result formats read through it, so a
// read-only command runs on the mapped file without building the editable graph, and a command
// that writes runs the same code on the graph it edits. A view is two pointers: pass it by value.
#include "graph/knowledge_graph.h"
#include "graph/mapped_graph.h"

#include <span>

namespace kg::graph {

struct EntityView {
    Sym name = kNoSym;
    EntityType type = EntityType::Other;
    std::uint32_t mentions = 0;
    std::span<const Sym> aliases;
};

/// A relation's fields as Relation has them, its evidence lists as views.
struct RelationView {
    EntityId source = kNoId;
    EntityId target = kNoId;
    Sym predicate = kNoSym;
    Sym modality = kNoSym;
    EntityId attributedTo = kNoId;
    Qualifiers qualifiers;
    float confidence = 1.0f;
    std::uint32_t support = 1;
    bool negated = false;
    Stance stance = Stance::Neutral;
    std::span<const Sym> surfaces;
    std::span<const Mention> mentions;
};

class GraphView {
public:
    // Implicit: every function that reads a graph takes either form.
    GraphView(const KnowledgeGraph& graph) : graph_(&graph) {}
    GraphView(const MappedGraph& mapped) : mapped_(&mapped) {}

    /// The editable graph, or null when the view is over a mapped file.
    const KnowledgeGraph* editable() const { return graph_; }
    const MappedGraph* mapped() const { return mapped_; }

    // ---- strings -------------------------------------------------------------------------
    std::string_view str(Sym s) const { return mapped_ ? mapped_->str(s) : graph_->str(s); }
    std::optional<Sym> findSym(std::string_view s) const {
        return mapped_ ? mapped_->findSym(s) : graph_->findSym(s);
    }

    // ---- entities ------------------------------------------------------------------------
    EntityView entity(EntityId id) const {
        if (mapped_)
            return {mapped_->entityName(id), mapped_->entityType(id), mapped_->entityMentions(id),
                    mapped_->aliases(id)};
        const Entity& e = graph_->entity(id);
        return {e.name, e.type, e.mentions, e.aliases};
    }
    EntityType entityType(EntityId id) const {
        return mapped_ ? mapped_->entityType(id) : graph_->entity(id).type;
    }
    std::string_view name(EntityId id) const {
        return mapped_ ? mapped_->str(mapped_->entityName(id)) : graph_->name(id);
    }
    bool isLive(EntityId id) const {
        return mapped_ ? id < mapped_->entityCount() : graph_->isLive(id);
    }
    EntityId entityIdBound() const {
        return mapped_ ? static_cast<EntityId>(mapped_->entityCount()) : graph_->entityIdBound();
    }
    std::size_t entityCount() const {
        return mapped_ ? mapped_->entityCount() : graph_->entityCount();
    }
    std::optional<EntityId> findEntity(std::string_view nameOrAlias) const {
        return mapped_ ? mapped_->findEntity(nameOrAlias) : graph_->findEntity(nameOrAlias);
    }
    std::optional<EntityId> findEntityIgnoreCase(std::string_view nameOrAlias) const {
        return mapped_ ? mapped_->findEntityIgnoreCase(nameOrAlias)
                       : graph_->findEntityIgnoreCase(nameOrAlias);
    }

    // ---- relations -----------------------------------------------------------------------
    RelationView relation(RelationId id) const;
    Sym predicate(RelationId id) const {
        return mapped_ ? mapped_->relationPredicate(id) : graph_->relation(id).predicate;
    }
    EntityId source(RelationId id) const {
        return mapped_ ? mapped_->relationSource(id) : graph_->relation(id).source;
    }
    EntityId target(RelationId id) const {
        return mapped_ ? mapped_->relationTarget(id) : graph_->relation(id).target;
    }
    bool isLiveRelation(RelationId id) const {
        return mapped_ ? id < mapped_->relationCount() : graph_->isLiveRelation(id);
    }
    std::size_t relationCount() const {
        return mapped_ ? mapped_->relationCount() : graph_->relationCount();
    }
    RelationId relationIdBound() const {
        return mapped_ ? static_cast<RelationId>(mapped_->relationCount())
                       : graph_->relationIdBound();
    }

    // ---- adjacency and indexes ---------------------------------------------------------------
    /// Calls f(EdgeView) for each edge leaving `id`, in relation order.
    template <class F> void forEachOutEdge(EntityId id, F&& f) const {
        if (mapped_) {
            for (EdgeView e : mapped_->outEdges(id))
                f(mapped_->checked(e));
        } else {
            for (EdgeView e : graph_->outEdges(id))
                f(e);
        }
    }
    /// Calls f(EdgeView) for each edge entering `id`; `other` is the source.
    template <class F> void forEachInEdge(EntityId id, F&& f) const {
        if (mapped_) {
            for (EdgeView e : mapped_->inEdges(id))
                f(mapped_->checked(e));
        } else {
            for (EdgeView e : graph_->inEdges(id))
                f(e);
        }
    }
    std::size_t outDegree(EntityId id) const {
        return mapped_ ? mapped_->outEdges(id).size() : graph_->outDegree(id);
    }
    std::size_t inDegree(EntityId id) const {
        return mapped_ ? mapped_->inEdges(id).size() : graph_->inDegree(id);
    }
    std::size_t degree(EntityId id) const { return outDegree(id) + inDegree(id); }

    /// Calls f(RelationId) for each live relation with this predicate, ascending.
    template <class F> void forEachRelationWithPredicate(Sym predicate, F&& f) const {
        if (!mapped_)
            return graph_->forEachRelationWithPredicate(predicate, std::forward<F>(f));
        for (RelationId r : mapped_->relationsWithPredicate(predicate)) {
            if (r >= mapped_->relationCount())
                mapped_->corrupt("predicate index out of range");
            f(r);
        }
    }
    std::size_t predicateCount(Sym predicate) const {
        return mapped_ ? mapped_->predicateCount(predicate) : graph_->predicateCount(predicate);
    }
    /// Every predicate in use with its relation count, most frequent first (ties by name).
    std::vector<std::pair<Sym, std::size_t>> predicates() const;

private:
    const KnowledgeGraph* graph_ = nullptr;
    const MappedGraph* mapped_ = nullptr;
};

} // namespace kg::graph
