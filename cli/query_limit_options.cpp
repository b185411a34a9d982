#include "cli/query_limit_options.h"

#include "cli/command.h"

#include <stdexcept>

namespace kg::cli {

void addQueryLimitOptions(CLI::App& cmd, QueryLimitArgs& args) {
    cmd.add_option("--max-memory", args.maxMemory,
                   "Memory a query may hold for sorting, grouping and collecting: 512M, 2G, "
                   "25% of RAM, or none")
        ->capture_default_str();
    cmd.add_option("--timeout", args.timeout, "Time a query may run: 30s, 500ms, 2m, or none")
        ->capture_default_str();
    cmd.add_option("--max-hops", args.maxHops,
                   "Longest path a variable-length pattern such as -[*]- follows")
        ->capture_default_str()
        ->check(CLI::Range(1u, 1000000u));
}

query::QueryLimits queryLimitsFrom(const QueryLimitArgs& args) {
    query::QueryLimits limits;
    try {
        limits.maxMemoryBytes = query::parseMemorySize(args.maxMemory);
    } catch (const std::invalid_argument& e) {
        throw CliError(std::string("--max-memory: ") + e.what(), kExitUsage);
    }
    try {
        limits.timeout = query::parseDuration(args.timeout);
    } catch (const std::invalid_argument& e) {
        throw CliError(std::string("--timeout: ") + e.what(), kExitUsage);
    }
    limits.maxHops = args.maxHops;
    return limits;
}

} // namespace kg::cli
