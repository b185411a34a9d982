#pragma once
// The physical operators. Scans and expansions are Enumerators (zero or more rows per input
// row); the rest transform or hold rows. Slots are indexes into the shared Row.
#include "query/exec/operator.h"
#include "query/plan/bound_expr.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace kg::query::exec {

using Slot = std::uint32_t;
using SymSet = std::vector<graph::Sym>; ///< predicates; empty with `anyType` = every predicate

/// Relationship uniqueness within one MATCH: a new relationship must differ from those bound
/// in these slots (single relationships) and lists (variable-length ones).
struct Uniqueness {
    std::vector<Slot> relationships;
    std::vector<Slot> lists;
    bool clashes(const Row& row, graph::RelationId r) const;
};

/// Which relationships a pattern step may use.
struct TypeFilter {
    bool any = true;
    SymSet predicates; ///< when !any: the allowed predicates (unknown names already dropped)
    std::string text;  ///< ":reject|oppose" for EXPLAIN
    bool accepts(graph::Sym p) const {
        if (any)
            return true;
        for (graph::Sym s : predicates)
            if (s == p)
                return true;
        return false;
    }
};

/// Yields its input row once per open() (or per reset(), inside OPTIONAL MATCH).
class SingleRow : public Operator {
public:
    SingleRow() : Operator(nullptr) {}
    void open(ExecContext& cx) override;
    bool next(Row& row) override;
    std::string describe() const override;
    void reset() { done_ = false; }

private:
    bool done_ = false;
};

/// The plan of a pattern inside an expression (EXISTS { }, COUNT { }, a pattern predicate or
/// comprehension): run on a copy of the row, its leaf `argument` yielding that row once.
struct SubqueryPlan {
    OpPtr root;
    SingleRow* argument = nullptr;
};

/// Every live entity, optionally only those of one type.
class NodeScan : public Enumerator {
public:
    NodeScan(OpPtr child, Slot slot, std::string variable, int label);
    std::string describe() const override;

protected:
    void begin(Row& row) override;
    bool advance(Row& row) override;

private:
    Slot slot_;
    std::string variable_;
    int label_;
    graph::EntityId cursor_ = 0;
};

/// The entity with a given name (or alias) through the store's hash index: 0 or 1 row.
class NodeByName : public Enumerator {
public:
    NodeByName(OpPtr child, Slot slot, std::string variable, plan::BoundExpr name, bool byAlias);
    std::string describe() const override;

protected:
    void begin(Row& row) override;
    bool advance(Row& row) override;

private:
    Slot slot_;
    std::string variable_;
    plan::BoundExpr name_;
    bool byAlias_;
    std::optional<graph::EntityId> found_;
};

/// An enumerator whose rows can be counted without being produced (see ExpandCount).
class Countable : public Enumerator {
public:
    using Enumerator::Enumerator;
    /// Pulls every input row and returns how many rows this operator would have produced.
    virtual std::int64_t countAll(Row& row) = 0;
    /// For EXPLAIN: what the count reads instead of the rows.
    virtual std::string countText() const = 0;
};

/// Every relationship with one of the given predicates, through the predicate index, binding
/// both ends. An undirected step yields each relationship in both orientations.
class RelationshipByType : public Countable {
public:
    RelationshipByType(OpPtr child, Slot from, Slot rel, Slot to, TypeFilter types,
                       ast::Direction direction, std::string text);
    std::string describe() const override;
    /// A directed scan between two different nodes counts from the predicate index's sizes.
    std::int64_t countAll(Row& row) override;
    std::string countText() const override;

protected:
    void begin(Row& row) override;
    bool advance(Row& row) override;

private:
    Slot from_, rel_, to_;
    TypeFilter types_;
    ast::Direction direction_;
    std::string text_;
    std::vector<graph::RelationId> ids_;
    std::size_t cursor_ = 0;
    int orientation_ = 0;
};

/// One step from a bound node along its edges. When the far node is bound already, only edges
/// reaching it pass.
class Expand : public Countable {
public:
    Expand(OpPtr child, Slot from, Slot rel, Slot to, bool toBound, TypeFilter types,
           ast::Direction direction, Uniqueness unique, std::string text);
    std::string describe() const override;
    std::int64_t countAll(Row& row) override;
    std::string countText() const override;
    /// The next input row that has matching edges, with their number in `count`; the
    /// relationship and far node are left unbound (see ExpandWeight).
    bool nextCounted(Row& row, std::int64_t& count);
    void open(ExecContext& cx) override;
    /// The slots this step binds: its relationship, and its far node unless bound before.
    std::vector<Slot> boundSlots() const {
        return toBound_ ? std::vector<Slot>{rel_} : std::vector<Slot>{rel_, to_};
    }

protected:
    void begin(Row& row) override;
    bool advance(Row& row) override;

private:
    Slot from_, rel_, to_;
    bool toBound_;
    TypeFilter types_;
    ast::Direction direction_;
    Uniqueness unique_;
    std::string text_;
    /// Matching edges of the row's node, less those the row already uses.
    std::int64_t countFor(Row& row);

    std::vector<graph::EdgeView> edges_; // this input row's candidate edges (capacity reused)
    std::size_t cursor_ = 0;
    std::vector<std::int64_t> degreeMemo_; // countFor: matching edges per node, -1 = not yet
};

/// `RETURN count(*)` right after an expansion or a predicate scan whose new variables nobody
/// reads: each input row adds the number of its matching edges, so the last hop is counted,
/// never enumerated.
class ExpandCount : public Operator {
public:
    ExpandCount(std::unique_ptr<Countable> counted, std::vector<Slot> countSlots);
    void open(ExecContext& cx) override;
    bool next(Row& row) override;
    std::string describe() const override;

private:
    Countable* counted_;
    std::vector<Slot> countSlots_;
    bool done_ = false;
};

/// `RETURN a.name, count(*)` over an expansion from `a` whose relationship and far node nobody
/// reads: each input row goes up once, with its number of matching edges in the weight slot,
/// for an Aggregation that adds weights instead of counting rows.
class ExpandWeight : public Operator {
public:
    ExpandWeight(std::unique_ptr<Expand> expand, Slot weight);
    bool next(Row& row) override;
    std::string describe() const override;

private:
    Expand* expand_;
    Slot weight_;
};

/// `-[*min..max]-`: every trail (no relationship twice) of min..max steps from a bound node.
/// Binds the far node and the list of relationships.
class VarExpand : public Enumerator {
public:
    VarExpand(OpPtr child, Slot from, Slot list, Slot to, bool toBound, TypeFilter types,
              ast::Direction direction, std::uint32_t minHops, std::uint32_t maxHops,
              Uniqueness unique, std::optional<plan::BoundExpr> edgeFilter, Slot edgeSlot,
              std::string text);
    std::string describe() const override;

protected:
    void begin(Row& row) override;
    bool advance(Row& row) override;

private:
    struct Frame {
        graph::EntityId node;
        std::vector<graph::EdgeView> edges;
        std::size_t cursor = 0;
    };
    void pushFrame(graph::EntityId node, Row& row);

    Slot from_, list_, to_;
    bool toBound_;
    TypeFilter types_;
    ast::Direction direction_;
    std::uint32_t minHops_, maxHops_;
    Uniqueness unique_;
    std::optional<plan::BoundExpr> edgeFilter_;
    Slot edgeSlot_;
    std::string text_;
    std::vector<Frame> stack_;
    std::vector<graph::RelationId> trail_;
    bool emitStart_ = false;
};

/// shortestPath / allShortestPaths between two bound nodes: breadth-first from both ends.
class ShortestPath : public Enumerator {
public:
    ShortestPath(OpPtr child, Slot from, Slot to, std::optional<Slot> path,
                 std::optional<Slot> list, TypeFilter types, ast::Direction direction,
                 std::uint32_t minHops, std::uint32_t maxHops, bool all, std::string text);
    std::string describe() const override;

protected:
    void begin(Row& row) override;
    bool advance(Row& row) override;

private:
    Slot from_, to_;
    std::optional<Slot> path_, list_;
    TypeFilter types_;
    ast::Direction direction_;
    std::uint32_t minHops_, maxHops_;
    bool all_;
    std::string text_;
    std::vector<Path> found_;
    std::size_t cursor_ = 0;
    MemoryCharge held_;
};

/// Keeps the rows for which the predicate is true. With `perNode`, the predicate reads that
/// node and nothing else of the row, so it is evaluated once per entity (a regex on the name of
/// the far end of every edge runs once per distinct name) and remembered.
class Filter : public Operator {
public:
    Filter(OpPtr child, plan::BoundExpr predicate, std::string text,
           std::optional<Slot> perNode = std::nullopt);
    void open(ExecContext& cx) override;
    bool next(Row& row) override;
    std::string describe() const override;

private:
    bool passes(const Row& row);

    plan::BoundExpr predicate_;
    std::string text_;
    std::optional<Slot> perNode_;
    std::vector<std::uint8_t> memo_; // per entity: 0 not yet, 1 passes, 2 fails
};

/// A hash join on `buildKey = probeKey`: the rows of `build` (everything matched before this
/// pattern) are hashed by their key once; each row of this pattern finds its partners by its
/// key instead of the pattern being matched again for every earlier row. Partners are copied
/// into the row; a partner using one of the row's relationships is skipped (uniqueness).
class HashJoin : public Enumerator {
public:
    struct Sides {
        plan::BoundExpr buildKey, probeKey;
        std::vector<Slot> buildSlots;           ///< copied from a partner into the row
        std::vector<Slot> buildRels, probeRels; ///< must differ pairwise
        std::optional<Slot> probeNode; ///< the probe key reads only this node: once per entity
    };
    HashJoin(OpPtr child, OpPtr build, Sides sides, std::string text);
    ~HashJoin() override;
    void open(ExecContext& cx) override;
    std::string describe() const override;
    std::vector<const Operator*> inners() const override { return {build_.get()}; }
    std::string innerLabel(std::size_t) const override { return "build side, hashed once"; }

protected:
    void begin(Row& row) override;
    bool advance(Row& row) override;

private:
    struct Table;
    void buildTable(const Row& current);
    std::int64_t bucketOf(const Row& row);

    OpPtr build_;
    Sides sides_;
    std::string text_;
    std::unique_ptr<Table> table_;
    std::vector<std::int32_t> nodeMemo_; // per entity: bucket + 2, 1 = none, 0 = not yet
    const std::vector<std::vector<Value>>* partners_ = nullptr;
    std::size_t cursor_ = 0;
    MemoryCharge held_;
};

/// p = (a)-[r]->(b)...: assembles the path from the pattern's slots.
class BuildPath : public Operator {
public:
    struct Step {
        Slot slot;
        bool list; ///< a variable-length relationship: a list of relationships
    };
    BuildPath(OpPtr child, Slot path, Slot start, std::vector<Step> steps, std::string name);
    bool next(Row& row) override;
    std::string describe() const override;

private:
    Slot path_, start_;
    std::vector<Step> steps_;
    std::string name_;
};

/// OPTIONAL MATCH: runs `inner` (whose leaf is `argument`) for each input row; when it yields
/// nothing, the input row goes on once with the inner pattern's new slots set to null.
class Optional : public Operator {
public:
    Optional(OpPtr child, OpPtr inner, SingleRow* argument, std::vector<Slot> nullSlots);
    void open(ExecContext& cx) override;
    bool next(Row& row) override;
    std::string describe() const override;
    std::vector<const Operator*> inners() const override { return {inner_.get()}; }

private:
    OpPtr inner_;
    SingleRow* argument_;
    std::vector<Slot> nullSlots_;
    bool active_ = false;
    bool matched_ = false;
};

/// UNION ALL: the rows of each branch in turn, each branch's result slots copied into the
/// union's own (UNION adds a Distinct above).
class Union : public Operator {
public:
    struct Branch {
        OpPtr root;
        std::vector<Slot> slots; ///< in column order
    };
    Union(std::vector<Branch> branches, std::vector<Slot> slots);
    void open(ExecContext& cx) override;
    bool next(Row& row) override;
    std::string describe() const override;
    std::vector<const Operator*> inners() const override;
    std::string innerLabel(std::size_t i) const override;

private:
    std::vector<Branch> branches_;
    std::vector<Slot> slots_;
    std::size_t current_ = 0;
};

struct ProjectItem {
    plan::BoundExpr expr;
    Slot slot;
};

/// Evaluates expressions into slots (WITH, RETURN, after aggregation).
class Project : public Operator {
public:
    Project(OpPtr child, std::vector<ProjectItem> items, std::string text);
    bool next(Row& row) override;
    std::string describe() const override;

private:
    std::vector<ProjectItem> items_;
    std::string text_;
};

/// UNWIND list AS x.
class Unwind : public Enumerator {
public:
    Unwind(OpPtr child, plan::BoundExpr list, Slot slot, std::string text);
    std::string describe() const override;

protected:
    void begin(Row& row) override;
    bool advance(Row& row) override;

private:
    plan::BoundExpr list_;
    Slot slot_;
    std::string text_;
    Value current_;
    std::size_t cursor_ = 0;
};

/// Groups rows by the key items and computes the aggregate calls per group. The first row of a
/// group stands for it afterwards, so later expressions see its other slots.
class Aggregation : public Operator {
public:
    /// Each entity is one group when the keys read one node and nothing else of the row: they
    /// are computed once per entity, not once per row; when they also tell entities apart
    /// (the node itself, its name), no key is hashed.
    struct KeyNode {
        Slot slot;
        bool identifies = false;
    };
    struct Options {
        /// Below an ExpandWeight: each row stands for row[weight] rows (every call is count(*)).
        std::optional<Slot> weight;
        std::optional<KeyNode> keyNode;
        /// The slots besides keys and results that later operators read, kept from each group's
        /// first row; unset: the whole row.
        std::optional<std::vector<Slot>> kept;
    };
    Aggregation(OpPtr child, std::vector<ProjectItem> keys, std::vector<plan::AggregateCall> calls,
                std::string text, Options options = {});
    ~Aggregation() override;
    void open(ExecContext& cx) override;
    bool next(Row& row) override;
    std::string describe() const override;

private:
    struct Group;
    bool countsPerEntity() const;
    void consume();

    std::vector<ProjectItem> keys_;
    std::vector<plan::AggregateCall> calls_;
    std::string text_;
    Options options_;
    std::vector<Group> groups_;
    std::vector<std::int64_t> countOfNode_; ///< countsPerEntity: per entity id, -1 = no group
    /// Groups in the order their first rows came: an entity id (countsPerEntity) or -1 - the
    /// index into groups_.
    std::vector<std::int64_t> order_;
    std::size_t cursor_ = 0;
    std::size_t rowSize_ = 0;
    bool consumed_ = false;
    MemoryCharge held_;
};

/// Drops rows whose slots repeat an earlier row's.
class Distinct : public Operator {
public:
    Distinct(OpPtr child, std::vector<Slot> slots);
    void open(ExecContext& cx) override;
    bool next(Row& row) override;
    std::string describe() const override;

private:
    struct KeyHash {
        std::size_t operator()(const std::vector<Value>& k) const;
    };
    std::vector<Slot> slots_;
    std::unordered_set<std::vector<Value>, KeyHash> seen_;
    MemoryCharge held_;
};

struct SortKey {
    plan::BoundExpr expr;
    bool descending = false;
};

/// ORDER BY. With a known limit (ORDER BY ... LIMIT n) only the best n rows are kept sorted.
class Sort : public Operator {
public:
    Sort(OpPtr child, std::vector<SortKey> keys, std::optional<std::size_t> limit,
         std::string text);
    void open(ExecContext& cx) override;
    bool next(Row& row) override;
    std::string describe() const override;

private:
    std::vector<SortKey> keys_;
    std::optional<std::size_t> limit_;
    std::string text_;
    std::vector<std::pair<std::vector<Value>, Row>> rows_;
    std::size_t cursor_ = 0;
    bool sorted_ = false;
    MemoryCharge held_;
};

/// SKIP n and LIMIT n.
class Slice : public Operator {
public:
    Slice(OpPtr child, std::size_t skip, std::optional<std::size_t> limit);
    void open(ExecContext& cx) override;
    bool next(Row& row) override;
    std::string describe() const override;

private:
    std::size_t skip_;
    std::optional<std::size_t> limit_;
    std::size_t skipped_ = 0;
    std::size_t returned_ = 0;
};

/// `MATCH ()-[r]->() RETURN type(r), count(*)`: the store keeps a live count per predicate, so
/// the grouping needs no scan at all. Without a `type` slot, `RETURN count(*)`: one row, the
/// store's relation count.
class PredicateCounts : public Operator {
public:
    PredicateCounts(OpPtr child, std::optional<Slot> type, Slot count, std::int64_t multiplier);
    void open(ExecContext& cx) override;
    bool next(Row& row) override;
    std::string describe() const override;

private:
    std::optional<Slot> type_;
    Slot count_;
    std::int64_t multiplier_;
    std::vector<std::pair<graph::Sym, std::size_t>> counts_;
    std::size_t cursor_ = 0;
    bool started_ = false;
};

} // namespace kg::query::exec
