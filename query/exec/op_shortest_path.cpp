// shortestPath and allShortestPaths between two bound nodes.
//
// One shortest path: breadth-first from both ends at once, always growing the smaller
// frontier, so the work is about the square root of a one-sided search on graphs with hubs.
// All shortest paths: breadth-first from the start keeping every parent edge on the last level
// needed, then every path is walked back from the end.
#include "query/exec/operators.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <new>
#include <unordered_map>

namespace kg::query::exec {
namespace {

struct Step {
    graph::EntityId node; // the neighbour towards the side's own end
    graph::RelationId relation;
    std::uint32_t depth;
};

ast::Direction reverse(ast::Direction d) {
    if (d == ast::Direction::Out)
        return ast::Direction::In;
    if (d == ast::Direction::In)
        return ast::Direction::Out;
    return d;
}

template <class F>
void forEachEdge(graph::GraphView g, graph::EntityId node, ast::Direction d,
                 const TypeFilter& types, F&& f) {
    if (d != ast::Direction::In)
        g.forEachOutEdge(node, [&](graph::EdgeView e) {
            if (types.accepts(e.predicate))
                f(e);
        });
    if (d != ast::Direction::Out)
        g.forEachInEdge(node, [&](graph::EdgeView e) {
            if (types.accepts(e.predicate))
                f(e);
        });
}

/// Per-node search state for one side of the bidirectional search, in arrays indexed by entity
/// id: O(1) without hashing. `depth` is zero-filled lazily by calloc (untouched pages cost
/// nothing), so a short search on a huge graph stays cheap.
class SideState {
public:
    explicit SideState(std::size_t n)
        : depth_(static_cast<std::uint32_t*>(std::calloc(n, sizeof(std::uint32_t)))),
          parent_(static_cast<Step*>(std::malloc(n * sizeof(Step)))) {
        if (!depth_ || !parent_)
            throw std::bad_alloc();
    }
    bool seen(graph::EntityId v) const { return depth_.get()[v] != 0; }
    std::uint32_t depth(graph::EntityId v) const { return depth_.get()[v] - 1; }
    const Step& parent(graph::EntityId v) const { return parent_.get()[v]; }
    void mark(graph::EntityId v, std::uint32_t depth, Step parent) {
        depth_.get()[v] = depth + 1;
        parent_.get()[v] = parent;
    }

private:
    struct Free {
        void operator()(void* p) const { std::free(p); }
    };
    std::unique_ptr<std::uint32_t, Free> depth_;
    std::unique_ptr<Step, Free> parent_;
};

std::optional<Path> oneShortest(ExecContext& cx, graph::EntityId s, graph::EntityId t,
                                ast::Direction d, const TypeFilter& types, std::uint32_t maxHops) {
    graph::GraphView g = cx.graph();
    SideState seen[2] = {SideState(g.entityIdBound()), SideState(g.entityIdBound())};
    std::vector<graph::EntityId> frontier[2] = {{s}, {t}};
    std::uint32_t depth[2] = {0, 0};
    seen[0].mark(s, 0, Step{graph::kNoId, graph::kNoId, 0});
    seen[1].mark(t, 0, Step{graph::kNoId, graph::kNoId, 0});
    std::vector<graph::EntityId> next;
    while (!frontier[0].empty() && !frontier[1].empty() && depth[0] + depth[1] < maxHops) {
        int side = frontier[0].size() <= frontier[1].size() ? 0 : 1;
        ast::Direction dir = side == 0 ? d : reverse(d);
        std::uint32_t best = UINT32_MAX;
        graph::EntityId meet = graph::kNoId;
        next.clear();
        SideState& mine = seen[side];
        const SideState& theirs = seen[1 - side];
        for (graph::EntityId u : frontier[side]) {
            forEachEdge(g, u, dir, types, [&](const graph::EdgeView& e) {
                cx.tick();
                if (mine.seen(e.other))
                    return;
                mine.mark(e.other, depth[side] + 1, Step{u, e.relation, depth[side] + 1});
                next.push_back(e.other);
                if (theirs.seen(e.other) && depth[side] + 1 + theirs.depth(e.other) < best) {
                    best = depth[side] + 1 + theirs.depth(e.other);
                    meet = e.other;
                }
            });
        }
        ++depth[side];
        frontier[side].swap(next);
        if (meet != graph::kNoId) {
            Path p;
            for (graph::EntityId v = meet; v != s;) {
                const Step& st = seen[0].parent(v);
                p.nodes.push_back(v);
                p.relationships.push_back(st.relation);
                v = st.node;
            }
            p.nodes.push_back(s);
            std::reverse(p.nodes.begin(), p.nodes.end());
            std::reverse(p.relationships.begin(), p.relationships.end());
            for (graph::EntityId v = meet; v != t;) {
                const Step& st = seen[1].parent(v);
                p.relationships.push_back(st.relation);
                p.nodes.push_back(st.node);
                v = st.node;
            }
            return p;
        }
    }
    return std::nullopt;
}

// The paths found are charged to `held`: their number can grow exponentially with the length.
std::vector<Path> allShortest(ExecContext& cx, graph::EntityId s, graph::EntityId t,
                              ast::Direction d, const TypeFilter& types, std::uint32_t maxHops,
                              MemoryCharge& held) {
    graph::GraphView g = cx.graph();
    struct Parent {
        graph::EntityId node;
        graph::RelationId relation;
    };
    std::unordered_map<graph::EntityId, std::uint32_t> depthOf{{s, 0}};
    std::unordered_map<graph::EntityId, std::vector<Parent>> parents;
    std::vector<graph::EntityId> frontier{s};
    std::vector<graph::EntityId> next;
    bool reached = false;
    for (std::uint32_t depth = 0; !frontier.empty() && !reached && depth < maxHops; ++depth) {
        next.clear();
        for (graph::EntityId u : frontier) {
            forEachEdge(g, u, d, types, [&](const graph::EdgeView& e) {
                cx.tick();
                auto [it, inserted] = depthOf.emplace(e.other, depth + 1);
                if (inserted)
                    next.push_back(e.other);
                if (it->second == depth + 1)
                    parents[e.other].push_back({u, e.relation});
            });
        }
        reached = depthOf.count(t) > 0;
        frontier.swap(next);
    }
    std::vector<Path> out;
    if (!reached)
        return out;
    // Walk back from t over every parent; paths come out in a deterministic order.
    struct Partial {
        std::vector<graph::EntityId> nodes;
        std::vector<graph::RelationId> relationships;
    };
    std::vector<Partial> stack{{{t}, {}}};
    while (!stack.empty()) {
        Partial cur = std::move(stack.back());
        stack.pop_back();
        graph::EntityId v = cur.nodes.back();
        if (v == s) {
            Path p;
            p.nodes.assign(cur.nodes.rbegin(), cur.nodes.rend());
            p.relationships.assign(cur.relationships.rbegin(), cur.relationships.rend());
            held.add(cx, sizeof(Path) + p.nodes.size() * sizeof(graph::EntityId) +
                             p.relationships.size() * sizeof(graph::RelationId));
            out.push_back(std::move(p));
            continue;
        }
        const auto& ps = parents[v];
        for (auto it = ps.rbegin(); it != ps.rend(); ++it) {
            cx.tick();
            Partial n = cur;
            n.nodes.push_back(it->node);
            n.relationships.push_back(it->relation);
            stack.push_back(std::move(n));
        }
    }
    return out;
}

} // namespace

ShortestPath::ShortestPath(OpPtr child, Slot from, Slot to, std::optional<Slot> path,
                           std::optional<Slot> list, TypeFilter types, ast::Direction direction,
                           std::uint32_t minHops, std::uint32_t maxHops, bool all, std::string text)
    : Enumerator(std::move(child)), from_(from), to_(to), path_(path), list_(list),
      types_(std::move(types)), direction_(direction), minHops_(minHops), maxHops_(maxHops),
      all_(all), text_(std::move(text)) {}

std::string ShortestPath::describe() const {
    return text_ + (all_ ? " (breadth-first)" : " (bidirectional breadth-first)");
}

void ShortestPath::begin(Row& row) {
    found_.clear();
    held_.reset(*cx_);
    cursor_ = 0;
    if (!row[from_].isNode() || !row[to_].isNode())
        return;
    graph::EntityId s = row[from_].asNode();
    graph::EntityId t = row[to_].asNode();
    if (s == t) {
        if (minHops_ == 0)
            found_.push_back(Path{{s}, {}});
        return;
    }
    if (all_) {
        found_ = allShortest(*cx_, s, t, direction_, types_, maxHops_, held_);
    } else if (auto p = oneShortest(*cx_, s, t, direction_, types_, maxHops_)) {
        found_.push_back(std::move(*p));
    }
}

bool ShortestPath::advance(Row& row) {
    if (cursor_ >= found_.size())
        return false;
    Path& p = found_[cursor_++];
    if (list_) {
        ValueList rels;
        for (graph::RelationId r : p.relationships)
            rels.emplace_back(RelationshipRef{r});
        row[*list_] = Value(std::move(rels));
    }
    if (path_)
        row[*path_] = Value(p);
    return true;
}

} // namespace kg::query::exec
