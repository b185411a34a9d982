// Expansions along edges: one step (Expand) and variable length (VarExpand).
#include "query/exec/evaluate.h"
#include "query/exec/operators.h"

namespace kg::query::exec {
namespace {

// The edges of `node` in direction `d` that `types` accepts, appended to `out`. An undirected
// self-loop is listed once.
void collectEdges(graph::GraphView g, graph::EntityId node, ast::Direction d,
                  const TypeFilter& types, std::vector<graph::EdgeView>& out) {
    if (d != ast::Direction::In)
        g.forEachOutEdge(node, [&](graph::EdgeView e) {
            if (types.accepts(e.predicate))
                out.push_back(e);
        });
    if (d != ast::Direction::Out)
        g.forEachInEdge(node, [&](graph::EdgeView e) {
            if (types.accepts(e.predicate) && (d == ast::Direction::In || e.other != node))
                out.push_back(e);
        });
}

// How many edges collectEdges would list, without listing them.
std::size_t countEdges(graph::GraphView g, graph::EntityId node, ast::Direction d,
                       const TypeFilter& types) {
    std::size_t n = 0;
    if (d != ast::Direction::In) {
        if (types.any)
            n += g.outDegree(node);
        else
            g.forEachOutEdge(node, [&](graph::EdgeView e) { n += types.accepts(e.predicate); });
    }
    if (d == ast::Direction::In && types.any)
        return n + g.inDegree(node);
    if (d != ast::Direction::Out)
        g.forEachInEdge(node, [&](graph::EdgeView e) {
            n += types.accepts(e.predicate) && (d == ast::Direction::In || e.other != node);
        });
    return n;
}

} // namespace

Expand::Expand(OpPtr child, Slot from, Slot rel, Slot to, bool toBound, TypeFilter types,
               ast::Direction direction, Uniqueness unique, std::string text)
    : Countable(std::move(child)), from_(from), rel_(rel), to_(to), toBound_(toBound),
      types_(std::move(types)), direction_(direction), unique_(std::move(unique)),
      text_(std::move(text)) {}

std::string Expand::describe() const {
    return (toBound_ ? "ExpandInto " : "Expand ") + text_;
}

void Expand::open(ExecContext& cx) {
    Countable::open(cx);
    degreeMemo_.clear();
}

void Expand::begin(Row& row) {
    edges_.clear();
    cursor_ = 0;
    const Value& from = row[from_];
    if (!from.isNode()) // null from an OPTIONAL MATCH: nothing to expand
        return;
    collectEdges(cx_->graph(), from.asNode(), direction_, types_, edges_);
}

bool Expand::advance(Row& row) {
    while (cursor_ < edges_.size()) {
        const graph::EdgeView& e = edges_[cursor_++];
        cx_->tick();
        if (toBound_ && !(row[to_].isNode() && row[to_].asNode() == e.other))
            continue;
        if (unique_.clashes(row, e.relation))
            continue;
        row[rel_] = Value(RelationshipRef{e.relation});
        if (!toBound_)
            row[to_] = Value(NodeRef{e.other});
        return true;
    }
    return false;
}

std::string Expand::countText() const {
    return "CountExpansions (last hop counted, not listed)";
}

// Each node's number of matching edges is computed once (a hub reached a million times is
// scanned once), then corrected per row for the relationships the row already uses.
std::int64_t Expand::countFor(Row& row) {
    if (toBound_) { // the far end varies per row: no memo
        begin(row);
        std::int64_t n = 0;
        for (const graph::EdgeView& e : edges_) {
            cx_->tick();
            if (row[to_].isNode() && row[to_].asNode() == e.other &&
                !unique_.clashes(row, e.relation))
                ++n;
        }
        return n;
    }
    cx_->tick();
    if (!row[from_].isNode())
        return 0;
    graph::GraphView g = cx_->graph();
    auto incident = [&](graph::RelationId r, graph::EntityId node) {
        if (!types_.accepts(g.predicate(r)))
            return false;
        bool out = g.source(r) == node;
        bool in = g.target(r) == node;
        return direction_ == ast::Direction::Out  ? out
               : direction_ == ast::Direction::In ? in
                                                  : (out || in);
    };
    graph::EntityId from = row[from_].asNode();
    if (degreeMemo_.empty())
        degreeMemo_.assign(g.entityIdBound(), -1);
    std::int64_t& memo = degreeMemo_[from];
    if (memo < 0)
        memo = static_cast<std::int64_t>(countEdges(g, from, direction_, types_));
    std::int64_t n = memo;
    for (Slot s : unique_.relationships)
        if (row[s].isRelationship() && incident(row[s].asRelationship(), from))
            --n;
    for (Slot s : unique_.lists)
        if (row[s].isList())
            for (const Value& v : row[s].asList())
                if (v.isRelationship() && incident(v.asRelationship(), from))
                    --n;
    return n;
}

std::int64_t Expand::countAll(Row& row) {
    std::int64_t total = 0;
    while (child_->next(row))
        total += countFor(row);
    return total;
}

bool Expand::nextCounted(Row& row, std::int64_t& count) {
    while (child_->next(row)) {
        count = countFor(row);
        if (count > 0)
            return true;
    }
    return false;
}

ExpandCount::ExpandCount(std::unique_ptr<Countable> counted, std::vector<Slot> countSlots)
    : Operator(nullptr), counted_(counted.get()), countSlots_(std::move(countSlots)) {
    child_ = std::move(counted);
}

void ExpandCount::open(ExecContext& cx) {
    Operator::open(cx);
    done_ = false;
}

bool ExpandCount::next(Row& row) {
    if (done_)
        return false;
    done_ = true;
    std::int64_t total = counted_->countAll(row);
    for (Slot s : countSlots_)
        row[s] = Value(total);
    return true;
}

std::string ExpandCount::describe() const {
    return counted_->countText();
}

ExpandWeight::ExpandWeight(std::unique_ptr<Expand> expand, Slot weight)
    : Operator(nullptr), expand_(expand.get()), weight_(weight) {
    child_ = std::move(expand);
}

bool ExpandWeight::next(Row& row) {
    std::int64_t count = 0;
    if (!expand_->nextCounted(row, count))
        return false;
    row[weight_] = Value(count);
    return true;
}

std::string ExpandWeight::describe() const {
    return "WeighByExpansions (edges counted per row, not listed)";
}

VarExpand::VarExpand(OpPtr child, Slot from, Slot list, Slot to, bool toBound, TypeFilter types,
                     ast::Direction direction, std::uint32_t minHops, std::uint32_t maxHops,
                     Uniqueness unique, std::optional<plan::BoundExpr> edgeFilter, Slot edgeSlot,
                     std::string text)
    : Enumerator(std::move(child)), from_(from), list_(list), to_(to), toBound_(toBound),
      types_(std::move(types)), direction_(direction), minHops_(minHops), maxHops_(maxHops),
      unique_(std::move(unique)), edgeFilter_(std::move(edgeFilter)), edgeSlot_(edgeSlot),
      text_(std::move(text)) {}

std::string VarExpand::describe() const {
    return (toBound_ ? "VarExpandInto " : "VarExpand ") + text_;
}

void VarExpand::pushFrame(graph::EntityId node, Row& row) {
    Frame f{node, {}, 0};
    if (trail_.size() < maxHops_) {
        collectEdges(cx_->graph(), node, direction_, types_, f.edges);
        if (edgeFilter_) {
            std::vector<graph::EdgeView> kept;
            for (const graph::EdgeView& e : f.edges) {
                row[edgeSlot_] = Value(RelationshipRef{e.relation});
                if (isTrue(*edgeFilter_, row, *cx_))
                    kept.push_back(e);
            }
            f.edges = std::move(kept);
        }
    }
    stack_.push_back(std::move(f));
}

void VarExpand::begin(Row& row) {
    stack_.clear();
    trail_.clear();
    emitStart_ = false;
    if (!row[from_].isNode())
        return;
    pushFrame(row[from_].asNode(), row);
    emitStart_ = minHops_ == 0;
}

// Depth-first over trails. Each call resumes where the last one stopped and returns at the
// next trail whose length is within bounds (and that ends at the bound node, if any).
bool VarExpand::advance(Row& row) {
    auto emit = [&](graph::EntityId end) {
        if (toBound_ && !(row[to_].isNode() && row[to_].asNode() == end))
            return false;
        ValueList rels;
        rels.reserve(trail_.size());
        for (graph::RelationId r : trail_)
            rels.emplace_back(RelationshipRef{r});
        row[list_] = Value(std::move(rels));
        if (!toBound_)
            row[to_] = Value(NodeRef{end});
        return true;
    };
    if (emitStart_) {
        emitStart_ = false;
        if (emit(stack_.front().node))
            return true;
    }
    while (!stack_.empty()) {
        Frame& top = stack_.back();
        if (top.cursor >= top.edges.size()) {
            stack_.pop_back();
            if (!trail_.empty())
                trail_.pop_back();
            continue;
        }
        const graph::EdgeView e = top.edges[top.cursor++];
        cx_->tick();
        bool repeated = false;
        for (graph::RelationId r : trail_)
            repeated = repeated || r == e.relation;
        if (repeated || unique_.clashes(row, e.relation))
            continue;
        trail_.push_back(e.relation);
        pushFrame(e.other, row);
        if (trail_.size() >= minHops_ && emit(e.other))
            return true;
    }
    return false;
}

} // namespace kg::query::exec
