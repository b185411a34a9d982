#pragma once
// The query language's functions in one table: name, arity, the types each takes, and the
// implementation. The binder (bind_expr.cpp) finds a call's entry by name and checks its
// arity there; the evaluator (exec/evaluate.cpp) calls the entry's implementation. Aggregates
// are listed too; exec/op_aggregate.cpp computes them per group. Adding a function is adding
// an entry and its implementation in functions.cpp.
#include "graph/graph_view.h"
#include "query/exec/operator.h"
#include "query/value.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace kg::query::plan {

enum class Function : std::uint8_t {
    Size,
    Length,
    Labels,
    Type,
    Id,
    Nodes,
    Relationships,
    StartNode,
    EndNode,
    ToLower,
    ToUpper,
    ToString,
    ToInteger,
    ToFloat,
    Coalesce,
    Head,
    Last,
    Abs,
    Trim,
    Keys,
    Round,
    LTrim,
    RTrim,
    Reverse,
    Tail,
    Properties,
    ElementId,
    Substring,
    Replace,
    Split,
    Left,
    Right,
    Range,
    Date,
};

enum class Aggregate : std::uint8_t { Count, Collect, Min, Max, Sum, Avg };

/// A scalar function's body for a non-null first argument: its value, or nullopt when the
/// function cannot take that type (a query error at the call).
using ScalarBody = std::optional<Value> (*)(const Value& argument, graph::GraphView);

/// The body of a function of several arguments, none of them null: its value, or nullopt when
/// it cannot take those types. It may charge the run's memory budget for what it builds.
using ArgumentsBody = std::optional<Value> (*)(std::span<const Value> arguments,
                                               exec::ExecContext& cx);

struct FunctionDef {
    std::string_view name; ///< as users write it (camelCase); calls match it ignoring case
    Function id;
    std::size_t minArgs;
    std::size_t maxArgs;
    std::string_view takes;             ///< the argument types it accepts, for docs
    std::optional<Aggregate> aggregate; ///< set for aggregates, which have no body here
    ScalarBody body; ///< nullptr for aggregates, coalesce and ArgumentsBody functions
    ArgumentsBody withArguments = nullptr; ///< set for functions of several arguments
};

/// A node's, relationship's or map's properties as a map (the function properties()).
std::optional<Value> propertiesOf(const Value& a, graph::GraphView g);

std::span<const FunctionDef> functionTable();
/// The entry named `name` (any case), or nullptr.
const FunctionDef* findFunction(std::string_view name);
/// Names as users write them, for completion and "did you mean".
std::span<const std::string_view> functionDisplayNames();

} // namespace kg::query::plan
