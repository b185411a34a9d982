#pragma once
// The planner: checks a parsed statement against the graph's schema (variables bound before
// use, known properties, functions and labels, regexes that compile) and turns it into a tree
// of executor operators, choosing for each pattern the most selective place to start.
#include "graph/graph_view.h"
#include "query/exec/operator.h"
#include "query/query_types.h"

#include <string>
#include <string_view>
#include <vector>

namespace kg::query::plan {

struct Plan {
    exec::OpPtr root;
    std::vector<std::string> columns;
    std::vector<std::uint32_t> outputSlots; ///< the RETURN items, in column order
    std::size_t slotCount = 0;
    bool explain = false;
};

/// Throws QueryError (positions in `text`, the statement's source). `maxHops` bounds
/// variable-length patterns (QueryLimits::maxHops).
Plan planStatement(graph::GraphView graph, const ast::Statement& statement,
                   const QueryParams& params, std::string_view text,
                   std::uint32_t maxHops = kDefaultMaxHops);

} // namespace kg::query::plan
