#pragma once
// KnowledgeGraph: the store every other part of kg reads and writes.
//
// Topology lives in a Boost adjacency_list (bidirectional, so incoming edges need no scan) whose
// vertex bundle is the Entity itself and whose edge bundle is a small EdgeRef (relation id and
// predicate). The full Relation records sit in a dense vector indexed by RelationId: ids stay
// stable while edges come and go, traversal filters on the predicate without touching the
// record, and a relation costs no allocation beyond its record.
//
// Ids are stable for the life of the object. Removal leaves tombstones (Entity::removed,
// Relation::removed); entityIds()/relationIds() and the edge ranges skip them. Saving a graph
// writes only live objects, so a loaded graph is compact again.
#include "graph/curation_log.h"
#include "graph/entity.h"
#include "graph/id_hash_table.h"
#include "graph/relation.h"
#include "graph/string_pool.h"

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kg::graph {

/// Provenance of one new fact, with plain strings (interned by addRelation).
struct MentionInput {
    std::string_view doc;
    std::uint32_t sentence = 0;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::string_view text;
    std::string_view date;
    std::string_view source;
};

/// A fact to add. Strings are interned by addRelation; empty means "not set".
struct RelationInput {
    EntityId source = kNoId;
    EntityId target = kNoId;
    std::string_view predicate;
    std::string_view surface; ///< the predicate as written, if it differs from the lemma
    bool negated = false;
    Stance stance = Stance::Neutral;
    std::string_view modality;
    EntityId attributedTo = kNoId;
    std::string_view time;
    std::string_view quantity;
    std::string_view place;
    float confidence = 1.0f;
    std::optional<MentionInput> mention;
};

/// One edge seen from an entity: the relation and the entity at its other end.
struct EdgeView {
    RelationId relation;
    Sym predicate;
    EntityId other;
};

namespace detail {
struct EdgeRef {
    RelationId relation = kNoId;
    Sym predicate = kNoSym;
};
using Topology =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, EdgeRef>;

/// Adapts a Boost edge iterator to yield EdgeView; `kOut` picks which end is "other".
template <class It, bool kOut> class EdgeIterator {
public:
    using value_type = EdgeView;
    using difference_type = std::ptrdiff_t;
    EdgeIterator() = default;
    EdgeIterator(It it, const Topology* g) : it_(it), g_(g) {}
    EdgeView operator*() const {
        const EdgeRef& ref = (*g_)[*it_];
        auto other = kOut ? boost::target(*it_, *g_) : boost::source(*it_, *g_);
        return {ref.relation, ref.predicate, static_cast<EntityId>(other)};
    }
    EdgeIterator& operator++() {
        ++it_;
        return *this;
    }
    EdgeIterator operator++(int) {
        auto copy = *this;
        ++it_;
        return copy;
    }
    bool operator==(const EdgeIterator& o) const { return it_ == o.it_; }

private:
    It it_{};
    const Topology* g_ = nullptr;
};

template <class Iter> struct Range {
    Iter first, last;
    Iter begin() const { return first; }
    Iter end() const { return last; }
    bool empty() const { return first == last; }
};
} // namespace detail

using OutEdgeRange = detail::Range<detail::EdgeIterator<detail::Topology::out_edge_iterator, true>>;
using InEdgeRange = detail::Range<detail::EdgeIterator<detail::Topology::in_edge_iterator, false>>;

class KnowledgeGraph {
public:
    KnowledgeGraph();
    KnowledgeGraph(const KnowledgeGraph&) = delete;
    KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;
    KnowledgeGraph(KnowledgeGraph&&) noexcept;
    KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;
    ~KnowledgeGraph();

    // ---- strings -------------------------------------------------------------------------
    Sym intern(std::string_view s) { return strings_.intern(s); }
    std::optional<Sym> findSym(std::string_view s) const { return strings_.find(s); }
    std::string_view str(Sym s) const { return strings_.view(s); }
    const StringPool& strings() const { return strings_; }

    // ---- entities ------------------------------------------------------------------------
    /// Finds the entity named or aliased `name` (exactly), or creates it. A found entity whose
    /// type is Other takes `type`; a known type is never overwritten (use setType for that).
    EntityId addEntity(std::string_view name, EntityType type = EntityType::Other);
    /// Exact lookup by canonical name or alias, O(1) average.
    std::optional<EntityId> findEntity(std::string_view nameOrAlias) const;
    /// Case-insensitive (ASCII and Latin-1 letters folded) lookup by name or alias, O(1)
    /// average. An exact match wins; otherwise the lowest id among the matches.
    std::optional<EntityId> findEntityIgnoreCase(std::string_view nameOrAlias) const;
    /// Makes `alias` another name of `id`. Returns false if it already names another entity.
    bool addAlias(EntityId id, std::string_view alias);
    /// Renames `id`; the old name becomes an alias. False if `name` names another entity.
    bool rename(EntityId id, std::string_view name);
    void setType(EntityId id, EntityType type);
    void addMentions(EntityId id, std::uint32_t count);

    const Entity& entity(EntityId id) const { return (*topology_)[id]; }
    std::string_view name(EntityId id) const { return str((*topology_)[id].name); }
    bool isLive(EntityId id) const { return id < entityIdBound() && !(*topology_)[id].removed; }
    std::size_t entityCount() const { return liveEntities_; }
    /// One past the largest entity id ever handed out (live or removed).
    EntityId entityIdBound() const {
        return static_cast<EntityId>(boost::num_vertices(*topology_));
    }
    /// Live entity ids in increasing order.
    std::vector<EntityId> entityIds() const;

    /// Moves every edge of `gone` to `keep`, joins names into keep's aliases, adds mention
    /// counts, then removes `gone`. Facts that become identical are merged. No-op if equal.
    void mergeEntities(EntityId keep, EntityId gone);
    /// Removes the entity and every relation touching it (or spoken by it: those lose the
    /// speaker). Its names become free for reuse.
    void removeEntity(EntityId id);

    // ---- relations -----------------------------------------------------------------------
    struct AddResult {
        RelationId id;
        bool inserted; ///< false: an identical fact existed and took the new evidence
    };
    /// Adds a fact, or merges it into the identical fact already present: support grows,
    /// confidence combines as a noisy-or, new surfaces and mentions are appended (a mention
    /// already recorded is not recorded twice).
    AddResult addRelation(const RelationInput& in);
    /// Adds a fact whose strings are already interned (loaders, merges). Same merge rule;
    /// the record's support and confidence are taken as given when it is new.
    AddResult addRelation(Relation record);
    /// Where addNewRelations stopped: record `index` is the same fact as relation `earlier`.
    struct RepeatedFact {
        std::size_t index;
        RelationId earlier;
    };
    /// Adds facts that are all new (a loader's records): the graph ends up as if each were
    /// given to addRelation in order (same ids, edge order and indexes; support and confidence
    /// taken as given), but the fact index and edge lists are built in passes with their
    /// capacity reserved, which is several times faster on millions of facts. If a record
    /// repeats an earlier fact, nothing is added and the first repeat is returned. Throws
    /// std::invalid_argument if an end or speaker is not a live entity.
    std::optional<RepeatedFact> addNewRelations(std::vector<Relation> records);

    const Relation& relation(RelationId id) const { return relations_[id]; }
    bool isLiveRelation(RelationId id) const {
        return id < relations_.size() && !relations_[id].removed;
    }
    std::size_t relationCount() const { return liveRelations_; }
    RelationId relationIdBound() const { return static_cast<RelationId>(relations_.size()); }
    /// Live relation ids in increasing order.
    std::vector<RelationId> relationIds() const;
    void removeRelation(RelationId id);
    /// Replaces a live relation's content with `revised` (a curator's correction). When its
    /// identity (the fields sameFact compares) is unchanged it is edited in place and keeps its
    /// id; otherwise it is taken out and added again, merging into an identical fact if there is
    /// one. Returns the id the fact now has.
    RelationId reviseRelation(RelationId id, Relation revised);
    /// Replaces a live relation's mentions with a non-empty subset of them (a time window);
    /// its support becomes their count.
    void keepMentions(RelationId id, std::vector<Mention> mentions);

    // ---- adjacency and indexes --------------------------------------------------------------
    OutEdgeRange outEdges(EntityId id) const;
    InEdgeRange inEdges(EntityId id) const;
    std::size_t outDegree(EntityId id) const { return boost::out_degree(id, *topology_); }
    std::size_t inDegree(EntityId id) const { return boost::in_degree(id, *topology_); }
    std::size_t degree(EntityId id) const { return outDegree(id) + inDegree(id); }

    /// Live relations with this predicate, in increasing id order. O(result), through an index.
    std::vector<RelationId> relationsWithPredicate(Sym predicate) const;
    /// Calls f(RelationId) for each live relation with this predicate, without allocating.
    template <class F> void forEachRelationWithPredicate(Sym predicate, F&& f) const {
        auto it = byPredicate_.find(predicate);
        if (it == byPredicate_.end())
            return;
        for (RelationId r : it->second.ids)
            if (!relations_[r].removed)
                f(r);
    }
    /// Number of live relations with this predicate, O(1).
    std::size_t predicateCount(Sym predicate) const;
    /// Every predicate in use with its live relation count, most frequent first (ties by name).
    std::vector<std::pair<Sym, std::size_t>> predicates() const;

    /// Grows on every change; lets a caller (the REPL) tell whether the graph was modified.
    std::uint64_t generation() const { return generation_; }

    /// The manual changes made to this graph, oldest first; saved and loaded with it.
    CurationLog& curationLog() { return curationLog_; }
    const CurationLog& curationLog() const { return curationLog_; }

    /// Pre-sizes the containers for a bulk load.
    void reserve(std::size_t entities, std::size_t relations, std::size_t strings);

private:
    struct PredicateIndex {
        std::vector<RelationId> ids; // may hold removed ids; skipped on read
        std::size_t live = 0;
    };

    Sym internOptional(std::string_view s);
    static std::uint64_t relationHash(const Relation& r);
    static bool sameFact(const Relation& a, const Relation& b);
    static void mergeInto(Relation& into, const Relation& from);
    void indexName(Sym name, EntityId id);
    void unindexName(Sym name, EntityId id);
    /// Takes relation `id`, whose content is `r`, out of the topology and every index and
    /// leaves a tombstone in its slot.
    void detachRelation(RelationId id, const Relation& r);
    /// Puts relations [first, end) into the fact index; on a repeat takes them out again.
    std::optional<RepeatedFact> indexNewFacts(RelationId first);
    /// Adds the edges of relations [first, end) to the topology, in id order.
    void linkNewEdges(RelationId first);

    StringPool strings_;
    // Held by pointer because boost::adjacency_list (1.74) has no move operations: moving a
    // graph (returning it from loadGraph, :open in the REPL) must not deep-copy the topology.
    std::unique_ptr<detail::Topology> topology_ = std::make_unique<detail::Topology>();
    std::vector<Relation> relations_;
    std::vector<EntityId> entityBySym_; // Sym -> entity it names (kNoId if none)
    std::unordered_multimap<std::uint64_t, EntityId> byFoldedName_; // folded-name hash -> entity
    IdHashTable factIndex_; // identity of live facts -> RelationId
    std::unordered_map<Sym, PredicateIndex> byPredicate_;
    std::unordered_map<EntityId, std::vector<RelationId>> spokenBy_; // speaker -> facts
    std::size_t liveEntities_ = 0;
    std::size_t liveRelations_ = 0;
    std::uint64_t generation_ = 0;
    CurationLog curationLog_;
};

} // namespace kg::graph
