#pragma once
// Internal to the planner: the Planner class whose methods are spread over planner.cpp
// (statement and projections), plan_match.cpp (patterns) and bind_expr.cpp (expressions).
#include "query/exec/operators.h"
#include "query/plan/bound_expr.h"
#include "query/plan/planner.h"

#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace kg::query::plan {

using exec::OpPtr;
using exec::Slot;

enum class VarKind : std::uint8_t { Node, Relationship, RelationshipList, Path, Any };

struct Variable {
    std::string name;
    Slot slot;
    VarKind kind;
};

/// The variables visible at one point of the query.
struct Scope {
    std::vector<Variable> vars;
    const Variable* find(std::string_view name) const {
        for (const Variable& v : vars)
            if (v.name == name)
                return &v;
        return nullptr;
    }
};

/// The items of a RETURN or WITH as bound, before any operator is made for them.
struct ProjectedItem {
    const ast::Expr* expr = nullptr; ///< null for the variables of `*`
    std::string column;
    std::string text;
    BoundExpr bound;
    bool aggregate = false;
    Slot slot = 0;
    VarKind kind = VarKind::Any;
};

struct Projection {
    std::vector<ProjectedItem> items;
    std::vector<AggregateCall> calls;
    std::string columnsText;  ///< "a, count(*)", for EXPLAIN
    bool aggregating = false; ///< set when bound; `calls` moves into the operator
};

class Planner {
public:
    Planner(graph::GraphView graph, const QueryParams& params, std::string_view text,
            std::uint32_t maxHops)
        : graph_(graph), params_(params), text_(text), maxHops_(maxHops) {}

    Plan plan(const ast::Statement& statement);

    // bind_expr.cpp
    /// `aggregates` null: aggregate functions are not allowed here.
    BoundExpr bind(const ast::Expr& expr, const Scope& scope,
                   std::vector<AggregateCall>* aggregates);
    /// A row slot of the caller's own (the write path binds its variables to them), kept
    /// apart from the slots expressions take for their local names.
    Slot reserveSlot() { return newSlot(); }
    std::size_t slotCount() const { return slotCount_; }

private:
    friend class MatchPlanner;

    [[noreturn]] void error(const ast::Span& at, const std::string& message) const;
    /// The longest path a variable-length pattern may follow: its own upper bound, or the hop
    /// limit for `*` and `*n..`. A bound over the limit is an error.
    std::uint32_t hopBound(const ast::RelPattern& rel) const;
    Slot newSlot() { return static_cast<Slot>(slotCount_++); }

    /// One query (the clauses up to RETURN); its columns and result slots go into `result`.
    OpPtr planQuery(const std::vector<ast::Clause>& clauses, Plan* result);
    OpPtr planUnion(OpPtr first, const ast::Statement& statement, Plan* result);
    OpPtr planMatch(OpPtr input, const ast::Clause& clause);
    // planner.cpp: a RETURN or WITH is planned in steps, each appending its operator.
    OpPtr planProjection(OpPtr input, const ast::Clause& clause, Plan* result);
    Projection bindProjection(const ast::Clause& clause);
    OpPtr appendAggregate(OpPtr input, Projection& projection);
    /// What a grouping keeps of each group's first row, and the node its keys read when they
    /// read exactly one and nothing else.
    exec::Aggregation::Options
    aggregationOptions(const std::vector<exec::ProjectItem>& keys,
                       const std::vector<AggregateCall>& calls,
                       const std::vector<exec::ProjectItem>& after) const;
    OpPtr appendProject(OpPtr input, const Projection& projection);
    OpPtr appendDistinct(OpPtr input, const Projection& projection);
    OpPtr appendOrderBy(OpPtr input, const ast::Clause& clause, const Projection& projection,
                        const Scope& projected, std::optional<std::size_t> keep);
    OpPtr appendFilter(OpPtr input, const ast::Expr& where);
    OpPtr planUnwind(OpPtr input, const ast::Clause& clause);
    std::size_t constantCount(const ast::Expr& expr, const char* what);
    BoundExpr bindFunction(const ast::Expr& expr, const Scope& scope,
                           std::vector<AggregateCall>* aggregates);
    BoundExpr bindProperty(const ast::Expr& expr, const Scope& scope,
                           std::vector<AggregateCall>* aggregates);
    // bind_compound.cpp: expressions that bind names of their own or run a pattern.
    BoundExpr bindCompound(const ast::Expr& expr, const Scope& scope,
                           std::vector<AggregateCall>* aggregates);
    BoundExpr bindIteration(const ast::Expr& expr, const Scope& scope,
                            std::vector<AggregateCall>* aggregates);
    BoundExpr bindSubquery(const ast::Expr& expr, const Scope& scope);
    /// `scope` with `name` bound to a new slot (hiding an outer variable of that name).
    Scope withLocal(const Scope& scope, const std::string& name, Slot& slot);

    graph::GraphView graph_;
    const QueryParams& params_;
    std::string_view text_;
    std::uint32_t maxHops_;
    std::size_t slotCount_ = 0;
    Scope scope_;
    /// Set by planMatch when the clause was a bare `()-[r]->()` over the whole graph, so a
    /// following `RETURN type(r), count(*)` can read the store's predicate counts instead.
    struct RelationScan {
        Slot rel;
        ast::Direction direction;
    };
    std::optional<RelationScan> wholeRelationScan_;
};

/// Slots an expression reads.
void collectSlots(const BoundExpr& e, std::set<Slot>& out);

} // namespace kg::query::plan
