#pragma once
// The types the façade (query/engine.h) and the engine's own stages (plan/, exec/) share, so
// that the stages need not include the façade. The parsed form and QueryError come from the
// language front end in grammar/.
#include "grammar/ast.h"
#include "grammar/query_error.h"
#include "query/value.h"

#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <variant>

namespace kg::query {

namespace ast = grammar::ast;
using grammar::QueryError;

/// Thrown when the cancellation flag is raised while a query runs.
class QueryCancelled : public std::runtime_error {
public:
    QueryCancelled() : std::runtime_error("query cancelled") {}
};

/// Values bound to `$name` parameters.
struct QueryParams {
    std::map<std::string, Value, std::less<>> values;
    void set(std::string name, Value value) { values[std::move(name)] = std::move(value); }
};

/// The value of a literal as the parser read it.
inline Value literalValue(const ast::Literal& literal) {
    return std::visit(
        [](const auto& v) -> Value {
            if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::monostate>)
                return Value();
            else
                return Value(v);
        },
        literal);
}

} // namespace kg::query
