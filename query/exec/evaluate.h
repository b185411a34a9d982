#pragma once
// Evaluation of checked expressions against a row, with Cypher's null semantics: an operator
// whose operand is null yields null, and AND/OR/XOR/NOT use three-valued logic.
#include "query/exec/operator.h"
#include "query/plan/bound_expr.h"

#include <optional>
#include <string>

namespace kg::query::exec {

Value evaluate(const plan::BoundExpr& expr, const Row& row, ExecContext& cx);

/// WHERE semantics: only true passes (false and null do not). Throws EvalError for a
/// non-boolean, non-null value.
bool isTrue(const plan::BoundExpr& expr, const Row& row, ExecContext& cx);

/// A run-time error at `e`'s place in the query.
[[noreturn]] void fail(const plan::BoundExpr& e, std::string message);
/// "Integer", "String"...: a value's kind for error messages.
std::string typeName(const Value& v);

/// A condition's truth: null stays unknown; a value that is no Boolean is an error at `e`.
std::optional<bool> truthOf(const plan::BoundExpr& e, const Value& v);

/// CASE, slices, comprehensions, quantifiers, reduce, map projections and patterns inside
/// expressions (evaluate_compound.cpp).
Value evaluateCompound(const plan::BoundExpr& expr, const Row& row, ExecContext& cx);

/// Cypher `=`: null if either side is null (or a list holds a null that decides it).
std::optional<bool> equals(const Value& a, const Value& b);

/// A property of an entity or relation as a Value.
Value entityProperty(graph::GraphView graph, graph::EntityId id, EntityProperty p);
Value relationProperty(graph::GraphView graph, graph::RelationId id, RelationProperty p);
/// The same, with contested and contested_by read from the context's index of the whole graph
/// (the overload above finds them among the source's edges, one relation at a time).
Value relationProperty(ExecContext& cx, graph::RelationId id, RelationProperty p);

} // namespace kg::query::exec
