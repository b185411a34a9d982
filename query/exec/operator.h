#pragma once
// The executor: a tree of pull-based operators over one shared row. Each operator asks its
// child for a row, writes the slots it binds into that same row, and hands it up; nothing is
// copied between operators except by those that must hold rows (sort, aggregation, distinct).
// So a pattern match streams: the first row reaches the sink before the second is looked for.
#include "graph/contradictions.h"
#include "graph/graph_view.h"
#include "query/limits.h"
#include "query/query_types.h"
#include "query/regex.h"
#include "query/value.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kg::query::exec {

using Row = std::vector<Value>;

/// A run-time error at a place in the query (type mismatch, bad regex...); the engine adds the
/// source line and turns it into a QueryError.
struct EvalError {
    std::string message;
    ast::Span span;
};

/// What one run of a plan shares: the graph, the cancellation flag and the budgets of
/// query/limits.h. Operators that hold rows charge their bytes through a MemoryCharge.
class ExecContext {
public:
    ExecContext(graph::GraphView graph, const std::atomic<bool>* cancel,
                const QueryLimits& limits = {});
    graph::GraphView graph() const { return graph_; }
    const QueryLimits& limits() const { return limits_; }
    /// Cheap enough for inner loops: looks at the flag and the clock once every 4096 calls.
    void tick() {
        if ((++ticks_ & 4095) == 0)
            checkpoint();
    }
    /// Looks at the flag and the clock now: throws QueryCancelled or QueryLimitExceeded.
    void checkpoint();
    /// Adds to (or, negative, gives back) the bytes held; throws QueryLimitExceeded past the
    /// memory budget.
    void charge(std::int64_t bytes);
    std::uint64_t heldBytes() const { return held_; }

    /// Compiled `=~` patterns that are not constants, compiled once per distinct pattern.
    RegexCache& regexes() { return regexes_; }

    /// The graph's contradicting facts, found on first use (r.contested, r.contested_by).
    const graph::ContradictionIndex& contradictions();

private:
    graph::GraphView graph_;
    const std::atomic<bool>* cancel_;
    QueryLimits limits_;
    std::chrono::steady_clock::time_point deadline_;
    std::uint64_t ticks_ = 0;
    std::uint64_t held_ = 0;
    RegexCache regexes_;
    std::unique_ptr<graph::ContradictionIndex> contradictions_;
};

/// The bytes one operator holds, charged to the context of the run and given back by reset()
/// (when the operator is re-opened, under OPTIONAL MATCH, or drops what it held). The context
/// is passed each time, never kept: the plan outlives the run's context.
class MemoryCharge {
public:
    void add(ExecContext& cx, std::uint64_t bytes) {
        bytes_ += bytes;
        cx.charge(static_cast<std::int64_t>(bytes));
    }
    void reset(ExecContext& cx) {
        cx.charge(-static_cast<std::int64_t>(bytes_));
        bytes_ = 0;
    }

private:
    std::uint64_t bytes_ = 0;
};

/// Heap bytes a row or value takes, roughly (strings, lists, maps and paths counted whole even
/// when shared, so the estimate errs high).
std::uint64_t approxBytes(const Value& value);
std::uint64_t approxBytes(const std::vector<Value>& values);

class Operator;
using OpPtr = std::unique_ptr<Operator>;

class Operator {
public:
    explicit Operator(OpPtr child) : child_(std::move(child)) {}
    virtual ~Operator() = default;
    Operator(const Operator&) = delete;
    Operator& operator=(const Operator&) = delete;

    /// Prepares for a (new) run; must be called before next().
    virtual void open(ExecContext& cx) {
        cx_ = &cx;
        if (child_)
            child_->open(cx);
    }
    /// Produces the next row into `row`; false when exhausted.
    virtual bool next(Row& row) = 0;
    /// One line for EXPLAIN: "Expand (a)-[r:reject]->(b)".
    virtual std::string describe() const = 0;
    /// Operators that run sub-plans (OPTIONAL MATCH, UNION) print them under themselves, each
    /// after a line "| <innerLabel(i)>:".
    virtual std::vector<const Operator*> inners() const { return {}; }
    virtual std::string innerLabel(std::size_t) const { return "for each row"; }

    const Operator* child() const { return child_.get(); }

protected:
    OpPtr child_;
    ExecContext* cx_ = nullptr;
};

/// Base of the operators that produce zero or more rows for each row of their child:
/// begin() starts on a fresh input row, advance() writes the next extension or says none is left.
class Enumerator : public Operator {
public:
    using Operator::Operator;
    void open(ExecContext& cx) override {
        Operator::open(cx);
        active_ = false;
    }
    bool next(Row& row) final {
        for (;;) {
            if (!active_) {
                if (!child_->next(row))
                    return false;
                begin(row);
                active_ = true;
            }
            if (advance(row))
                return true;
            active_ = false;
        }
    }

protected:
    virtual void begin(Row& row) = 0;
    virtual bool advance(Row& row) = 0;

private:
    bool active_ = false;
};

/// Prints the plan tree, root first, two spaces per level.
std::string describePlan(const Operator& root);

} // namespace kg::query::exec
