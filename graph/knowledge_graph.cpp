#include "graph/knowledge_graph.h"

#include "base/case_fold.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <stdexcept>
#include <string>

namespace kg::graph {

namespace {

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    // splitmix64 finaliser over the running hash: cheap and well distributed for small ints.
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

float noisyOr(float a, float b) {
    return 1.0f - (1.0f - a) * (1.0f - b);
}

template <class T> void appendMissing(std::vector<T>& into, const std::vector<T>& from) {
    for (const T& x : from)
        if (std::find(into.begin(), into.end(), x) == into.end())
            into.push_back(x);
}

} // namespace

KnowledgeGraph::KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph::~KnowledgeGraph() = default;

void KnowledgeGraph::reserve(std::size_t entities, std::size_t relations, std::size_t strings) {
    topology_->m_vertices.reserve(entities);
    relations_.reserve(relations);
    factIndex_.reserve(relations);
    strings_.reserve(strings);
    entityBySym_.reserve(strings);
}

// ---- entities ---------------------------------------------------------------------------------

void KnowledgeGraph::indexName(Sym name, EntityId id) {
    if (name >= entityBySym_.size())
        entityBySym_.resize(strings_.size(), kNoId);
    entityBySym_[name] = id;
    byFoldedName_.emplace(hashString(base::foldCase(str(name))), id);
}

void KnowledgeGraph::unindexName(Sym name, EntityId id) {
    if (name < entityBySym_.size() && entityBySym_[name] == id)
        entityBySym_[name] = kNoId;
    auto [first, last] = byFoldedName_.equal_range(hashString(base::foldCase(str(name))));
    for (auto it = first; it != last; ++it) {
        if (it->second == id) {
            byFoldedName_.erase(it);
            return;
        }
    }
}

std::optional<EntityId> KnowledgeGraph::findEntity(std::string_view nameOrAlias) const {
    auto sym = strings_.find(nameOrAlias);
    if (!sym || *sym >= entityBySym_.size() || entityBySym_[*sym] == kNoId)
        return std::nullopt;
    return entityBySym_[*sym];
}

std::optional<EntityId> KnowledgeGraph::findEntityIgnoreCase(std::string_view nameOrAlias) const {
    if (auto exact = findEntity(nameOrAlias))
        return exact;
    std::string folded = base::foldCase(nameOrAlias);
    auto [first, last] = byFoldedName_.equal_range(hashString(folded));
    std::optional<EntityId> best;
    for (auto it = first; it != last; ++it) {
        const Entity& e = (*topology_)[it->second];
        bool matches = base::foldCase(str(e.name)) == folded;
        for (std::size_t i = 0; !matches && i < e.aliases.size(); ++i)
            matches = base::foldCase(str(e.aliases[i])) == folded;
        if (matches && (!best || it->second < *best))
            best = it->second;
    }
    return best;
}

EntityId KnowledgeGraph::addEntity(std::string_view name, EntityType type) {
    if (auto found = findEntity(name)) {
        // Bulk imports call this twice per triple: only touch the vertex when there is a type
        // to record, which saves a cache miss per call on large graphs.
        if (type != EntityType::Other && (*topology_)[*found].type == EntityType::Other) {
            (*topology_)[*found].type = type;
            ++generation_;
        }
        return *found;
    }
    Entity e;
    e.name = strings_.intern(name);
    e.type = type;
    auto id = static_cast<EntityId>(boost::add_vertex(std::move(e), *topology_));
    indexName((*topology_)[id].name, id);
    ++liveEntities_;
    ++generation_;
    return id;
}

bool KnowledgeGraph::addAlias(EntityId id, std::string_view alias) {
    Sym sym = strings_.intern(alias);
    Entity& e = (*topology_)[id];
    if (auto owner = findEntity(alias))
        return *owner == id;
    if (sym == e.name)
        return true;
    e.aliases.push_back(sym);
    indexName(sym, id);
    ++generation_;
    return true;
}

bool KnowledgeGraph::rename(EntityId id, std::string_view name) {
    auto owner = findEntity(name);
    if (owner && *owner != id)
        return false;
    Entity& e = (*topology_)[id];
    Sym sym = strings_.intern(name);
    if (sym == e.name)
        return true;
    if (owner) // the new name was an alias: it stops being one
        e.aliases.erase(std::find(e.aliases.begin(), e.aliases.end(), sym));
    else
        indexName(sym, id);
    e.aliases.push_back(e.name); // the old name stays indexed, now as an alias
    e.name = sym;
    ++generation_;
    return true;
}

void KnowledgeGraph::setType(EntityId id, EntityType type) {
    (*topology_)[id].type = type;
    ++generation_;
}

void KnowledgeGraph::addMentions(EntityId id, std::uint32_t count) {
    (*topology_)[id].mentions += count;
    ++generation_;
}

std::vector<EntityId> KnowledgeGraph::entityIds() const {
    std::vector<EntityId> ids;
    ids.reserve(liveEntities_);
    for (EntityId id = 0; id < entityIdBound(); ++id)
        if (!(*topology_)[id].removed)
            ids.push_back(id);
    return ids;
}

void KnowledgeGraph::mergeEntities(EntityId keep, EntityId gone) {
    if (keep == gone)
        return;
    if (!isLive(keep) || !isLive(gone))
        throw std::invalid_argument("mergeEntities: entity is not live");

    // Every fact that names `gone` (as an end or as the speaker) is taken out, rewritten and
    // added again, so facts that become identical merge through the usual path.
    std::vector<RelationId> touched;
    for (EdgeView e : outEdges(gone))
        touched.push_back(e.relation);
    for (EdgeView e : inEdges(gone))
        touched.push_back(e.relation);
    if (auto it = spokenBy_.find(gone); it != spokenBy_.end())
        touched.insert(touched.end(), it->second.begin(), it->second.end());
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());

    for (RelationId rid : touched) {
        Relation moved = std::move(relations_[rid]);
        detachRelation(rid, moved);
        if (moved.source == gone)
            moved.source = keep;
        if (moved.target == gone)
            moved.target = keep;
        if (moved.attributedTo == gone)
            moved.attributedTo = keep;
        addRelation(std::move(moved));
    }

    Entity& from = (*topology_)[gone];
    std::vector<Sym> names = std::move(from.aliases);
    names.push_back(from.name);
    for (Sym s : names)
        unindexName(s, gone);
    Entity& into = (*topology_)[keep];
    for (Sym s : names) {
        if (s != into.name &&
            std::find(into.aliases.begin(), into.aliases.end(), s) == into.aliases.end()) {
            into.aliases.push_back(s);
            indexName(s, keep);
        }
    }
    into.mentions += from.mentions;
    if (into.type == EntityType::Other)
        into.type = from.type;
    from.removed = true;
    from.mentions = 0;
    --liveEntities_;
    ++generation_;
}

void KnowledgeGraph::removeEntity(EntityId id) {
    if (!isLive(id))
        return;
    std::vector<RelationId> ends;
    for (EdgeView e : outEdges(id))
        ends.push_back(e.relation);
    for (EdgeView e : inEdges(id))
        ends.push_back(e.relation);
    for (RelationId rid : ends)
        if (isLiveRelation(rid)) // a self-loop is listed twice
            removeRelation(rid);

    if (auto it = spokenBy_.find(id); it != spokenBy_.end()) {
        std::vector<RelationId> spoken = it->second;
        for (RelationId rid : spoken) {
            Relation unattributed = std::move(relations_[rid]);
            detachRelation(rid, unattributed);
            unattributed.attributedTo = kNoId;
            addRelation(std::move(unattributed));
        }
    }

    Entity& e = (*topology_)[id];
    unindexName(e.name, id);
    for (Sym s : e.aliases)
        unindexName(s, id);
    e.aliases.clear();
    e.removed = true;
    e.mentions = 0;
    --liveEntities_;
    ++generation_;
}

// ---- relations --------------------------------------------------------------------------------

std::uint64_t KnowledgeGraph::relationHash(const Relation& r) {
    std::uint64_t h = mix(r.source, r.target);
    h = mix(h, r.predicate);
    h = mix(h, (std::uint64_t{r.modality} << 1) | (r.negated ? 1 : 0));
    h = mix(h, r.attributedTo);
    h = mix(h, r.qualifiers.time);
    h = mix(h, r.qualifiers.quantity);
    return mix(h, r.qualifiers.place);
}

bool KnowledgeGraph::sameFact(const Relation& a, const Relation& b) {
    return a.source == b.source && a.target == b.target && a.predicate == b.predicate &&
           a.negated == b.negated && a.modality == b.modality && a.attributedTo == b.attributedTo &&
           a.qualifiers == b.qualifiers;
}

void KnowledgeGraph::mergeInto(Relation& into, const Relation& from) {
    appendMissing(into.surfaces, from.surfaces);
    // A source that gave no stance does not erase one another source gave.
    if (into.stance == Stance::Neutral)
        into.stance = from.stance;
    if (from.mentions.empty()) {
        into.support += from.support;
        into.confidence = noisyOr(into.confidence, from.confidence);
        return;
    }
    // Evidence-backed facts count distinct mentions, so re-reading a document changes nothing.
    std::size_t before = into.mentions.size();
    appendMissing(into.mentions, from.mentions);
    std::size_t added = into.mentions.size() - before;
    if (added > 0) {
        into.support += static_cast<std::uint32_t>(added);
        into.confidence = noisyOr(into.confidence, from.confidence);
    }
}

Sym KnowledgeGraph::internOptional(std::string_view s) {
    // Most optional fields are empty; skipping the hash lookup for them is measurable in bulk.
    return s.empty() ? kNoSym : strings_.intern(s);
}

KnowledgeGraph::AddResult KnowledgeGraph::addRelation(const RelationInput& in) {
    Relation r;
    r.source = in.source;
    r.target = in.target;
    r.predicate = strings_.intern(in.predicate);
    if (!in.surface.empty() && in.surface != in.predicate)
        r.surfaces.push_back(strings_.intern(in.surface));
    r.negated = in.negated;
    r.stance = in.stance;
    r.modality = internOptional(in.modality);
    r.attributedTo = in.attributedTo;
    r.qualifiers = {internOptional(in.time), internOptional(in.quantity), internOptional(in.place)};
    r.confidence = in.confidence;
    if (in.mention) {
        const MentionInput& m = *in.mention;
        r.mentions.push_back(Mention{internOptional(m.doc), m.sentence, m.begin, m.end,
                                     internOptional(m.text), internOptional(m.date),
                                     internOptional(m.source)});
    }
    return addRelation(std::move(r));
}

KnowledgeGraph::AddResult KnowledgeGraph::addRelation(Relation r) {
    if (!isLive(r.source) || !isLive(r.target))
        throw std::invalid_argument("addRelation: source or target is not a live entity");
    if (r.attributedTo != kNoId && !isLive(r.attributedTo))
        throw std::invalid_argument("addRelation: speaker is not a live entity");
    r.confidence = std::clamp(r.confidence, 0.0f, 1.0f);
    std::uint64_t hash = relationHash(r);
    RelationId existing = factIndex_.find(
        hash, [&](RelationId candidate) { return sameFact(relations_[candidate], r); });
    ++generation_;
    if (existing != kNoId) {
        mergeInto(relations_[existing], r);
        return {existing, false};
    }

    auto id = static_cast<RelationId>(relations_.size());
    r.removed = false;
    boost::add_edge(r.source, r.target, detail::EdgeRef{id, r.predicate}, *topology_);
    factIndex_.insert(hash, id);
    PredicateIndex& byPred = byPredicate_[r.predicate];
    byPred.ids.push_back(id);
    ++byPred.live;
    if (r.attributedTo != kNoId)
        spokenBy_[r.attributedTo].push_back(id);
    relations_.push_back(std::move(r));
    ++liveRelations_;
    return {id, true};
}

std::optional<KnowledgeGraph::RepeatedFact>
KnowledgeGraph::addNewRelations(std::vector<Relation> records) {
    // One pass over the vertices makes the liveness checks reads of a dense array instead of a
    // cache miss on a vertex per end.
    std::vector<bool> live(entityIdBound());
    for (EntityId id = 0; id < live.size(); ++id)
        live[id] = !(*topology_)[id].removed;
    auto isLiveEnd = [&](EntityId id) { return id < live.size() && live[id]; };
    for (Relation& r : records) {
        if (!isLiveEnd(r.source) || !isLiveEnd(r.target))
            throw std::invalid_argument("addNewRelations: source or target is not a live entity");
        if (r.attributedTo != kNoId && !isLiveEnd(r.attributedTo))
            throw std::invalid_argument("addNewRelations: speaker is not a live entity");
        r.confidence = std::clamp(r.confidence, 0.0f, 1.0f);
        r.removed = false;
    }

    const auto first = static_cast<RelationId>(relations_.size());
    if (relations_.empty())
        relations_ = std::move(records);
    else
        relations_.insert(relations_.end(), std::make_move_iterator(records.begin()),
                          std::make_move_iterator(records.end()));
    if (auto repeat = indexNewFacts(first)) {
        relations_.erase(relations_.begin() + first, relations_.end());
        return repeat;
    }
    linkNewEdges(first);
    for (RelationId id = first; id < relations_.size(); ++id) {
        const Relation& r = relations_[id];
        PredicateIndex& byPred = byPredicate_[r.predicate];
        byPred.ids.push_back(id);
        ++byPred.live;
        if (r.attributedTo != kNoId)
            spokenBy_[r.attributedTo].push_back(id);
    }
    liveRelations_ += relations_.size() - first;
    ++generation_;
    return std::nullopt;
}

std::optional<KnowledgeGraph::RepeatedFact> KnowledgeGraph::indexNewFacts(RelationId first) {
    const std::size_t end = relations_.size();
    factIndex_.reserve(factIndex_.size() + (end - first));
    // Facts are looked up in batches whose slots are fetched together: on a large graph each
    // lookup is a cache miss, and misses taken one at a time were most of a load's time.
    constexpr std::size_t kBatch = 64;
    std::array<std::uint64_t, kBatch> hashes{};
    for (std::size_t batch = first; batch < end; batch += kBatch) {
        const std::size_t n = std::min(kBatch, end - batch);
        for (std::size_t i = 0; i < n; ++i) {
            hashes[i] = relationHash(relations_[batch + i]);
            factIndex_.prefetch(hashes[i]);
        }
        for (std::size_t i = 0; i < n; ++i) {
            const auto id = static_cast<RelationId>(batch + i);
            RelationId earlier = factIndex_.find(hashes[i], [&](RelationId candidate) {
                return sameFact(relations_[candidate], relations_[id]);
            });
            if (earlier != kNoId) {
                for (RelationId added = first; added < id; ++added)
                    factIndex_.erase(relationHash(relations_[added]), added);
                return RepeatedFact{id - first, earlier};
            }
            factIndex_.insert(hashes[i], id);
        }
    }
    return std::nullopt;
}

void KnowledgeGraph::linkNewEdges(RelationId first) {
    auto& vertices = topology_->m_vertices;
    // Each edge list grows once, to its final size, instead of doubling as edges arrive.
    std::vector<std::uint32_t> outAdded(vertices.size()), inAdded(vertices.size());
    for (RelationId id = first; id < relations_.size(); ++id) {
        ++outAdded[relations_[id].source];
        ++inAdded[relations_[id].target];
    }
    for (std::size_t v = 0; v < vertices.size(); ++v) {
        if (outAdded[v] != 0)
            vertices[v].m_out_edges.reserve(vertices[v].m_out_edges.size() + outAdded[v]);
        if (inAdded[v] != 0)
            vertices[v].m_in_edges.reserve(vertices[v].m_in_edges.size() + inAdded[v]);
    }
    // The two vertices an edge is appended to are fetched a few edges ahead of their turn.
    constexpr std::size_t kAhead = 8;
    const std::size_t end = relations_.size();
    for (std::size_t id = first; id < end; ++id) {
        if (id + kAhead < end) {
            __builtin_prefetch(&vertices[relations_[id + kAhead].source]);
            __builtin_prefetch(&vertices[relations_[id + kAhead].target]);
        }
        const Relation& r = relations_[id];
        boost::add_edge(r.source, r.target,
                        detail::EdgeRef{static_cast<RelationId>(id), r.predicate}, *topology_);
    }
}

void KnowledgeGraph::detachRelation(RelationId id, const Relation& r) {
    // `r` is the relation's content (the caller may have moved it out of relations_[id]).
    auto [first, last] = boost::out_edges(r.source, *topology_);
    for (auto it = first; it != last; ++it) {
        if ((*topology_)[*it].relation == id) {
            boost::remove_edge(*it, *topology_);
            break;
        }
    }
    factIndex_.erase(relationHash(r), id);
    --byPredicate_[r.predicate].live;
    if (r.attributedTo != kNoId) {
        auto& spoken = spokenBy_[r.attributedTo];
        spoken.erase(std::find(spoken.begin(), spoken.end(), id));
        if (spoken.empty())
            spokenBy_.erase(r.attributedTo);
    }
    relations_[id] = Relation{};
    relations_[id].removed = true;
    --liveRelations_;
    ++generation_;
}

void KnowledgeGraph::removeRelation(RelationId id) {
    if (!isLiveRelation(id))
        return;
    Relation r = std::move(relations_[id]);
    detachRelation(id, r);
}

RelationId KnowledgeGraph::reviseRelation(RelationId id, Relation revised) {
    if (!isLiveRelation(id))
        throw std::invalid_argument("reviseRelation: relation is not live");
    revised.removed = false;
    revised.confidence = std::clamp(revised.confidence, 0.0f, 1.0f);
    if (sameFact(relations_[id], revised)) {
        relations_[id] = std::move(revised);
        ++generation_;
        return id;
    }
    Relation old = std::move(relations_[id]);
    detachRelation(id, old);
    return addRelation(std::move(revised)).id;
}

void KnowledgeGraph::keepMentions(RelationId id, std::vector<Mention> mentions) {
    if (!isLiveRelation(id) || mentions.empty())
        throw std::invalid_argument("keepMentions: no live relation or no mention to keep");
    Relation& r = relations_[id];
    r.support = static_cast<std::uint32_t>(mentions.size());
    r.mentions = std::move(mentions);
    ++generation_;
}

std::vector<RelationId> KnowledgeGraph::relationIds() const {
    std::vector<RelationId> ids;
    ids.reserve(liveRelations_);
    for (RelationId id = 0; id < relations_.size(); ++id)
        if (!relations_[id].removed)
            ids.push_back(id);
    return ids;
}

// ---- adjacency and indexes
// -----------------------------------------------------------------------

OutEdgeRange KnowledgeGraph::outEdges(EntityId id) const {
    auto [first, last] = boost::out_edges(id, *topology_);
    return {{first, topology_.get()}, {last, topology_.get()}};
}

InEdgeRange KnowledgeGraph::inEdges(EntityId id) const {
    auto [first, last] = boost::in_edges(id, *topology_);
    return {{first, topology_.get()}, {last, topology_.get()}};
}

std::vector<RelationId> KnowledgeGraph::relationsWithPredicate(Sym predicate) const {
    std::vector<RelationId> ids;
    ids.reserve(predicateCount(predicate));
    forEachRelationWithPredicate(predicate, [&](RelationId id) { ids.push_back(id); });
    return ids;
}

std::size_t KnowledgeGraph::predicateCount(Sym predicate) const {
    auto it = byPredicate_.find(predicate);
    return it == byPredicate_.end() ? 0 : it->second.live;
}

std::vector<std::pair<Sym, std::size_t>> KnowledgeGraph::predicates() const {
    std::vector<std::pair<Sym, std::size_t>> out;
    for (const auto& [sym, index] : byPredicate_)
        if (index.live > 0)
            out.emplace_back(sym, index.live);
    std::sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : str(a.first) < str(b.first);
    });
    return out;
}

} // namespace kg::graph
