#pragma once
// Why a query found nothing, when the reason is a name: a string in the query that names no
// entity but is another name (alias) of one. `kg query` and the REPL print these on stderr after
// an empty result, instead of leaving the user with a silent empty table.
#include "graph/graph_view.h"

#include <string>
#include <string_view>
#include <vector>

namespace kg::query {

/// One line per quoted string of `query` that is an alias and not the name of an entity:
/// `no entity named "Rutte"; it is an alias of "Mark Rutte"`. Strings are read with their
/// backslash escapes as written (an escaped name is not looked up).
std::vector<std::string> aliasHints(graph::GraphView graph, std::string_view query);

} // namespace kg::query
