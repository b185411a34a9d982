#pragma once
// Facts that contradict each other. Two facts with the same subject and object (entities are
// already resolved in the graph) contradict when
//  - polarity: same predicate, one negated ("X backs Y" / "X does not back Y");
//  - antonym: predicates of one scale pointing opposite ways (increase/reduce, remain/leave,
//    agree with/disagree with; table in contradictions.cpp), after polarity;
//  - stance: one supports and the other opposes (back/reject, welcome/criticise);
//  - quantity: same predicate, polarity and time, different quantities ("cut 20,000 troops" /
//    "cut 50,000 troops").
// Facts read off one same sentence never contradict each other: a sentence is one claim.
// The pass walks each entity's out-edges grouped by target, so it is linear in relations
// (plus a sort of each entity's out-edges).
#include "graph/graph_view.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace kg::graph {

enum class ContradictionKind : std::uint8_t { Polarity, Antonym, Stance, Quantity };

/// "polarity", "antonym", "stance", "quantity".
std::string_view contradictionKindName(ContradictionKind kind);

struct Contradiction {
    RelationId first;  ///< the lower id
    RelationId second; ///< the higher id
    ContradictionKind kind;
};

/// The facts that contradict `id`, found among its source's out-edges alone: for a few drawn
/// facts, cheaper than an index of the whole graph.
std::vector<RelationId> contradictionsWith(GraphView graph, RelationId id);

class ContradictionIndex {
public:
    explicit ContradictionIndex(GraphView graph);

    /// Every contradicting pair once, grouped by (source, target) in entity-id order, pairs in
    /// id order within a group.
    const std::vector<Contradiction>& pairs() const { return pairs_; }
    /// The facts that contradict `id`, in increasing id order; empty when it is uncontested.
    std::span<const RelationId> contestedBy(RelationId id) const;

private:
    std::vector<Contradiction> pairs_;
    // contestedBy(id) is others_[offsets_[id] .. offsets_[id + 1]).
    std::vector<std::uint32_t> offsets_;
    std::vector<RelationId> others_;
};

} // namespace kg::graph
