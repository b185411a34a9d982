#include "graph/contradictions.h"

#include <algorithm>
#include <array>
#include <string>

namespace kg::graph {

namespace {

// Predicates on one scale: the family's name and the direction each predicate points. A fact's
// direction is its predicate's, turned round by negation ("did not leave" points with "remain").
struct ScalePredicate {
    std::string_view predicate;
    std::string_view family;
    int direction;
};
constexpr std::array kScales = {
    ScalePredicate{"increase", "increase", 1}, ScalePredicate{"raise", "increase", 1},
    ScalePredicate{"rise", "increase", 1},     ScalePredicate{"boost", "increase", 1},
    ScalePredicate{"expand", "increase", 1},   ScalePredicate{"reduce", "increase", -1},
    ScalePredicate{"cut", "increase", -1},     ScalePredicate{"decrease", "increase", -1},
    ScalePredicate{"lower", "increase", -1},   ScalePredicate{"fall", "increase", -1},
    ScalePredicate{"remain", "remain", 1},     ScalePredicate{"remain in", "remain", 1},
    ScalePredicate{"stay", "remain", 1},       ScalePredicate{"stay in", "remain", 1},
    ScalePredicate{"leave", "remain", -1},     ScalePredicate{"withdraw from", "remain", -1},
    ScalePredicate{"quit", "remain", -1},      ScalePredicate{"agree", "agree", 1},
    ScalePredicate{"agree with", "agree", 1},  ScalePredicate{"agree to", "agree", 1},
    ScalePredicate{"disagree", "agree", -1},   ScalePredicate{"disagree with", "agree", -1},
    ScalePredicate{"support", "support", 1},   ScalePredicate{"oppose", "support", -1},
    ScalePredicate{"accept", "accept", 1},     ScalePredicate{"reject", "accept", -1},
    ScalePredicate{"win", "win", 1},           ScalePredicate{"lose", "win", -1},
};

const ScalePredicate* findScale(std::string_view predicate) {
    for (const ScalePredicate& s : kScales)
        if (s.predicate == predicate)
            return &s;
    return nullptr;
}

bool shareSentence(const RelationView& a, const RelationView& b) {
    for (const Mention& m : a.mentions)
        for (const Mention& n : b.mentions)
            if (m.doc == n.doc && m.sentence == n.sentence)
                return true;
    return false;
}

// How two facts between the same two entities contradict, if they do: the first rule that
// applies, in the order of the header.
std::optional<ContradictionKind> contradiction(GraphView g, const RelationView& a,
                                               const RelationView& b) {
    if (a.predicate == b.predicate) {
        if (a.negated != b.negated)
            return ContradictionKind::Polarity;
        const Sym qa = a.qualifiers.quantity, qb = b.qualifiers.quantity;
        if (qa != kNoSym && qb != kNoSym && qa != qb && a.qualifiers.time == b.qualifiers.time)
            return ContradictionKind::Quantity;
        return std::nullopt;
    }
    const ScalePredicate* sa = findScale(g.str(a.predicate));
    const ScalePredicate* sb = findScale(g.str(b.predicate));
    if (sa != nullptr && sb != nullptr && sa->family == sb->family &&
        sa->direction * (a.negated ? -1 : 1) != sb->direction * (b.negated ? -1 : 1))
        return ContradictionKind::Antonym;
    if (a.stance != Stance::Neutral && b.stance != Stance::Neutral && a.stance != b.stance)
        return ContradictionKind::Stance;
    return std::nullopt;
}

} // namespace

std::string_view contradictionKindName(ContradictionKind kind) {
    constexpr std::array<std::string_view, 4> kNames = {"polarity", "antonym", "stance",
                                                        "quantity"};
    return kNames[static_cast<std::size_t>(kind)];
}

std::vector<RelationId> contradictionsWith(GraphView g, RelationId id) {
    std::vector<RelationId> out;
    const RelationView r = g.relation(id);
    g.forEachOutEdge(r.source, [&](EdgeView e) {
        if (e.other == r.target && e.relation != id) {
            const RelationView other = g.relation(e.relation);
            if (!shareSentence(r, other) && contradiction(g, r, other))
                out.push_back(e.relation);
        }
    });
    std::sort(out.begin(), out.end());
    return out;
}

ContradictionIndex::ContradictionIndex(GraphView g) {
    std::vector<std::pair<EntityId, RelationId>> edges;
    for (EntityId source = 0; source < g.entityIdBound(); ++source) {
        if (!g.isLive(source))
            continue;
        edges.clear();
        g.forEachOutEdge(source, [&](EdgeView e) { edges.emplace_back(e.other, e.relation); });
        if (edges.size() < 2)
            continue;
        std::sort(edges.begin(), edges.end());
        for (std::size_t begin = 0; begin < edges.size();) {
            std::size_t end = begin + 1;
            while (end < edges.size() && edges[end].first == edges[begin].first)
                ++end;
            // Facts between one pair of entities are few; comparing each with each is cheaper
            // than bucketing them.
            for (std::size_t i = begin; i < end; ++i)
                for (std::size_t j = i + 1; j < end; ++j) {
                    const RelationView a = g.relation(edges[i].second);
                    const RelationView b = g.relation(edges[j].second);
                    if (shareSentence(a, b))
                        continue;
                    if (auto kind = contradiction(g, a, b))
                        pairs_.push_back({edges[i].second, edges[j].second, *kind});
                }
            begin = end;
        }
    }

    offsets_.assign(static_cast<std::size_t>(g.relationIdBound()) + 1, 0);
    for (const Contradiction& c : pairs_) {
        ++offsets_[c.first + 1];
        ++offsets_[c.second + 1];
    }
    for (std::size_t i = 1; i < offsets_.size(); ++i)
        offsets_[i] += offsets_[i - 1];
    others_.resize(offsets_.back());
    std::vector<std::uint32_t> filled(offsets_.begin(), offsets_.end() - 1);
    for (const Contradiction& c : pairs_) {
        others_[filled[c.first]++] = c.second;
        others_[filled[c.second]++] = c.first;
    }
    for (std::size_t id = 0; id + 1 < offsets_.size(); ++id)
        std::sort(others_.begin() + offsets_[id], others_.begin() + offsets_[id + 1]);
}

std::span<const RelationId> ContradictionIndex::contestedBy(RelationId id) const {
    if (static_cast<std::size_t>(id) + 1 >= offsets_.size())
        return {};
    return std::span<const RelationId>(others_).subspan(offsets_[id],
                                                        offsets_[id + 1] - offsets_[id]);
}

} // namespace kg::graph
