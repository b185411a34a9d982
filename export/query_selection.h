#pragma once
#include "export/selection.h"
#include "query/limits.h"
#include "query/query_types.h"

#include <string_view>

namespace kg::exporter {

/// The entities, relations and paths a query returns (found anywhere in its rows, inside lists
/// and maps too), with the ends of every relation. Throws ExportError carrying the query
/// error's position and caret display.
Selection selectFromQuery(const graph::KnowledgeGraph& g, std::string_view query,
                          const query::QueryParams& params, const query::QueryLimits& limits);

} // namespace kg::exporter
