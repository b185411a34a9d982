#pragma once
// Bodies of the functions that take several arguments (query/plan/functions.cpp lists them).
// Strings are cut in characters (code points), as Cypher counts them, never in bytes.
#include "query/plan/functions.h"

namespace kg::query::plan::bodies {

std::optional<Value> substring(std::span<const Value> args, exec::ExecContext& cx);
std::optional<Value> replace(std::span<const Value> args, exec::ExecContext& cx);
std::optional<Value> split(std::span<const Value> args, exec::ExecContext& cx);
std::optional<Value> left(std::span<const Value> args, exec::ExecContext& cx);
std::optional<Value> right(std::span<const Value> args, exec::ExecContext& cx);
/// range(start, end[, step]): the integers from start to end inclusive. The list's size is
/// charged to the memory budget before it is built, so range(1, 1000000000000) stops cleanly.
std::optional<Value> range(std::span<const Value> args, exec::ExecContext& cx);

} // namespace kg::query::plan::bodies
