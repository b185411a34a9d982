#pragma once
// Saving writes only live objects, numbered densely from 0 in their in-memory order, and only
// the strings they use: both graph file forms (JSON and binary) number alike, so converting
// between them keeps every id.
#include "graph/knowledge_graph.h"

#include <cstdint>
#include <vector>

namespace kg::graph {

/// Dense new numbers for the strings and entities that live objects use.
class Renumbering {
public:
    explicit Renumbering(const KnowledgeGraph& g)
        : symbols_(g.strings().size(), kNoId), entities_(g.entityIdBound(), kNoId) {
        symbols_[kNoSym] = 0; // the empty string is always string 0
        for (EntityId id = 0; id < g.entityIdBound(); ++id) {
            if (!g.isLive(id))
                continue;
            const Entity& e = g.entity(id);
            entities_[id] = entityCount_++;
            use(e.name);
            for (Sym alias : e.aliases)
                use(alias);
        }
        for (RelationId id = 0; id < g.relationIdBound(); ++id) {
            if (!g.isLiveRelation(id))
                continue;
            const Relation& r = g.relation(id);
            use(r.predicate);
            use(r.modality);
            use(r.qualifiers.time);
            use(r.qualifiers.quantity);
            use(r.qualifiers.place);
            for (Sym s : r.surfaces)
                use(s);
            for (const Mention& m : r.mentions) {
                use(m.doc);
                use(m.text);
                use(m.date);
                use(m.source);
            }
        }
        // Number strings in pool order, so a graph saved twice gives the same file.
        std::uint32_t next = 0;
        for (std::uint32_t& slot : symbols_)
            if (slot != kNoId)
                slot = next++;
        symbolCount_ = next;
    }

    std::uint32_t symbol(Sym s) const { return symbols_[s]; }
    std::uint32_t entity(EntityId id) const { return entities_[id]; }
    bool usesSymbol(Sym s) const { return symbols_[s] != kNoId; }
    std::uint32_t symbolCount() const { return symbolCount_; }
    std::uint32_t entityCount() const { return entityCount_; }

private:
    void use(Sym s) { symbols_[s] = 0; }

    std::vector<std::uint32_t> symbols_; // old Sym -> new index; kNoId = unused
    std::vector<std::uint32_t> entities_;
    std::uint32_t symbolCount_ = 0;
    std::uint32_t entityCount_ = 0;
};

} // namespace kg::graph
