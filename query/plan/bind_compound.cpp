// Binding the expressions that choose (CASE), cut (slices), bind a name of their own per list
// item (comprehensions, quantifiers, reduce), project a map, or run a pattern per row (pattern
// predicates, EXISTS { }, COUNT { }, pattern comprehensions). An item's name gets a slot of its
// own in the row; a pattern gets a sub-plan whose leaf is the row it is evaluated on.
#include "query/plan/planner_impl.h"

#include <limits>

namespace kg::query::plan {
namespace {

BoundExpr constantOf(Value v, const ast::Span& span) {
    BoundExpr b;
    b.kind = BoundKind::Constant;
    b.constant = std::move(v);
    b.span = span;
    return b;
}

Quantifier quantifierNamed(const std::string& name) {
    if (name == "any")
        return Quantifier::Any;
    if (name == "none")
        return Quantifier::None;
    if (name == "single")
        return Quantifier::Single;
    return Quantifier::All;
}

} // namespace

Scope Planner::withLocal(const Scope& scope, const std::string& name, Slot& slot) {
    Scope inner;
    for (const Variable& v : scope.vars)
        if (v.name != name)
            inner.vars.push_back(v);
    slot = newSlot();
    inner.vars.push_back({name, slot, VarKind::Any});
    return inner;
}

BoundExpr Planner::bindCompound(const ast::Expr& e, const Scope& scope,
                                std::vector<AggregateCall>* aggregates) {
    BoundExpr b;
    b.span = e.span;
    switch (e.kind) {
    case ast::ExprKind::Case:
        b.kind = BoundKind::Case;
        b.op = e.op;
        for (const auto& c : e.children)
            b.children.push_back(bind(*c, scope, aggregates));
        return b;
    case ast::ExprKind::Slice:
        // An unwritten bound reaches the end of the list; a written null makes the slice null.
        b.kind = BoundKind::Slice;
        b.children.push_back(bind(*e.children[0], scope, aggregates));
        b.children.push_back(e.hasLow ? bind(*e.children[1], scope, aggregates)
                                      : constantOf(Value(std::int64_t{0}), e.span));
        b.children.push_back(
            e.hasHigh ? bind(*e.children[2], scope, aggregates)
                      : constantOf(Value(std::numeric_limits<std::int64_t>::max()), e.span));
        return b;
    case ast::ExprKind::MapProjection:
        b.kind = BoundKind::MapProjection;
        b.star = e.star;
        b.keys = e.keys;
        for (const auto& c : e.children)
            b.children.push_back(bind(*c, scope, aggregates));
        return b;
    case ast::ExprKind::Pattern:
        return bindSubquery(e, scope);
    default:
        return bindIteration(e, scope, aggregates);
    }
}

BoundExpr Planner::bindIteration(const ast::Expr& e, const Scope& scope,
                                 std::vector<AggregateCall>* aggregates) {
    BoundExpr b;
    b.span = e.span;
    if (e.kind == ast::ExprKind::Reduce) {
        // The start and the list are outside the accumulator's and the item's scope.
        b.kind = BoundKind::Reduce;
        b.children.push_back(bind(*e.children[0], scope, aggregates));
        b.children.push_back(bind(*e.children[1], scope, aggregates));
        Scope withAccumulator = withLocal(scope, e.keys.at(0), b.accumulator);
        Scope inner = withLocal(withAccumulator, e.variable, b.slot);
        b.children.push_back(bind(*e.children[2], inner, nullptr));
        return b;
    }
    b.kind =
        e.kind == ast::ExprKind::Quantifier ? BoundKind::Quantifier : BoundKind::ListComprehension;
    b.quantifier = quantifierNamed(e.name);
    b.children.push_back(bind(*e.children[0], scope, aggregates));
    Scope inner = withLocal(scope, e.variable, b.slot);
    for (std::size_t i = 1; i < e.children.size(); ++i)
        b.children.push_back(bind(*e.children[i], inner, nullptr));
    return b;
}

BoundExpr Planner::bindSubquery(const ast::Expr& e, const Scope& scope) {
    // The pattern's new variables live only inside it: plan it in the expression's scope and
    // restore the clause's scope afterwards.
    Scope outer = scope_;
    auto relationScan = wholeRelationScan_;
    scope_ = scope;
    BoundExpr b;
    b.kind = BoundKind::Subquery;
    b.op = e.op;
    b.span = e.span;
    // Whatever the pattern mentions of the row must be bound before it runs: take all of it.
    for (const Variable& v : scope.vars)
        b.reads.push_back(v.slot);
    auto argument = std::make_unique<exec::SingleRow>();
    exec::SingleRow* leaf = argument.get();
    OpPtr root = planMatch(std::move(argument), *e.subquery);
    if (e.op == ast::Op::Collect)
        b.children.push_back(bind(*e.children.at(0), scope_, nullptr));
    b.subquery = std::make_shared<exec::SubqueryPlan>(exec::SubqueryPlan{std::move(root), leaf});
    scope_ = std::move(outer);
    wholeRelationScan_ = relationScan;
    return b;
}

} // namespace kg::query::plan
