#pragma once
// --max-memory, --timeout and --max-hops: the query budgets (docs/limits.md) that `kg query`,
// `kg repl` and `kg export --query` share.
#include "query/limits.h"

#include <CLI/CLI.hpp>
#include <string>

namespace kg::cli {

struct QueryLimitArgs {
    std::string maxMemory = "25%";
    std::string timeout = "none";
    std::uint32_t maxHops = query::kDefaultMaxHops;
};

void addQueryLimitOptions(CLI::App& cmd, QueryLimitArgs& args);

/// The limits the options give; throws CliError (usage) for a value that does not parse.
query::QueryLimits queryLimitsFrom(const QueryLimitArgs& args);

} // namespace kg::cli
